import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { moneyColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';

export enum StatementLineKind {
  CONSIGNMENT = 'CONSIGNMENT',
  STORAGE = 'STORAGE',
  DEDUCTION = 'DEDUCTION',
}

registerEnumType(StatementLineKind, {
  name: 'StatementLineKind',
  description: 'What a statement line charges (or deducts).',
  valuesConfig: {
    CONSIGNMENT: { description: 'A consignment: freight plus counting, handling and other fees.' },
    STORAGE: { description: 'Storage fees (仓储费) for the days of an occupancy inside the period.' },
    DEDUCTION: { description: 'An approved claim or deduction (理赔/扣款): a negative amount.' },
  },
});

/**
 * One line of a statement. While the statement is live (ISSUED or CONFIRMED), liveConsignmentId /
 * liveDeductionId repeat the consignment / deduction id under a unique index, so neither can be on
 * two live statements; voiding sets them to NULL, which releases them.
 */
@ObjectType({ description: 'A line of a statement.' })
@Entity('statement_line')
export class StatementLine {
  @PrimaryGeneratedColumn()
  id: number;

  @Index('IDX_statement_line_statement')
  @Column({ type: 'int' })
  statementId: number;

  @Field(() => StatementLineKind, {
    description:
      "What the line charges or credits: a consignment's freight, storage fees, or an approved deduction (negative).",
  })
  @Column({ type: 'varchar', length: 12 })
  kind: StatementLineKind;

  @Field({
    nullable: true,
    description:
      "What the line is for, in Chinese as printed (waybill, route, fees; storage area and days; deduction reason). A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The amount; negative only on a deduction line. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  amount: Fen;

  @Column({ type: 'int', nullable: true, default: null })
  consignmentId: number | null;

  @Field({
    description:
      'True on a consignment line for a consignment shipped before this period began (recorded after its own period was billed, or released by a voided statement): billed late here, once. The description says so too (补记).',
  })
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @Column({ type: 'int', nullable: true, default: null })
  deductionRequestId: number | null;

  @Column({ type: 'int', nullable: true, default: null })
  occupancyId: number | null;

  @Index('UQ_statement_line_live_consignment', { unique: true })
  @Column({ type: 'int', nullable: true, default: null })
  liveConsignmentId: number | null;

  @Index('UQ_statement_line_live_deduction', { unique: true })
  @Column({ type: 'int', nullable: true, default: null })
  liveDeductionId: number | null;
}
