/** The receivables feature's one door: what other features may use of it. */
export { overdueUnpaidSql } from './overdue-sql';
export { markSettled, monthOf, recordMoneyMovement } from './kept-balances';
export { Receivable } from './receivable.entity';
