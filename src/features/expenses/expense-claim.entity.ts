import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { moneyColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';
import { ExpenseCategory } from './expense-enums';

/**
 * The details of an EXPENSE approval request, one row per request (its id is the request's). The
 * request carries the status and the decision; the claim counts against its spender's budget for
 * the month and year of `spentOn` while pending (as pending) and once approved.
 */
@ObjectType({
  description:
    'An expense claim (费用报销): what the spender spent, on what, when and for which customer, with the receipt.',
})
@Entity('expense_claim')
@Index('IDX_expense_claim_spender_day', ['spenderId', 'spentOn'])
export class ExpenseClaim {
  /** The EXPENSE approval request this claim is. */
  @PrimaryColumn({ type: 'int' })
  requestId: number;

  /** Who spent the money and filed the claim; it counts against their budget. */
  @Column({ type: 'int' })
  spenderId: number;

  @Field(() => MoneyScalar, { description: 'The amount spent, in yuan (more than 0, at most 100000.00).' })
  @Column(moneyColumn())
  amount: Fen;

  @Field(() => ExpenseCategory, { description: 'What it was spent on.' })
  @Column({ type: 'varchar', length: 20 })
  category: ExpenseCategory;

  @Field(() => LocalDateScalar, {
    description:
      'The day the money was spent (company time zone); its month and year are the budget periods it counts in.',
  })
  @Column({ type: 'date' })
  spentOn: LocalDate;

  /** The customer the expense was for, if any. */
  @Column({ type: 'int', nullable: true, default: null })
  customerId: number | null;

  @Field({ description: 'The receipt or invoice number (发票号), so finance can match the paper.' })
  @Column({ type: 'varchar', length: 100 })
  receiptRef: string;

  @Field({ description: "What the money was spent on, in the spender's words." })
  @Column({ type: 'varchar', length: 2000 })
  description: string;
}
