import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/** The notification that tells a customer its occupied area; its owner lists these to pass them on. */
@ObjectType({
  description:
    'A storage area notice (仓储面积告知): tells the customer the area it occupies; the owning salesperson lists and delivers them.',
})
@Entity('storage_area_notice')
export class StorageAreaNotice {
  @Field(() => ID, { description: 'Unique id of the storage area notice (仓储面积告知).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_storage_area_notice_customer')
  @Column({ type: 'int' })
  customerId: number;

  @Column({ type: 'int' })
  occupancyId: number;

  @Field({ description: 'The text told to the customer, in Chinese.' })
  @Column({ type: 'varchar', length: 500 })
  message: string;

  @Field({ description: 'When the notice was written.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}
