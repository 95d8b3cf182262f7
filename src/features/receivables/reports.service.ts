import { DataSource } from 'typeorm';
import { checkOptionalDate, windows } from '../../date-window';
import { Config } from '../../config';
import { addDays, localDateIn, monthRange } from '../../time';
import {
  AgingFigures,
  AgingReport,
  AgingRow,
  MonthlyReceivablesOwnerRow,
  MonthlyReceivablesReport,
  MonthlyReceivablesRow,
  ReceivablesFigures,
} from './reports.types';

/** One collator for the whole sort: the same order as localeCompare, without building one per comparison. */
const byName = new Intl.Collator();

const zeroFigures = (): ReceivablesFigures => ({ opening: 0, added: 0, received: 0, closing: 0 });

/**
 * Opening, added and received per customer for a month, from the kept monthly balances
 * (kept-balances.ts): each customer's latest month up to this one, one row per customer however long
 * its history. Added and received are that row's when it is this month's; otherwise nothing moved and
 * the opening is that month's closing.
 */
const perCustomerFigures = `
  SELECT b.customerId AS customerId,
         b.closing - CASE WHEN b.month = ? THEN b.added - b.received ELSE 0 END AS opening,
         CASE WHEN b.month = ? THEN b.added ELSE 0 END AS added,
         CASE WHEN b.month = ? THEN b.received ELSE 0 END AS received
    FROM customer_month_balance b
    JOIN (SELECT customerId, MAX(month) AS month FROM customer_month_balance WHERE month <= ? GROUP BY customerId) l
      ON l.customerId = b.customerId AND l.month = b.month`;
const perCustomerParams = (r: MonthlyReceivablesReport) => [r.month, r.month, r.month, r.month];
/**
 * A customer is on the report when it owed anything at the start or moved in the month (closing follows from these
 * three).
 */
const movedOrOwing = 't.opening <> 0 OR t.added <> 0 OR t.received <> 0';

type FigureRow = {
  ownerId: number | string;
  opening: number | string | null;
  added: number | string | null;
  received: number | string | null;
};
/** SQL sums arrive as strings (MySQL DECIMAL) or numbers (SQLite): integer fen either way. */
function figures(r: FigureRow) {
  const opening = Number(r.opening ?? 0);
  const added = Number(r.added ?? 0);
  const received = Number(r.received ?? 0);
  return { ownerId: Number(r.ownerId), opening, added, received, closing: opening + added - received };
}

function addFigures(into: ReceivablesFigures, row: ReceivablesFigures) {
  into.opening += row.opening;
  into.added += row.added;
  into.received += row.received;
  into.closing += row.closing;
}

/**
 * Outstanding per receivable on the day (amount minus what was allocated to it by then), over the
 * receivables not yet fully settled that day (`settledOn`, kept-balances.ts), summed
 * into buckets by due date against fixed days (asOf, asOf-30, -60, -90): plain SQL on both dialects.
 * The allocations are joined and summed per receivable (one pass), not a subquery per receivable.
 * Both tables are read from covering indexes (IDX_receivable_open_aging, IDX_payment_allocation_receivable_day).
 */
const agingSql = (groupColumn: string) => `
  SELECT ${groupColumn}
         SUM(CASE WHEN t.dueDate >= ? THEN t.open ELSE 0 END) AS notDue,
         SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d1to30,
         SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d31to60,
         SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d61to90,
         SUM(CASE WHEN t.dueDate < ? THEN t.open ELSE 0 END) AS over90,
         SUM(t.open) AS total
    FROM (SELECT r.customerId AS customerId, r.dueDate AS dueDate, r.amount - COALESCE(SUM(a.amount), 0) AS open
            FROM receivable r LEFT JOIN payment_allocation a ON a.receivableId = r.id AND a.allocatedOn <= ?
           WHERE r.confirmedOn <= ? AND (r.settledOn IS NULL OR r.settledOn > ?)
           GROUP BY r.id, r.customerId, r.dueDate, r.amount) t
   WHERE t.open > 0`;
function agingParams(asOf: string) {
  const [d0, d30, d60, d90] = [0, 30, 60, 90].map((n) => addDays(asOf, -n));
  return [d0, d0, d30, d30, d60, d60, d90, d90, asOf, asOf, asOf];
}
type AgingRaw = Partial<Record<keyof AgingFigures | 'customerId', string | number | null>>;
const agingFigures = (r: AgingRaw): AgingFigures => ({
  notDue: Number(r.notDue ?? 0),
  d1to30: Number(r.d1to30 ?? 0),
  d31to60: Number(r.d31to60 ?? 0),
  d61to90: Number(r.d61to90 ?? 0),
  over90: Number(r.over90 ?? 0),
  total: Number(r.total ?? 0),
});

/**
 * MariaDB may run the "latest kept month per customer" GROUP BY once per customer (a LATERAL DERIVED
 * table, its split materialization) instead of once for all. Which of the two it picks turns on the
 * sampled index statistics, so it changes after any ANALYZE or statistics refresh: it picked the
 * per-customer plan on 3 of 4 freshly generated benchmark data sets, at 60 ms of database time
 * against 20 ms for the one-pass plan (5,000 customers). The monthly statements ask for the one-pass
 * plan. MySQL has no such optimization, and SQLite plans it once.
 */
const ONE_PASS_ON_MARIADB = "SET STATEMENT optimizer_switch='split_materialized=off' FOR ";

/** The collector's monthly report and the aging report, computed in SQL sums of integer fen. */
export class ReportService {
  private readonly monthlyPrefix: string;

  constructor(
    private readonly db: DataSource,
    private readonly config: Config,
  ) {
    this.monthlyPrefix = db.options.type === 'mariadb' ? ONE_PASS_ON_MARIADB : '';
  }

  /** The report's frame; its rows, subtotals and totals are computed only when asked for (see the report resolver). */
  monthly(month: string): MonthlyReceivablesReport {
    const { first, last } = monthRange(month);
    return Object.assign(new MonthlyReceivablesReport(), { month, firstDay: first, lastDay: last });
  }

  /** One row per customer with a balance or movement, by owner then customer name. */
  async monthlyRows(report: MonthlyReceivablesReport): Promise<MonthlyReceivablesRow[]> {
    const raw: Array<FigureRow & { customerId: number | string; name: string }> = await this.db.query(
      `${this.monthlyPrefix}SELECT t.customerId AS customerId, c.ownerId AS ownerId, c.name AS name, t.opening AS opening, t.added AS added, t.received AS received
         FROM (${perCustomerFigures}) t JOIN customer c ON c.id = t.customerId
        WHERE ${movedOrOwing}`,
      perCustomerParams(report),
    );
    const rows = raw.map((r) => ({
      name: r.name,
      row: Object.assign(new MonthlyReceivablesRow(), { customerId: Number(r.customerId), ...figures(r) }),
    }));
    // Sorted here, not in SQL: names order the same way on both dialects (and as clients' localeCompare).
    return rows
      .sort(
        (a, b) =>
          a.row.ownerId - b.row.ownerId || byName.compare(a.name, b.name) || a.row.customerId - b.row.customerId,
      )
      .map(({ row }) => row);
  }

  /** Subtotals per owning salesperson, summed in SQL over the same customer rows. */
  async monthlyByOwner(report: MonthlyReceivablesReport): Promise<MonthlyReceivablesOwnerRow[]> {
    const raw: FigureRow[] = await this.db.query(
      `${this.monthlyPrefix}SELECT c.ownerId AS ownerId, SUM(t.opening) AS opening, SUM(t.added) AS added, SUM(t.received) AS received
         FROM (${perCustomerFigures}) t JOIN customer c ON c.id = t.customerId
        WHERE ${movedOrOwing}
        GROUP BY c.ownerId ORDER BY c.ownerId`,
      perCustomerParams(report),
    );
    return raw.map((r) => Object.assign(new MonthlyReceivablesOwnerRow(), figures(r)));
  }

  /** Totals of the report: the owners' subtotals added up. */
  monthlyTotals(byOwner: MonthlyReceivablesOwnerRow[]): ReceivablesFigures {
    const totals = zeroFigures();
    for (const row of byOwner) addFigures(totals, row);
    return totals;
  }

  /** The report's frame for `asOf` (default today); its rows and totals are computed only when asked for. */
  aging(asOfArg?: string | null): AgingReport {
    const today = localDateIn(this.config.timeZone, new Date());
    return Object.assign(new AgingReport(), { asOf: checkOptionalDate(asOfArg, 'asOf', windows.any(today)) ?? today });
  }

  /** One row per customer that owes anything on the day, by customer id. */
  async agingRows(report: AgingReport): Promise<AgingRow[]> {
    const rows: AgingRaw[] = await this.db.query(
      `${agingSql('t.customerId AS customerId,')} GROUP BY t.customerId ORDER BY t.customerId`,
      agingParams(report.asOf),
    );
    return rows.map((r) => Object.assign(new AgingRow(), { customerId: Number(r.customerId), ...agingFigures(r) }));
  }

  /** The buckets summed over every customer, in the same statement without the grouping. */
  async agingTotals(report: AgingReport): Promise<AgingFigures> {
    const [r]: AgingRaw[] = await this.db.query(agingSql(''), agingParams(report.asOf));
    return agingFigures(r ?? {});
  }
}
