import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';

export enum ComplaintSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

registerEnumType(ComplaintSeverity, {
  name: 'ComplaintSeverity',
  description: 'How serious a customer complaint (客户投诉) is, as the person who heard it judged.',
  valuesConfig: {
    LOW: { description: 'An inconvenience; no loss to the customer.' },
    MEDIUM: { description: 'A service failure the customer noticed (late pickup, wrong paperwork).' },
    HIGH: { description: 'Goods damaged, lost or badly delayed, or a billing error.' },
    CRITICAL: { description: 'The customer threatens to leave or to claim damages.' },
  },
});

export enum ComplaintStatus {
  OPEN = 'OPEN',
  ASSIGNED = 'ASSIGNED',
  RESOLVED = 'RESOLVED',
}

registerEnumType(ComplaintStatus, {
  name: 'ComplaintStatus',
  description:
    'Where a complaint stands: recorded (OPEN), given to a handler with a due date (ASSIGNED), resolved (RESOLVED, final).',
  valuesConfig: {
    OPEN: { description: 'Recorded; no handler yet.' },
    ASSIGNED: { description: 'A leader gave it to a handler with a due date; the handler has not resolved it yet.' },
    RESOLVED: { description: 'The handler recorded the resolution. Final.' },
  },
});

/**
 * A customer complaint (客户投诉): recorded by whoever heard it, assigned by a leader to a handler
 * with a due date, resolved by the handler. Its description and resolution are the details only
 * the customer's owner, the handler and the leaders see (field rules in complaint.permissions.ts).
 */
@ObjectType({
  description:
    'A customer complaint (客户投诉): who complained, what happened and how serious it is; the handler a leader assigned and the due date; the resolution. ' +
    "Its details (description, resolution, follow-up survey) are seen only by the customer's owner, the handler and the leaders (DIRECTOR, MANAGER); to anyone else they are null with FORBIDDEN.",
})
@Entity('complaint')
@Index('IDX_complaint_customer', ['customerId'])
@Index('IDX_complaint_handler_status', ['handlerId', 'status'])
@Index('IDX_complaint_status_due', ['status', 'dueDate'])
export class Complaint {
  @Field(() => ID, { description: 'Unique id of the complaint.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `customer`. */
  @Column({ type: 'int' })
  customerId: number;

  /** A detail: exposed through a guarded field. */
  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Field(() => ComplaintSeverity, { description: 'How serious it is.' })
  @Column({ type: 'varchar', length: 10 })
  severity: ComplaintSeverity;

  @Field(() => ComplaintStatus, { description: 'OPEN, ASSIGNED or RESOLVED.' })
  @Column({ type: 'varchar', length: 10, default: ComplaintStatus.OPEN })
  status: ComplaintStatus;

  /** Exposed as `recordedBy`. */
  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When the complaint was recorded: the start of its handling time.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;

  /** Exposed as `handler`. */
  @Column({ type: 'int', nullable: true, default: null })
  handlerId: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The company-local day by which the handler must resolve it; null until assigned.',
  })
  @Column({ type: 'date', nullable: true, default: null })
  dueDate: string | null;

  /** Exposed as `assignedBy`. */
  @Column({ type: 'int', nullable: true, default: null })
  assignedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When a leader last assigned it; null while OPEN.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  assignedAt: Date | null;

  /** A detail: exposed through a guarded field. */
  @Column({ type: 'varchar', length: 2000, nullable: true, default: null })
  resolution: string | null;

  @Field(() => Date, { nullable: true, description: 'When the handler recorded the resolution; null until RESOLVED.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  resolvedAt: Date | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The company-local day it was resolved; null until RESOLVED.',
  })
  @Column({ type: 'date', nullable: true, default: null })
  resolvedOn: string | null;

  /** Exposed as `followUpSurvey` (a detail). */
  @Column({ type: 'int', nullable: true, default: null })
  followUpSurveyId: number | null;
}
