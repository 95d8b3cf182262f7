import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

export enum StatementStatus {
  ISSUED = 'ISSUED',
  CONFIRMED = 'CONFIRMED',
  VOID = 'VOID',
}

registerEnumType(StatementStatus, {
  name: 'StatementStatus',
  description: 'Where a statement (托运清单列表) stands.',
  valuesConfig: {
    ISSUED: { description: 'Issued and delivered; waiting for the customer to confirm the total. Can be voided.' },
    CONFIRMED: {
      description:
        'The customer confirmed the total: it is a receivable due paymentTermDays later. Never changes again.',
    },
    VOID: {
      description: 'Voided before confirmation; its consignments and deductions are free for another statement.',
    },
  },
});

/** 托运清单列表: a customer's consignments, storage fees and approved deductions for a period. */
@ObjectType({
  description:
    "A statement (consignment list, 托运清单列表) of a customer's fees for a period: consignments, storage fees and approved deductions (negative lines), with the total the customer confirms.",
})
@Entity('statement')
@Index('IDX_statement_customer_status', ['customerId', 'status'])
export class Statement {
  @Field(() => ID, { description: 'Unique id of the statement (托运清单列表/对账单), printed on it.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  customerId: number;

  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  @Column({ type: 'date' })
  periodStart: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period.' })
  @Column({ type: 'date' })
  periodEnd: string;

  @Field(() => StatementStatus, {
    description: "ISSUED (waiting for the customer's confirmation), CONFIRMED (a receivable now) or VOID.",
  })
  @Column({ type: 'varchar', length: 10, default: StatementStatus.ISSUED })
  status: StatementStatus;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "Sum of the lines. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  total: Fen;

  @Column({ type: 'int' })
  issuedById: number;

  @Field({ description: 'When it was issued.' })
  @CreateDateColumn(timestampColumn)
  issuedAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who at the customer confirmed the total; null until confirmed.',
  })
  @Column({ type: 'varchar', length: 100, nullable: true, default: null })
  confirmedBy: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The company day it was confirmed.' })
  @Column({ type: 'date', nullable: true, default: null })
  confirmedOn: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When payment is due: confirmedOn + paymentTermDays. Set once, never moved.',
  })
  @Column({ type: 'date', nullable: true, default: null })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was voided.' })
  @Column({ type: 'varchar', length: 500, nullable: true, default: null })
  voidReason: string | null;
}
