/** The expenses feature's one door: what other parts may use of it. */
export { Budget } from './budget.entity';
export { ExpenseClaim } from './expense-claim.entity';
export { ExpenseCategory } from './expense-enums';
export { expenseApprovalHooks } from './expense-policy';
