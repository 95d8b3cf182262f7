/**
 * The ledger's one door: the money records (receivables, payments and their allocations, the kept
 * monthly balances) and the transaction-scoped steps that move money. It sits low in the feature
 * order so statements, approvals and pickups can book and read money without importing the
 * receivables and payments features, which sit above them with their resolvers and reports.
 */
export { Receivable } from './receivable.entity';
export { Payment } from './payment.entity';
export { PaymentAllocation } from './payment-allocation.entity';
export { CustomerMonthBalance } from './customer-month-balance.entity';
export { overdueUnpaidSql } from './overdue-sql';
export { markSettled, monthOf, recordMoneyMovement, rebuildKeptBalances } from './kept-balances';
export { allocatePayment, applyCredit } from './allocation';
