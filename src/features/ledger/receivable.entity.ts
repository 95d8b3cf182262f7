import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { moneyColumn, timestampColumn } from '../../db/columns';
import { Fen, MoneyScalar } from '../../graphql/money';
import { LocalDateScalar } from '../../graphql/local-date';

/** A confirmed statement as money owed: its amount and due date are fixed at confirmation. */
@ObjectType({
  description:
    "A receivable (应收款): a confirmed statement's total, due paymentTermDays after confirmation; payments settle the oldest first.",
})
@Entity('receivable')
@Index('IDX_receivable_customer_due', ['customerId', 'dueDate'])
// The aging report as of a day reads the receivables open that day from this index alone (settledOn
// first, then every column it sums by): no row lookups, and a plan that does not turn on sampled
// statistics (a table scan of all history was as cheap by the estimates).
@Index('IDX_receivable_open_aging', ['settledOn', 'confirmedOn', 'customerId', 'dueDate', 'amount'])
export class Receivable {
  @Field(() => ID, { description: 'Unique id of the receivable (应收款).' })
  @PrimaryGeneratedColumn()
  id: number;

  @Index('UQ_receivable_statement', { unique: true })
  @Column({ type: 'int' })
  statementId: number;

  @Column({ type: 'int' })
  customerId: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The confirmed total. A customer's money: null with FORBIDDEN for anyone but its owner, the COLLECTOR and the leaders.",
  })
  @Column(moneyColumn())
  amount: Fen;

  @Field(() => LocalDateScalar, { description: 'The company day the customer confirmed the statement.' })
  @Column({ type: 'date' })
  confirmedOn: string;

  @Field(() => LocalDateScalar, { description: 'The contractual payment date; nothing can move it.' })
  @Column({ type: 'date' })
  dueDate: string;

  /**
   * The day it became fully settled (the latest day among the allocations that paid it), null while
   * anything is open: the aging report as of a day reads only receivables open on that day, not every
   * receivable ever confirmed. Kept by kept-balances.ts.
   */
  @Column({ type: 'date', nullable: true })
  settledOn: string | null;

  @CreateDateColumn(timestampColumn)
  createdAt: Date;
}
