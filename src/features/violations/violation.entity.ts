import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date';
import { Fen, MoneyScalar } from '../../graphql/money';

export enum ViolationKind {
  OPERATING_RULE = 'OPERATING_RULE',
  UNAPPROVED_RATE_OR_FREE_SHIPMENT = 'UNAPPROVED_RATE_OR_FREE_SHIPMENT',
  UNAPPROVED_DEDUCTION = 'UNAPPROVED_DEDUCTION',
  UNAPPROVED_MONTHLY_SETTLEMENT = 'UNAPPROVED_MONTHLY_SETTLEMENT',
  TAKING_CUSTOMER_DATA = 'TAKING_CUSTOMER_DATA',
}

/** The fine each kind costs, in fen, by the department's rules: never an input. */
export const VIOLATION_FINES: Readonly<Record<ViolationKind, Fen>> = {
  OPERATING_RULE: 1000,
  UNAPPROVED_RATE_OR_FREE_SHIPMENT: 5000,
  UNAPPROVED_DEDUCTION: 5000,
  UNAPPROVED_MONTHLY_SETTLEMENT: 5000,
  TAKING_CUSTOMER_DATA: 5000,
};

registerEnumType(ViolationKind, {
  name: 'ViolationKind',
  description: "The kinds of violation (违纪) the market department's rules name; each kind fixes its fine.",
  valuesConfig: {
    OPERATING_RULE: {
      description: 'Breaking an operating rule: fine 10.00 per person per time, plus a share of any loss caused.',
    },
    UNAPPROVED_RATE_OR_FREE_SHIPMENT: {
      description:
        'Promising a freight rate reduction or free shipment without approval: fine 50.00; the price difference is borne by the person.',
    },
    UNAPPROVED_DEDUCTION: {
      description: 'Agreeing to a deduction (扣款) without approval: fine 50.00; the loss is borne by the person.',
    },
    UNAPPROVED_MONTHLY_SETTLEMENT: {
      description:
        'Agreeing to monthly settlement without approval: fine 50.00; the person collects those receivables or pays them.',
    },
    TAKING_CUSTOMER_DATA: { description: "Taking another salesperson's customer data: fine 50.00." },
  },
});

/** A violation of the department's rules by one staff member, recorded by a leader. Never edited. */
@ObjectType({
  description:
    'A violation (违纪) recorded by a leader against a staff member: its kind, the fine the kind costs, and any compensation for a loss caused.',
})
@Entity('violation')
@Index('IDX_violation_staff_date', ['staffId', 'occurredOn'])
@Index('IDX_violation_date', ['occurredOn'])
export class Violation {
  @Field(() => ID, { description: 'Unique id of the violation (违纪) record.' })
  @PrimaryGeneratedColumn()
  id: number;

  /** Exposed as `staff`. */
  @Column({ type: 'int' })
  staffId: number;

  @Field(() => ViolationKind, { description: 'Which rule was broken.' })
  @Column({ type: 'varchar', length: 40 })
  kind: ViolationKind;

  @Field(() => MoneyScalar, {
    description:
      'The fine: 10.00 for an operating rule breach, 50.00 for each of the serious kinds (fixed by the kind).',
  })
  @Column(moneyColumn())
  fine: Fen;

  @Field(() => MoneyScalar, {
    description:
      'Compensation owed for the loss caused (price difference, deduction, unpaid receivable); 0.00 when none.',
  })
  @Column(moneyColumn({ default: 0 }))
  compensation: Fen;

  @Field(() => LocalDateScalar, { description: "The day it happened; it counts in that month's payroll summary." })
  @Column({ type: 'date' })
  occurredOn: string;

  @Field({ description: 'What happened.' })
  @Column({ type: 'varchar', length: 1000 })
  description: string;

  /** Exposed as `recordedBy`. */
  @Column({ type: 'int' })
  recordedById: number;

  @Field({ description: 'When it was recorded.' })
  @CreateDateColumn(timestampColumn)
  recordedAt: Date;
}
