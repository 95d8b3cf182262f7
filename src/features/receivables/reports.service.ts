import { DataSource } from 'typeorm';
import { Config } from '../../config';
import { Fen } from '../../graphql/money';
import { daysBetween, localDateIn, monthRange } from '../../time';
import { Customer } from '../customers/customer.entity';
import { AgingFigures, AgingReport, AgingRow, MonthlyReceivablesOwnerRow, MonthlyReceivablesReport, MonthlyReceivablesRow, ReceivablesFigures } from './reports.types';

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
    const owed = await sums('receivable', 'confirmedOn');
    const paid = await sums('payment', 'receivedOn');
    const ids = [...new Set([...owed.keys(), ...paid.keys()])];
    const customers = ids.length ? await this.db.getRepository(Customer).createQueryBuilder('c').whereInIds(ids).getMany() : [];
    const rows: MonthlyReceivablesRow[] = [];
    for (const c of customers) {
      const o = owed.get(c.id) ?? { before: 0, within: 0 };
      const p = paid.get(c.id) ?? { before: 0, within: 0 };
      const opening = o.before - p.before;
      const row = Object.assign(new MonthlyReceivablesRow(), { customerId: c.id, ownerId: c.ownerId, opening, added: o.within, received: p.within, closing: opening + o.within - p.within });
      if (row.opening || row.added || row.received || row.closing) rows.push(row);
    }
    const names = new Map(customers.map((c) => [c.id, c.name]));
    rows.sort((a, b) => a.ownerId - b.ownerId || (names.get(a.customerId) ?? '').localeCompare(names.get(b.customerId) ?? '') || a.customerId - b.customerId);
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
    const rows: Array<{ customerId: number | string; dueDate: string; amount: string | number; paid: string | number | null }> = await this.db.query(
      `SELECT r.customerId AS customerId, r.dueDate AS dueDate, r.amount AS amount,
              (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id AND a.allocatedOn <= ?) AS paid
         FROM receivable r WHERE r.confirmedOn <= ? ORDER BY r.customerId, r.id`,
      [asOf, asOf],
    );
    const byCustomer = new Map<number, AgingRow>();
    const totals = zeroAging();
    for (const r of rows) {
      const open: Fen = Number(r.amount) - Number(r.paid ?? 0);
      if (open <= 0) continue;
      const id = Number(r.customerId);
      let row = byCustomer.get(id);
      if (!row) byCustomer.set(id, (row = Object.assign(new AgingRow(), { customerId: id, ...zeroAging() })));
      const late = daysBetween(String(r.dueDate), asOf);
      const bucket: keyof AgingFigures = late <= 0 ? 'notDue' : late <= 30 ? 'd1to30' : late <= 60 ? 'd31to60' : late <= 90 ? 'd61to90' : 'over90';
      for (const target of [row, totals]) {
        target[bucket] += open;
        target.total += open;
      }
    }
    return { asOf, rows: [...byCustomer.values()], totals };
  }
}
