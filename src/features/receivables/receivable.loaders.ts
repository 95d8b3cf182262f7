import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Fen } from '../../graphql/money';
import { placeholders, selectPlainEntities } from '../../db/plain-entities';
import { readRows } from '../../db/pool-read';
import { overdueUnpaidSql, Receivable } from '../ledger';
import type { CustomerPageColumn } from '../customers';

function sumsBy(db: DataSource, sql: (placeholders: string) => string) {
  return new DataLoader<number, Fen>(async (ids) => {
    const rows = await readRows<{ k: number | string; s: number | string | null }>(
      db,
      sql(ids.map(() => '?').join(',')),
      [...ids],
    );
    const map = new Map(rows.map((r) => [Number(r.k), Number(r.s ?? 0)]));
    return ids.map((id) => map.get(id) ?? 0);
  });
}

/**
 * What customer `customerId` (an SQL expression) owes now: the closing of its latest kept month
 * (every movement moves every later closing), one primary-key read however long its history; NULL
 * when it has no month, which is nothing owed.
 */
const balanceSql = (customerId: string) =>
  `(SELECT b.closing FROM customer_month_balance b WHERE b.customerId = ${customerId} ORDER BY b.month DESC LIMIT 1)`;

/**
 * A page of customers that asks for `balance` reads it in the page's own statement; the first
 * value this request knows for a customer is the one its field answers with.
 */
export const customerBalanceColumn: CustomerPageColumn = {
  field: 'balance',
  columns: { page_balance: balanceSql('c.id') },
  keep: (ctx, rows, raw) => {
    const known = ctx.loaders.customerBalanceKnown;
    rows.forEach((customer, i) => {
      if (!known.has(customer.id)) known.set(customer.id, Number(raw[i].page_balance ?? 0));
    });
  },
};

/** Per-request loaders: a page of customers or receivables costs a fixed number of queries. */
export function receivableLoaders(db: DataSource, today: () => string) {
  const receivableSettled = sumsBy(
    db,
    (p) =>
      `SELECT receivableId AS k, SUM(amount) AS s FROM payment_allocation WHERE receivableId IN (${p}) GROUP BY receivableId`,
  );
  const receivableSettledKnown = new Map<number, Fen>();
  return {
    /** What a customer owes now: confirmed receivables minus payments (negative = credit); see balanceSql. */
    customerBalance: sumsBy(
      db,
      (p) => `SELECT c.id AS k, ${balanceSql('c.id')} AS s FROM customer c WHERE c.id IN (${p})`,
    ),
    /** Balances a page of customers read with its rows (customerBalanceColumn): the field answers them at once. */
    customerBalanceKnown: new Map<number, Fen>(),
    /** What a customer owes past due today (receivables due before today, less what settled them). */
    customerOverdueUnpaid: new DataLoader<number, Fen>(async (ids) => {
      const rows = await readRows<{ k: number | string; s: number | string | null }>(
        db,
        `SELECT c.id AS k, ${overdueUnpaidSql('c.id', '?')} AS s FROM customer c WHERE c.id IN (${ids.map(() => '?').join(',')})`,
        [today(), ...ids],
      );
      const map = new Map(rows.map((r) => [Number(r.k), Number(r.s ?? 0)]));
      return ids.map((id) => map.get(id) ?? 0);
    }),
    /** How much of each receivable has been settled (read it through `whenSettled`). */
    receivableSettled,
    /**
     * What this request knows each receivable has been settled (primed by the open receivables, or
     * read by the loader): readable at once, so a receivable of a page answers `outstanding` in the
     * same call, without a promise per row.
     */
    receivableSettledKnown,
    /** A customer's unsettled receivables, oldest due first (their settled sums go into receivableSettledKnown). */
    openReceivablesByCustomer: openReceivablesLoader(db, receivableSettledKnown),
  };
}

/**
 * `then` applied to what receivable `id` has been settled: at once when this request already knows
 * it (the open receivables of a page carry it), else once the loader has read it. Like a loader's
 * cache, the first value a request knows for a receivable is the one all its fields answer with.
 */
export function whenSettled<T>(
  loaders: { receivableSettled: DataLoader<number, Fen>; receivableSettledKnown: Map<number, Fen> },
  id: number,
  then: (settled: Fen) => T,
): T | Promise<T> {
  const known = loaders.receivableSettledKnown;
  const settled = known.get(id);
  if (settled !== undefined) return then(settled);
  return loaders.receivableSettled.load(id).then((read) => {
    if (!known.has(id)) known.set(id, read);
    return then(known.get(id) ?? read);
  });
}

/**
 * Unsettled receivables of a page of customers, oldest due first, in one statement; what each has
 * been paid goes into `known` (read by `whenSettled`), so `outstanding`/`settled`/`overdue` cost
 * nothing more.
 */
export function openReceivablesLoader(db: DataSource, known: Map<number, Fen>) {
  return new DataLoader<number, Receivable[]>(async (customerIds) => {
    const settledSql = 'COALESCE((SELECT SUM(pa.amount) FROM payment_allocation pa WHERE pa.receivableId = r.id), 0)';
    // settledOn (kept where allocations are written) skips the settled history through its index;
    // the amount check keeps the exact rule for what is left.
    const { entities, raw } = await selectPlainEntities<Receivable>(
      db,
      Receivable,
      { alias: 'r', extra: { settled_sum: settledSql } },
      `WHERE r.customerId IN (${placeholders(customerIds.length)}) AND r.settledOn IS NULL AND r.amount > ${settledSql} ORDER BY r.dueDate ASC, r.id ASC`,
      [...customerIds],
    );
    const byCustomer = new Map<number, Receivable[]>();
    entities.forEach((r, i) => {
      // The first value known wins (see whenSettled), as it would in a loader's own cache.
      if (!known.has(r.id)) known.set(r.id, Number((raw[i] as { settled_sum: string | number }).settled_sum ?? 0));
      const list = byCustomer.get(r.customerId);
      if (list) list.push(r);
      else byCustomer.set(r.customerId, [r]);
    });
    return customerIds.map((id) => byCustomer.get(id) ?? []);
  });
}
