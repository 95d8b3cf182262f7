import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { NotificationKind } from './notification-kind';

/**
 * One notification for one recipient: the row an event writes per person it concerns, in the
 * transaction of the change that caused it. The links (request, visit request, customer,
 * statement, complaint) are plain ids here; their GraphQL fields live in notification-inbox,
 * above the features that own those types.
 */
@ObjectType({
  description:
    'Something that happened which the signed-in staff member has to know or act on: a request to decide, a form to sign, a visit to make, a payment received. Delivered live by the notificationAdded subscription and kept in the inbox (notifications).',
})
@Entity('notification')
@Index('IDX_notification_recipient', ['recipientId', 'id'])
@Index('IDX_notification_unread', ['recipientId', 'readAt'])
export class Notification {
  @Field(() => ID, { description: 'Unique id of the notification; pass it to markNotificationsRead.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** The one staff member who may read it; never exposed (it is always the caller). */
  @Column({ type: 'int' })
  recipientId: number;

  @Field(() => NotificationKind, { description: 'What it is about; decides which link fields apply.' })
  @Column({ type: 'varchar', length: 30 })
  kind: NotificationKind;

  @Field({
    description:
      'A readable sentence for the recipient, e.g. "Zhang San asks to change the freight rate of Jinling Logistics".',
  })
  @Column({ type: 'varchar', length: 500 })
  message: string;

  @Field({ description: 'When the change that caused it was committed.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read; null while unread.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  readAt: Date | null;

  /** Exposed as `approvalRequest` (notification-inbox). */
  @Column({ type: 'int', nullable: true, default: null })
  approvalRequestId: number | null;

  /** Exposed as `visitRequest` (notification-inbox). */
  @Column({ type: 'int', nullable: true, default: null })
  visitRequestId: number | null;

  /** Exposed as `customer` (notification-inbox). */
  @Column({ type: 'int', nullable: true, default: null })
  customerId: number | null;

  /** Exposed as `statement` (notification-inbox). */
  @Column({ type: 'int', nullable: true, default: null })
  statementId: number | null;

  /** The complaint of a COMPLAINT_ASSIGNED; its GraphQL link comes with the complaints feature. */
  @Column({ type: 'int', nullable: true, default: null })
  complaintId: number | null;
}
