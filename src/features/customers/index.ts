/**
 * The customers feature's one door: what other features may use. Customers owns the customer
 * record, its lookup (one id policy), row locking and the ownership filter and check.
 */
export { Customer } from './customer.entity';
export { CustomerStatus, SettlementMethod } from './customer-enums';
export { IntentReport } from './intent-report.entity';
export { LostCustomerAnalysis } from './lost-customer-analysis.entity';
export { SatisfactionSurvey } from './satisfaction-survey.entity';
export { OwnershipChange } from './ownership-change.entity';
export { activateCustomer } from './customer-lifecycle';
export { assertCanActFor } from './customer-access';
export { loadCustomer } from './customer-ref';
export type { LoadCustomerOptions } from './customer-ref';
export { ownCustomersOnly } from './own-customers';
export {
  canSeeMoneyOf,
  customerMoneyRule,
  canSeeCustomerMoney,
  byCustomerId,
  byStatementId,
  knownCustomer,
} from './money-access';
export type { CustomerIdOf } from './money-access';
export type { CustomerPageColumn } from './customer-page-columns';
