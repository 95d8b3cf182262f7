import { DataSource, In } from 'typeorm';
import { Actor, hasRole } from '../../auth/actor';
import { companyToday } from '../../date-window';
import { Fen } from '../../graphql/money';
import { LocalDate } from '../../graphql/local-date';
import { Role } from '../../domain/roles';
import { Staff } from '../staff';
import { Budget, DEPARTMENT } from './budget.entity';
import { budgetPeriod } from './budget-period';
import { BudgetReport, BudgetRow, BudgetTotals, expenseRatio } from './budget-report.types';
import { claimTotals } from './expense-sums';
import { MANAGEMENT } from '../../domain/role-sets';

/**
 * Confirmed sales per owning staff member for [first, last]; the composition root hands in the department reports'
 * figure.
 */
export type ConfirmedSales = (first: LocalDate, last: LocalDate) => Promise<Map<number, Fen>>;

/** The roles that read every row and the department's totals. */
export const BUDGET_READERS_ALL: readonly Role[] = MANAGEMENT;

/**
 * The budget report for a year or a month. Claims count by the day they were spent on (spentOn,
 * a company-calendar day), in the period's budget of their spender; rejected claims count
 * nowhere. Every sum comes from the same claims, so the department's figures are the rows'
 * sums exactly.
 */
export class BudgetReportService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
    private readonly confirmedSales: ConfirmedSales,
  ) {}

  async report(actor: Actor, year: number, month: number | null): Promise<BudgetReport> {
    const period = budgetPeriod(year, month, companyToday(this.timeZone));
    const [budgets, claims, sales] = await Promise.all([
      this.db.getRepository(Budget).find({ where: { year: period.year, month: period.month } }),
      claimTotals(this.db, period.first, period.last),
      this.confirmedSales(period.first, period.last),
    ]);
    const budgetOf = new Map(budgets.filter((b) => b.staffId !== DEPARTMENT).map((b) => [b.staffId, b.amount]));
    let ids = [...new Set([...budgetOf.keys(), ...claims.keys(), ...sales.keys()])];
    // Row filtering: a salesperson's report holds only their own row.
    const seesAll = hasRole(actor, ...BUDGET_READERS_ALL);
    if (!seesAll) ids = ids.includes(actor.id) ? [actor.id] : [];
    const names = new Map(
      (ids.length
        ? await this.db.getRepository(Staff).find({ select: { id: true, name: true }, where: { id: In(ids) } })
        : []
      ).map((s) => [s.id, s.name]),
    );
    const rows: BudgetRow[] = ids
      .map((staffId) => {
        const budget = budgetOf.get(staffId) ?? 0;
        const c = claims.get(staffId) ?? { approved: 0, approvedClaims: 0, pending: 0 };
        const confirmedSales = sales.get(staffId) ?? 0;
        return {
          staffId,
          budget,
          approved: c.approved,
          pending: c.pending,
          remaining: budget - c.approved,
          approvedClaims: c.approvedClaims,
          confirmedSales,
          ratio: expenseRatio(c.approved, confirmedSales),
        };
      })
      .sort((a, b) => (names.get(a.staffId) ?? '').localeCompare(names.get(b.staffId) ?? '') || a.staffId - b.staffId);
    return {
      year: period.year,
      month: month ?? null,
      firstDay: period.first,
      lastDay: period.last,
      rows,
      department: seesAll ? totals(rows, budgets.find((b) => b.staffId === DEPARTMENT)?.amount ?? 0) : emptyTotals(),
    };
  }
}

function totals(rows: BudgetRow[], budget: Fen): BudgetTotals {
  const sum = (k: 'budget' | 'approved' | 'pending' | 'confirmedSales') => rows.reduce((s, r) => s + r[k], 0);
  const approved = sum('approved');
  const confirmedSales = sum('confirmedSales');
  const allocated = sum('budget');
  return {
    budget,
    allocated,
    unallocated: budget - allocated,
    approved,
    pending: sum('pending'),
    remaining: budget - approved,
    confirmedSales,
    ratio: expenseRatio(approved, confirmedSales),
  };
}

/** What a reader without the totals gets behind the shield's FORBIDDEN: nothing of the others' figures. */
function emptyTotals(): BudgetTotals {
  return {
    budget: 0,
    allocated: 0,
    unallocated: 0,
    approved: 0,
    pending: 0,
    remaining: 0,
    confirmedSales: 0,
    ratio: null,
  };
}
