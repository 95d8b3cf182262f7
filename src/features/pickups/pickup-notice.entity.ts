import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';
import { NoticeStatus } from '../signoffs';

/** 提货通知单: filled by the handler for a customer meeting the pickup conditions; a DISPATCHER decides it once. */
@ObjectType({
  description:
    'A pickup notice (提货通知单) for goods at our warehouse: filled by the handler, signed or rejected once by a DISPATCHER.',
})
@Entity('pickup_notice')
@Index('IDX_pickup_notice_status', ['status'])
export class PickupNotice {
  @Field(() => ID, { description: 'Unique id of the pickup notice (提货通知单).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @Field(() => LocalDateScalar, { description: 'The day the customer picks up.' })
  @Column({ type: 'date' })
  pickupDate: string;

  @Field({ description: 'What is picked up.' })
  @Column({ type: 'varchar', length: 500 })
  goods: string;

  @Field(() => NoticeStatus, { description: 'PENDING until the dispatcher signs (COMPLETED) or rejects it.' })
  @Column({ type: 'varchar', length: 12, default: NoticeStatus.PENDING })
  status: NoticeStatus;

  @Column({ type: 'int' })
  handlerId: number;

  @Column({ type: 'int', nullable: true, default: null })
  decidedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When the dispatcher decided.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the dispatcher rejected it.' })
  @Column({ type: 'varchar', length: 500, nullable: true, default: null })
  rejectReason: string | null;

  @Field({ description: 'When it was filled.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}
