import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';

/**
 * One line of the append-only audit trail: every request, decision, signature, ownership move and
 * money movement writes one in the same transaction as the change. Nothing updates or deletes it.
 */
@ObjectType({
  description: 'An entry of the audit trail, which cannot be edited: who did what to which record, and when.',
})
@Entity('audit_event')
@Index('IDX_audit_entity', ['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID, { description: 'Unique id of the audit entry.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `actor` through the staff loader. */
  @Column({ type: 'int', nullable: true, default: null })
  actorId: number | null;

  @Field({ description: 'What was done, e.g. "staff.created", "approval.approved".' })
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Field({ description: 'The kind of record acted on, e.g. "Staff", "Customer", "ApprovalRequest".' })
  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Field(() => ID, { description: 'The id of the record acted on.' })
  @Column({ type: 'varchar', length: 40 })
  entityId: string;

  @Field({ description: 'A readable summary of the change (never a password or token).' })
  @Column({ type: 'varchar', length: 1000 })
  summary: string;

  @Field({ description: 'When it happened.' })
  @CreateDateColumn(timestampColumn)
  at: Date;
}
