import { Column, Entity, PrimaryColumn } from 'typeorm';
import { moneyColumn } from '../../db/columns';
import { Fen } from '../../graphql/money';

/**
 * What one customer's account did in one company month, kept in the same transaction as each money
 * movement (see kept-balances.ts) so the monthly report reads one row per customer instead of the
 * whole ledger. Derived data: `rebuildKeptBalances` recomputes it from the ledger, and a test
 * reconciles the two.
 */
@Entity('customer_month_balance')
export class CustomerMonthBalance {
  @PrimaryColumn({ type: 'int' })
  customerId: number;

  /** Company month, `YYYY-MM` (the month of the receivable's confirmation day or the payment's receipt day). */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  /** Receivables confirmed in the month. */
  @Column(moneyColumn())
  added: Fen;

  /** Payments received in the month. */
  @Column(moneyColumn())
  received: Fen;

  /** What the customer owed at the end of the month: every month's added minus received up to this one. */
  @Column(moneyColumn())
  closing: Fen;
}
