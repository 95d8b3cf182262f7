import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';

/** The warehouse area a customer occupies from a date (to a date, or open); storage fees accrue per day. */
@ObjectType({
  description:
    "A warehouse customer's storage occupancy (仓储占用): area from a date, to a date or open; storage fees accrue per m² per day.",
})
@Entity('storage_occupancy')
export class StorageOccupancy {
  @Field(() => ID, { description: 'Unique id of the storage occupancy record (仓储占用).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_storage_occupancy_customer')
  @Column({ type: 'int' })
  customerId: number;

  /** Area in hundredths of a square metre (exact). */
  @Column({ type: 'int' })
  areaCentiSquareMeters: number;

  @Field(() => LocalDateScalar, { description: 'First day occupied.' })
  @Column({ type: 'date' })
  fromDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day occupied; null while still occupied.' })
  @Column({ type: 'date', nullable: true, default: null })
  toDate: string | null;

  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
