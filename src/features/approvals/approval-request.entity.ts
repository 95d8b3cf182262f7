import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';
import { SettlementMethod } from '../customers';
import { ApprovalKind, ApprovalStatus } from './approval-enums';

/**
 * A request beyond the filer's authority and its single decision. The typed details are nullable
 * columns, each used by its kinds only. Decided by a conditional update on `status = PENDING`.
 */
@ObjectType({
  description:
    "A request for a leader's approval (rate change, free shipment, settlement change, arrears, deduction, liaison form, terms change, expense claim) and its decision.",
})
@Entity('approval_request')
@Index('IDX_approval_request_status', ['status', 'kind'])
export class ApprovalRequest {
  @Field(() => ID, { description: 'Unique id of the request.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ApprovalKind, {
    description:
      'What is asked for (rate change, free shipment, settlement change, arrears, deduction, a liaison form 部门信息联络处理单, a terms change, or an expense claim).',
  })
  @Column({ type: 'varchar', length: 20 })
  kind: ApprovalKind;

  @Field(() => ApprovalStatus, {
    description: 'PENDING until a leader decides; then APPROVED (its effect applied) or REJECTED.',
  })
  @Column({ type: 'varchar', length: 10, default: ApprovalStatus.PENDING })
  status: ApprovalStatus;

  /** The customer the request is about; null only for an EXPENSE claim that names no customer. */
  @Index('IDX_approval_request_customer')
  @Column({ type: 'int', nullable: true, default: null })
  customerId: number | null;

  @Index('IDX_approval_request_requester')
  @Column({ type: 'int' })
  requesterId: number;

  @Field({ description: 'Why the filer asks for it.' })
  @Column({ type: 'varchar', length: 2000 })
  reason: string;

  @Column({ type: 'int', nullable: true, default: null })
  decidedById: number | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided; null while pending.' })
  @Column({ ...timestampColumn, nullable: true, default: null })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The deciding leader's note (required when rejecting)." })
  @Column({ type: 'varchar', length: 2000, nullable: true, default: null })
  note: string | null;

  @Field({ description: 'When it was filed.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;

  @Field(() => MoneyScalar, { nullable: true, description: 'RATE_CHANGE: the requested freight rate, yuan per tonne.' })
  @Column(moneyColumn({ nullable: true }))
  newRate: Fen | null;

  /**
   * RATE_CHANGE: the rate in force when filed, for the reader; the policy measures a cut against the rate in force when
   * decided.
   */
  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "RATE_CHANGE: the customer's rate when the request was filed. A leader's limit on a cut is measured against the rate in force when the decision is made, not this one.",
  })
  @Column(moneyColumn({ nullable: true }))
  oldRate: Fen | null;

  @Column({ type: 'int', nullable: true, default: null })
  consignmentId: number | null;

  @Field(() => SettlementMethod, { nullable: true, description: 'SETTLEMENT_CHANGE: the requested settlement method.' })
  @Column({ type: 'varchar', length: 10, nullable: true, default: null })
  method: SettlementMethod | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'ARREARS / DEDUCTION: the amount.' })
  @Column(moneyColumn({ nullable: true }))
  amount: Fen | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'ARREARS: the date the customer promises to pay by.' })
  @Column({ type: 'date', nullable: true, default: null })
  promisedDate: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'TERMS_CHANGE: the requested payment terms, in days after statement confirmation (null: unchanged).',
  })
  @Column({ type: 'int', nullable: true, default: null })
  paymentTermDays: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'TERMS_CHANGE: the requested storage rate, yuan per square metre per day (null: unchanged).',
  })
  @Column(moneyColumn({ nullable: true }))
  storageRate: Fen | null;

  @Field(() => String, {
    nullable: true,
    description: 'SPECIAL_OPERATION: what the liaison form asks the departments to do.',
  })
  @Column({ type: 'varchar', length: 2000, nullable: true, default: null })
  details: string | null;

  /** ARREARS / SPECIAL_OPERATION: the departments that must sign, comma-separated. */
  @Column({ type: 'varchar', length: 100, nullable: true, default: null })
  departmentList: string | null;

  /** SPECIAL_OPERATION: the liaison form's sign-off form, created on approval. */
  @Column({ type: 'int', nullable: true, default: null })
  formId: number | null;

  /** SETTLEMENT_CHANGE: when the change was applied (approval and completed notice both present). */
  @Field(() => Date, {
    nullable: true,
    description:
      'SETTLEMENT_CHANGE: when the new method took effect (null until the approval and a completed operation notice are both there).',
  })
  @Column({ ...timestampColumn, nullable: true, default: null })
  appliedAt: Date | null;
}
