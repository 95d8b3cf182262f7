import { DataSource } from 'typeorm';
import { Config } from '../../config';
import { Fen } from '../../graphql/money';
import { addDays, localDateIn, monthRange } from '../../time';
import { Customer } from '../customers/customer.entity';
import { AgingFigures, AgingReport, AgingRow, MonthlyReceivablesOwnerRow, MonthlyReceivablesReport, MonthlyReceivablesRow, ReceivablesFigures } from './reports.types';

/** One collator for the whole sort: the same order as localeCompare, without building one per comparison. */
const byName = new Intl.Collator();

const zeroFigures = (): ReceivablesFigures => ({ opening: 0, added: 0, received: 0, closing: 0 });
const zeroAging = (): AgingFigures => ({ notDue: 0, d1to30: 0, d31to60: 0, d61to90: 0, over90: 0, total: 0 });

function addFigures(into: ReceivablesFigures, row: ReceivablesFigures) {
  into.opening += row.opening;
  into.added += row.added;
  into.received += row.received;
  into.closing += row.closing;
}

/** The collector's monthly report and the aging report, computed in SQL sums of integer fen. */
export class ReportService {
  constructor(private readonly db: DataSource, private readonly config: Config) {}

  async monthly(month: string): Promise<MonthlyReceivablesReport> {
    const { first, last } = monthRange(month);
    const sums = async (table: string, dateColumn: string) => {
      const rows: Array<{ k: number | string; before: string | number | null; within: string | number | null }> = await this.db.query(
        `SELECT customerId AS k,
                SUM(CASE WHEN ${dateColumn} < ? THEN amount ELSE 0 END) AS \`before\`,
                SUM(CASE WHEN ${dateColumn} >= ? AND ${dateColumn} <= ? THEN amount ELSE 0 END) AS within
           FROM ${table} WHERE ${dateColumn} <= ? GROUP BY customerId`,
        [first, first, last, last],
      );
      return new Map(rows.map((r) => [Number(r.k), { before: Number(r.before ?? 0), within: Number(r.within ?? 0) }]));
    };
    const [owed, paid] = await Promise.all([sums('receivable', 'confirmedOn'), sums('payment', 'receivedOn')]);
    const ids = [...new Set([...owed.keys(), ...paid.keys()])];
    // Only the three columns the report needs, without entity hydration (thousands of customers).
    const customers: Array<{ id: number; ownerId: number; name: string }> = ids.length
      ? (
          await this.db.getRepository(Customer).createQueryBuilder('c').select(['c.id AS id', 'c.ownerId AS ownerId', 'c.name AS name']).whereInIds(ids).getRawMany<{ id: number | string; ownerId: number | string; name: string }>()
        ).map((c) => ({ id: Number(c.id), ownerId: Number(c.ownerId), name: c.name }))
      : [];
    const rows: MonthlyReceivablesRow[] = [];
    for (const c of customers) {
      const o = owed.get(c.id) ?? { before: 0, within: 0 };
      const p = paid.get(c.id) ?? { before: 0, within: 0 };
      const opening = o.before - p.before;
      const row = Object.assign(new MonthlyReceivablesRow(), { customerId: c.id, ownerId: c.ownerId, opening, added: o.within, received: p.within, closing: opening + o.within - p.within });
      if (row.opening || row.added || row.received || row.closing) rows.push(row);
    }
    const names = new Map(customers.map((c) => [c.id, c.name]));
    rows.sort((a, b) => a.ownerId - b.ownerId || byName.compare(names.get(a.customerId) ?? '', names.get(b.customerId) ?? '') || a.customerId - b.customerId);
    const owners = new Map<number, MonthlyReceivablesOwnerRow>();
    const totals = zeroFigures();
    for (const row of rows) {
      let ownerRow = owners.get(row.ownerId);
      if (!ownerRow) owners.set(row.ownerId, (ownerRow = Object.assign(new MonthlyReceivablesOwnerRow(), { ownerId: row.ownerId, ...zeroFigures() })));
      addFigures(ownerRow, row);
      addFigures(totals, row);
    }
    return { month, firstDay: first, lastDay: last, rows, byOwner: [...owners.values()], totals };
  }

  async aging(asOfArg?: string | null): Promise<AgingReport> {
    const asOf = asOfArg ?? localDateIn(this.config.timeZone, new Date());
    // Buckets by due date against fixed days (asOf, asOf-30, -60, -90): summed in SQL per customer, on both dialects.
    const [d0, d30, d60, d90] = [0, 30, 60, 90].map((n) => addDays(asOf, -n));
    const rows: Array<Record<keyof AgingFigures | 'customerId', string | number | null>> = await this.db.query(
      `SELECT t.customerId AS customerId,
              SUM(CASE WHEN t.dueDate >= ? THEN t.open ELSE 0 END) AS notDue,
              SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d1to30,
              SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d31to60,
              SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d61to90,
              SUM(CASE WHEN t.dueDate < ? THEN t.open ELSE 0 END) AS over90,
              SUM(t.open) AS total
         FROM (SELECT r.customerId AS customerId, r.dueDate AS dueDate,
                      r.amount - (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id AND a.allocatedOn <= ?) AS open
                 FROM receivable r WHERE r.confirmedOn <= ?) t
        WHERE t.open > 0 GROUP BY t.customerId ORDER BY t.customerId`,
      [d0, d0, d30, d30, d60, d60, d90, d90, asOf, asOf],
    );
    const byCustomer = new Map<number, AgingRow>();
    const totals = zeroAging();
    const buckets: Array<keyof AgingFigures> = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'];
    for (const r of rows) {
      const row = Object.assign(new AgingRow(), { customerId: Number(r.customerId), ...zeroAging() });
      for (const k of buckets) {
        row[k] = Number(r[k] ?? 0);
        totals[k] += row[k];
      }
      byCustomer.set(row.customerId, row);
    }
    return { asOf, rows: [...byCustomer.values()], totals };
  }
}
