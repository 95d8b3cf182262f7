/* eslint-disable @typescript-eslint/no-explicit-any -- rows come untyped from mysql2, read by their SQL names */
import { ExecuteValues, Pool } from 'mysql2/promise';
import { formatMoney } from '../../src/graphql/money';

/**
 * The dashboard as a hand-written server would serve it: the page, then each level's data for the
 * whole page in one prepared statement each, all four at once on separate pool connections, and
 * the answer built as plain objects (no per-field resolver calls, no DataLoader bookkeeping).
 */
type Row = Record<string, any>;
const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');
const MAX_PAGE = 100;

async function rows(pool: Pool, sql: string, params: ExecuteValues[]): Promise<Row[]> {
  return (await pool.execute(sql, params))[0] as Row[];
}

function groupBy(list: Row[], key: string): Map<number, Row[]> {
  const m = new Map<number, Row[]>();
  for (const r of list) {
    const k = Number(r[key]);
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  }
  return m;
}

export async function dashboardPage(pool: Pool, first: number | null | undefined, ownerId: string | null | undefined) {
  // The page size is an integer clamped here, so it goes into the text: one prepared statement per size.
  const n = Math.max(1, Math.min(MAX_PAGE, Math.trunc(first ?? 20)));
  const page = ownerId
    ? await rows(pool, `SELECT id, name, status, ownerId FROM customer WHERE ownerId = ? ORDER BY id DESC LIMIT ${n}`, [
        Number(ownerId),
      ])
    : await rows(pool, `SELECT id, name, status, ownerId FROM customer ORDER BY id DESC LIMIT ${n}`, []);
  if (!page.length) return { edges: [] };
  const ids = page.map((c) => Number(c.id));
  const ownerIds = [...new Set(page.map((c) => Number(c.ownerId)))];
  const p = marks(ids.length);
  const [owners, sums, visits, open] = await Promise.all([
    rows(pool, `SELECT id, name FROM staff WHERE id IN (${marks(ownerIds.length)})`, ownerIds),
    // Owed minus paid per customer, each side from its (customerId, ...) index.
    rows(
      pool,
      `SELECT customerId, SUM(amount) AS s FROM receivable WHERE customerId IN (${p}) GROUP BY customerId
       UNION ALL SELECT customerId, -SUM(amount) FROM payment WHERE customerId IN (${p}) GROUP BY customerId`,
      [...ids, ...ids],
    ),
    rows(
      pool,
      `SELECT id, customerId, plannedAt, purpose, status FROM (
         SELECT id, customerId, plannedAt, purpose, status, ROW_NUMBER() OVER (PARTITION BY customerId ORDER BY plannedAt DESC, id DESC) AS rn
           FROM visit WHERE customerId IN (${p})) t
        WHERE rn <= 3 ORDER BY plannedAt DESC, id DESC`,
      ids,
    ),
    rows(
      pool,
      `SELECT r.id, r.customerId, r.amount, r.dueDate, r.amount - COALESCE(SUM(a.amount), 0) AS outstanding
         FROM receivable r LEFT JOIN payment_allocation a ON a.receivableId = r.id
        WHERE r.customerId IN (${p})
        GROUP BY r.id, r.customerId, r.amount, r.dueDate
       HAVING outstanding > 0
        ORDER BY r.dueDate, r.id`,
      ids,
    ),
  ]);
  const ownerById = new Map(owners.map((s) => [Number(s.id), { id: String(s.id), name: s.name }]));
  const balance = new Map<number, number>();
  for (const r of sums) balance.set(Number(r.customerId), (balance.get(Number(r.customerId)) ?? 0) + Number(r.s));
  const visitsBy = groupBy(visits, 'customerId');
  const openBy = groupBy(open, 'customerId');
  return {
    edges: page.map((c) => {
      const id = Number(c.id);
      return {
        node: {
          id: String(id),
          name: c.name,
          status: c.status,
          owner: ownerById.get(Number(c.ownerId)),
          balance: formatMoney(balance.get(id) ?? 0),
          recentVisits: (visitsBy.get(id) ?? []).map((v) => ({
            id: String(v.id),
            plannedAt: (v.plannedAt as Date).toISOString(),
            purpose: v.purpose,
            status: v.status,
          })),
          openReceivables: (openBy.get(id) ?? []).map((r) => ({
            id: String(r.id),
            amount: formatMoney(Number(r.amount)),
            dueDate: r.dueDate,
            outstanding: formatMoney(Number(r.outstanding)),
          })),
        },
      };
    }),
  };
}
