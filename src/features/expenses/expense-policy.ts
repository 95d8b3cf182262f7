import { EntityManager } from 'typeorm';
import { forUpdate } from '../../db/locking';
import { Fen, formatMoney } from '../../graphql/money';
import { ApprovalHooks, ApprovalRequest } from '../approvals';
import { Staff } from '../staff';
import { describePeriod, periodsOf } from './budget-period';
import { ExpenseClaim } from './expense-claim.entity';
import { budgetAmount, claimTotals } from './expense-sums';

/**
 * Why only a DIRECTOR may approve `claim`, or null when a MANAGER may: above the per-claim limit,
 * or beyond the spender's remaining budget for the claim's month or its year (the budget less
 * the claims approved so far in that period; a budget not set is zero). Judged on the state when
 * the decision is made, so two claims that each fit but not together leave the second to the
 * DIRECTOR, in whichever order they are decided.
 */
export async function expenseDirectorOnlyReason(
  m: EntityManager,
  claim: ExpenseClaim,
  perClaimLimit: Fen,
): Promise<string | null> {
  if (claim.amount > perClaimLimit) return `An expense claim above ${formatMoney(perClaimLimit)} needs a DIRECTOR.`;
  const periods = periodsOf(claim.spentOn);
  for (const period of [periods.month, periods.year]) {
    const budget = await budgetAmount(m, claim.spenderId, period.year, period.month);
    const approved =
      (await claimTotals(m, period.first, period.last, claim.spenderId)).get(claim.spenderId)?.approved ?? 0;
    if (approved + claim.amount > budget) {
      return `This claim of ${formatMoney(claim.amount)} goes beyond the spender's remaining budget for ${describePeriod(period)} (budget ${formatMoney(budget)}, approved ${formatMoney(approved)}, remaining ${formatMoney(budget - approved)}) and needs a DIRECTOR.`;
    }
  }
  return null;
}

/**
 * The approvals feature's hook for expense claims. Every approval of a claim (a DIRECTOR's too)
 * first locks the spender's staff row, so the decisions that move one budget take turns; the
 * lock is the first read after the request's own, so on MySQL the sums read after it see every
 * decision committed before.
 */
export function expenseApprovalHooks(perClaimLimit: Fen): Pick<ApprovalHooks, 'expenseDirectorOnlyReason'> {
  return {
    async expenseDirectorOnlyReason(m: EntityManager, request: ApprovalRequest) {
      await forUpdate(
        m,
        m
          .getRepository(Staff)
          .createQueryBuilder('s')
          .select(['s.id'])
          .where('s.id = :id', { id: request.requesterId }),
      ).getOne();
      const claim = await m.findOneByOrFail(ExpenseClaim, { requestId: request.id });
      return expenseDirectorOnlyReason(m, claim, perClaimLimit);
    },
  };
}
