import { rule } from 'graphql-shield';
import { hasRole as actorHasRole } from '../../auth/actor';
import { hasRole } from '../../auth/rules';
import type { Context } from '../../context';
import { ForbiddenError, UnauthenticatedError } from '../../errors';
import { Role } from '../../domain/roles';
import { ApprovalKind } from '../approvals';
import { BUDGET_READERS_ALL } from './budget-report.service';
import { LEADERS, MANAGEMENT } from '../../domain/role-sets';

/** Whoever spends files claims: salespeople and the department's other staff and leaders. */
export const EXPENSE_FILERS = [Role.SALESPERSON, Role.COLLECTOR, Role.ORDER_CLERK, ...MANAGEMENT];

/**
 * One person's expense figures (a claim, a budget row) are seen by that person and the leaders
 * and assistant manager, by every path; anyone else gets null with FORBIDDEN. `personOf` gives
 * null where there is nothing of anyone's to hide (a request of another kind has no expense).
 */
function ownExpenseRule<T>(typeName: string, personOf: (parent: T) => number | null) {
  return rule(`ownExpensesOrLeader(${typeName})`, { cache: 'no_cache' })((parent: T, _args, ctx: Context) => {
    if (!ctx.actor) return new UnauthenticatedError();
    const person = personOf(parent);
    if (person === null || actorHasRole(ctx.actor, ...BUDGET_READERS_ALL) || person === ctx.actor.id) return true;
    return new ForbiddenError("A person's expenses are visible only to them and the leaders.");
  });
}

const requestExpense = ownExpenseRule<{ kind: string; requesterId: number }>('ApprovalRequest', (r) =>
  r.kind === ApprovalKind.EXPENSE ? r.requesterId : null,
);
const rowFigures = ownExpenseRule<{ staffId: number }>('BudgetRow', (r) => r.staffId);
const claimAmount = ownExpenseRule<{ spenderId: number }>('ExpenseClaim', (c) => c.spenderId);
// The department's budget (staffId 0) is nobody's own: leaders and the assistant only.
const budgetAmount = ownExpenseRule<{ staffId: number }>('Budget', (b) => b.staffId);
const leadersAndAssistant = hasRole(...BUDGET_READERS_ALL);

export const expensePermissions = {
  Query: {
    budgetReport: hasRole(...EXPENSE_FILERS),
  },
  Mutation: {
    setBudget: hasRole(...LEADERS), // which budgets a MANAGER may set: checked by the budget service
    fileExpenseClaim: hasRole(...EXPENSE_FILERS),
  },
  ApprovalRequest: {
    expense: requestExpense,
  },
  ExpenseClaim: {
    amount: claimAmount,
  },
  Budget: {
    amount: budgetAmount,
  },
  BudgetReport: {
    department: leadersAndAssistant,
  },
  BudgetRow: {
    budget: rowFigures,
    approved: rowFigures,
    pending: rowFigures,
    remaining: rowFigures,
    confirmedSales: rowFigures,
    ratio: rowFigures,
  },
};
