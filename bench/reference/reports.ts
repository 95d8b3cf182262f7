/* eslint-disable @typescript-eslint/no-explicit-any -- rows come untyped from mysql2, read by their SQL names */
import { Pool } from 'mysql2/promise';
import { formatMoney } from '../../src/graphql/money';

/**
 * The two reports as hand-written SQL over the ledger itself (receivables, payments, allocations):
 * one prepared statement each, the owners' names joined in. They read the whole history on purpose:
 * that is what a report without kept balances costs, and what ours is measured against as data grows.
 */
type Row = Record<string, any>;
const money = (v: unknown) => formatMoney(Number(v ?? 0));

const MONTHLY_SQL = `
  SELECT t.ownerId, s.name AS ownerName, SUM(t.ob) - SUM(t.pb) AS opening, SUM(t.ow) AS added, SUM(t.pw) AS received
    FROM (SELECT c.ownerId, u.ob, u.ow, u.pb, u.pw
            FROM (SELECT customerId, SUM(CASE WHEN confirmedOn < ? THEN amount ELSE 0 END) AS ob, SUM(CASE WHEN confirmedOn >= ? THEN amount ELSE 0 END) AS ow, 0 AS pb, 0 AS pw
                    FROM receivable WHERE confirmedOn <= ? GROUP BY customerId
                  UNION ALL
                  SELECT customerId, 0, 0, SUM(CASE WHEN receivedOn < ? THEN amount ELSE 0 END), SUM(CASE WHEN receivedOn >= ? THEN amount ELSE 0 END)
                    FROM payment WHERE receivedOn <= ? GROUP BY customerId) u
            JOIN customer c ON c.id = u.customerId) t
    JOIN staff s ON s.id = t.ownerId
   GROUP BY t.ownerId, s.name ORDER BY t.ownerId`;

/** Allocations up to the day summed once per receivable (one pass), instead of a subquery per receivable. */
const AGING_SQL = `
  SELECT SUM(CASE WHEN t.dueDate >= ? THEN t.open ELSE 0 END) AS notDue,
         SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d1to30,
         SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d31to60,
         SUM(CASE WHEN t.dueDate < ? AND t.dueDate >= ? THEN t.open ELSE 0 END) AS d61to90,
         SUM(CASE WHEN t.dueDate < ? THEN t.open ELSE 0 END) AS over90,
         SUM(t.open) AS total
    FROM (SELECT r.dueDate, r.amount - COALESCE(a.s, 0) AS open
            FROM receivable r
            LEFT JOIN (SELECT receivableId, SUM(amount) AS s FROM payment_allocation WHERE allocatedOn <= ? GROUP BY receivableId) a ON a.receivableId = r.id
           WHERE r.confirmedOn <= ?) t
   WHERE t.open > 0`;

const day = (d: Date) => d.toISOString().slice(0, 10);
const minusDays = (asOf: string, n: number) => day(new Date(Date.parse(`${asOf}T00:00:00Z`) - n * 86_400_000));

export async function monthlyReport(pool: Pool, month: string) {
  const first = `${month}-01`;
  const [y, m] = month.split('-').map(Number);
  const last = day(new Date(Date.UTC(y, m, 0)));
  const [rows] = await pool.execute(MONTHLY_SQL, [first, first, last, first, first, last]);
  const totals = { opening: 0, added: 0, received: 0, closing: 0 };
  const byOwner = [];
  for (const r of rows as Row[]) {
    const f = { opening: Number(r.opening), added: Number(r.added), received: Number(r.received), closing: 0 };
    f.closing = f.opening + f.added - f.received;
    totals.opening += f.opening;
    totals.added += f.added;
    totals.received += f.received;
    totals.closing += f.closing;
    if (!(f.opening || f.added || f.received || f.closing)) continue;
    byOwner.push({
      owner: { id: String(r.ownerId), name: r.ownerName },
      opening: money(f.opening),
      added: money(f.added),
      received: money(f.received),
      closing: money(f.closing),
    });
  }
  return {
    month,
    byOwner,
    totals: {
      opening: money(totals.opening),
      added: money(totals.added),
      received: money(totals.received),
      closing: money(totals.closing),
    },
  };
}

export async function agingReport(pool: Pool, asOf: string) {
  const [d0, d30, d60, d90] = [0, 30, 60, 90].map((n) => minusDays(asOf, n));
  const [rows] = await pool.execute(AGING_SQL, [d0, d0, d30, d30, d60, d60, d90, d90, asOf, asOf]);
  const r = (rows as Row[])[0];
  return {
    asOf,
    totals: {
      notDue: money(r.notDue),
      d1to30: money(r.d1to30),
      d31to60: money(r.d31to60),
      d61to90: money(r.d61to90),
      over90: money(r.over90),
      total: money(r.total),
    },
  };
}
