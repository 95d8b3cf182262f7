import { EntityManager, DataSource } from 'typeorm';
import { Fen, sumToFen } from '../../graphql/money';
import { LocalDate } from '../../graphql/local-date';
import { ApprovalStatus } from '../approvals';
import { Budget, DEPARTMENT } from './budget.entity';

/** Approved and pending claim totals of one spender. */
export interface ClaimTotals {
  approved: Fen;
  approvedClaims: number;
  pending: Fen;
}

/**
 * Each spender's approved and pending claims with `spentOn` in [first, last], summed in the
 * database. Rejected claims count nowhere. `spenderId` narrows it to one spender.
 */
export async function claimTotals(
  db: DataSource | EntityManager,
  first: LocalDate,
  last: LocalDate,
  spenderId?: number,
): Promise<Map<number, ClaimTotals>> {
  const params: unknown[] = [first, last, ApprovalStatus.APPROVED, ApprovalStatus.PENDING];
  if (spenderId !== undefined) params.push(spenderId);
  const rows: Array<{ spenderId: number | string; status: string; n: number | string; s: number | string | null }> =
    await db.query(
      `SELECT e.spenderId AS spenderId, r.status AS status, COUNT(*) AS n, SUM(e.amount) AS s
       FROM expense_claim e INNER JOIN approval_request r ON r.id = e.requestId
      WHERE e.spentOn >= ? AND e.spentOn <= ? AND r.status IN (?, ?)${spenderId !== undefined ? ' AND e.spenderId = ?' : ''}
      GROUP BY e.spenderId, r.status`,
      params,
    );
  const totals = new Map<number, ClaimTotals>();
  for (const row of rows) {
    const id = Number(row.spenderId);
    const t = totals.get(id) ?? { approved: 0, approvedClaims: 0, pending: 0 };
    if (row.status === ApprovalStatus.APPROVED) {
      t.approved += sumToFen(row.s);
      t.approvedClaims += Number(row.n);
    } else t.pending += sumToFen(row.s);
    totals.set(id, t);
  }
  return totals;
}

/** The amount of one holder's budget for a period (0 when none is set: no budget is no money). */
export async function budgetAmount(
  db: DataSource | EntityManager,
  staffId: number | typeof DEPARTMENT,
  year: number,
  month: number,
): Promise<Fen> {
  const row = await db.getRepository(Budget).findOne({ where: { staffId, year, month } });
  return row?.amount ?? 0;
}
