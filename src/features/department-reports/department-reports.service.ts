import { DataSource, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { must } from '../../errors';
import { Fen, sumToFen } from '../../graphql/money';
import { addDays, monthRange, startOfLocalDay } from '../../time';
import { Staff } from '../staff';
import { reportStaff } from '../attendance';
import { Visit, VisitStatus } from '../visits';
import { OwnershipChange, IntentReport, Customer } from '../customers';
import { ApprovalRequest } from '../approvals';
import { Statement, StatementStatus } from '../statements';
import { Payment } from '../ledger';

export interface WorkloadRowData {
  staff: Staff;
  month: string;
  visitsCompleted: number;
  customersRegistered: number;
  intentReports: number;
  requestsFiled: number;
  statementsIssued: number;
  amountCollected: Fen;
}

export interface RevenueByCustomerData {
  customerId: number;
  statements: number;
  total: Fen;
}

export interface RevenueBySalespersonData {
  salespersonId: number;
  customers: number;
  statements: number;
  total: Fen;
}

export interface MonthlyRevenueReportData {
  month: string;
  statements: number;
  total: Fen;
  byCustomer: RevenueByCustomerData[];
  bySalesperson: RevenueBySalespersonData[];
}

/** A SUM or COUNT from either driver (mysql2 gives strings for DECIMAL/BIGINT sums) as an exact integer. */
/** The instants a company-local month starts and ends ([start, end)). */
export function monthInstants(
  timeZone: string,
  month: string,
): { first: string; last: string; start: Date; end: Date } {
  const { first, last } = monthRange(month);
  return { first, last, start: startOfLocalDay(timeZone, first), end: startOfLocalDay(timeZone, addDays(last, 1)) };
}

/** Runs one grouped COUNT (and optional SUM) and returns them by staff id. */
async function countByStaff<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  staffColumn: string,
  sumColumn?: string,
): Promise<Map<number, { count: number; sum: number }>> {
  qb.select(staffColumn, 'staffId').addSelect('COUNT(*)', 'n').groupBy(staffColumn);
  if (sumColumn) qb.addSelect(`SUM(${sumColumn})`, 'total');
  const rows: Array<{ staffId: number | string; n: number | string; total?: number | string | null }> =
    await qb.getRawMany();
  return new Map(rows.map((r) => [Number(r.staffId), { count: sumToFen(r.n), sum: sumToFen(r.total) }]));
}

/**
 * The department's monthly reports kept by the assistant manager: workload statistics per staff
 * member (工作量统计) and the monthly revenue report (月度营收报表). Each figure is counted in the
 * database from exactly the records of the month, in the company's time zone.
 */
export class DepartmentReportService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  /** Per staff member, what they did in the month: one grouped query per kind of record. */
  async workload(month: string): Promise<WorkloadRowData[]> {
    const { first, last, start, end } = monthInstants(this.timeZone, month);
    const within = (column: string) => `${column} >= :start AND ${column} < :end`;
    const params = { start, end };
    const [visits, registered, intents, requests, statements, payments] = await Promise.all([
      countByStaff(
        this.db.createQueryBuilder(Visit, 'v').where(`v.status = :completed AND ${within('v.completedAt')}`, {
          ...params,
          completed: VisitStatus.COMPLETED,
        }),
        'v.salespersonId',
      ),
      countByStaff(
        this.db
          .createQueryBuilder(OwnershipChange, 'o')
          .where(`o.fromOwnerId IS NULL AND ${within('o.changedAt')}`, params),
        'o.toOwnerId',
      ),
      countByStaff(
        this.db.createQueryBuilder(IntentReport, 'i').where(within('i.reportedAt'), params),
        'i.reportedById',
      ),
      countByStaff(
        this.db.createQueryBuilder(ApprovalRequest, 'r').where(within('r.createdAt'), params),
        'r.requesterId',
      ),
      countByStaff(this.db.createQueryBuilder(Statement, 's').where(within('s.issuedAt'), params), 's.issuedById'),
      countByStaff(
        this.db
          .createQueryBuilder(Payment, 'p')
          .where('p.receivedOn >= :first AND p.receivedOn <= :last', { first, last }),
        'p.recordedById',
        'p.amount',
      ),
    ]);
    const sources = [visits, registered, intents, requests, statements, payments];
    const staff = await reportStaff(
      this.db,
      sources.flatMap((m) => [...m.keys()]),
    );
    const count = (m: Map<number, { count: number }>, id: number) => m.get(id)?.count ?? 0;
    return staff.map((s) => ({
      staff: s,
      month,
      visitsCompleted: count(visits, s.id),
      customersRegistered: count(registered, s.id),
      intentReports: count(intents, s.id),
      requestsFiled: count(requests, s.id),
      statementsIssued: count(statements, s.id),
      amountCollected: payments.get(s.id)?.sum ?? 0,
    }));
  }

  /**
   * The statements confirmed in the month (by their confirmedOn day), per customer and per owning
   * salesperson. A statement counts for the customer's owner at the end of the day it was
   * confirmed, from the ownership history (statements record the day of confirmation, not the
   * instant); a customer without history counts for its current owner.
   */
  async monthlyRevenue(month: string): Promise<MonthlyRevenueReportData> {
    const { first, last } = monthRange(month);
    return { month, ...(await this.revenueBetween(first, last)) };
  }

  /**
   * Confirmed sales per owning staff member for the days [first, last], counted as in the monthly
   * revenue report (the budget report's input-output ratio uses it).
   */
  async confirmedSalesByOwner(first: string, last: string): Promise<Map<number, Fen>> {
    const { bySalesperson } = await this.revenueBetween(first, last);
    return new Map(bySalesperson.map((s) => [s.salespersonId, s.total]));
  }

  private async revenueBetween(first: string, last: string): Promise<Omit<MonthlyRevenueReportData, 'month'>> {
    const grouped: Array<{
      customerId: number | string;
      confirmedOn: string;
      n: number | string;
      total: number | string;
    }> = await this.db
      .createQueryBuilder(Statement, 's')
      .select('s.customerId', 'customerId')
      .addSelect('s.confirmedOn', 'confirmedOn')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(s.total)', 'total')
      .where('s.status = :confirmed AND s.confirmedOn >= :first AND s.confirmedOn <= :last', {
        confirmed: StatementStatus.CONFIRMED,
        first,
        last,
      })
      .groupBy('s.customerId')
      .addGroupBy('s.confirmedOn')
      .getRawMany();
    const customerIds = [...new Set(grouped.map((g) => Number(g.customerId)))];
    const [history, customers] = customerIds.length
      ? await Promise.all([
          this.db
            .getRepository(OwnershipChange)
            .find({ where: { customerId: In(customerIds) }, order: { changedAt: 'ASC', id: 'ASC' } }),
          this.db.getRepository(Customer).find({ select: { id: true, ownerId: true }, where: { id: In(customerIds) } }),
        ])
      : [[], []];
    const currentOwner = new Map(customers.map((c) => [c.id, c.ownerId]));
    const historyOf = new Map<number, OwnershipChange[]>();
    for (const h of history) historyOf.set(h.customerId, [...(historyOf.get(h.customerId) ?? []), h]);
    const ownerAtEndOf = (customerId: number, day: string): number => {
      const dayEnd = startOfLocalDay(this.timeZone, addDays(day, 1)).getTime();
      let owner: number | undefined;
      for (const h of historyOf.get(customerId) ?? []) if (h.changedAt.getTime() < dayEnd) owner = h.toOwnerId;
      return owner ?? must(currentOwner.get(customerId), `customer ${customerId}`);
    };

    const byCustomer = new Map<number, RevenueByCustomerData>();
    const bySalesperson = new Map<number, RevenueBySalespersonData & { customerSet: Set<number> }>();
    let statements = 0;
    let total = 0;
    for (const g of grouped) {
      const customerId = Number(g.customerId);
      const n = sumToFen(g.n);
      const sum = sumToFen(g.total);
      statements += n;
      total += sum;
      const c = byCustomer.get(customerId) ?? { customerId, statements: 0, total: 0 };
      c.statements += n;
      c.total += sum;
      byCustomer.set(customerId, c);
      const ownerId = ownerAtEndOf(customerId, String(g.confirmedOn).slice(0, 10));
      const s = bySalesperson.get(ownerId) ?? {
        salespersonId: ownerId,
        customers: 0,
        statements: 0,
        total: 0,
        customerSet: new Set<number>(),
      };
      s.statements += n;
      s.total += sum;
      s.customerSet.add(customerId);
      s.customers = s.customerSet.size;
      bySalesperson.set(ownerId, s);
    }
    if (!Number.isSafeInteger(total)) throw new Error('Revenue exceeds the safe integer range');
    const byTotal = <T extends { total: Fen }>(a: T, b: T, ka: number, kb: number) => b.total - a.total || ka - kb;
    return {
      statements,
      total,
      byCustomer: [...byCustomer.values()].sort((a, b) => byTotal(a, b, a.customerId, b.customerId)),
      bySalesperson: [...bySalesperson.values()]
        .map(({ customerSet: _unused, ...row }) => row)
        .sort((a, b) => byTotal(a, b, a.salespersonId, b.salespersonId)),
    };
  }
}
