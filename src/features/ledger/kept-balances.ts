import { EntityManager } from 'typeorm';
import { forUpdate } from '../../db/locking';
import { opensReadCommitted } from '../../db/transaction';
import { Fen } from '../../graphql/money';
import { CustomerMonthBalance } from './customer-month-balance.entity';

/**
 * The balances the reports read instead of the whole ledger, kept in the transaction of each money
 * movement. Callers hold the customer's row lock (every money movement takes it), so two movements of
 * one customer never interleave here, and run their transaction at READ COMMITTED
 * (`inTransaction(..., { readCommitted: true })`): the range statements below then lock only this
 * customer's rows, not the next customer's first row (which, on a Galera cluster, made another node's
 * payment for that customer abort this one).
 *
 * - `customer_month_balance`: per customer and company month, what was added (receivables confirmed),
 *   received (payments) and owed at the month's end.
 * - `receivable.settledOn`: the day a receivable became fully paid.
 */
export interface MoneyMovement {
  /** Receivables confirmed (what the customer now owes more). */
  added?: Fen;
  /** Payments received. */
  received?: Fen;
}

/** `YYYY-MM` of a company day `YYYY-MM-DD`. */
export const monthOf = (day: string) => day.slice(0, 7);

/**
 * Books one money movement of a customer into its month (`YYYY-MM`) and carries it into every later month's closing.
 */
export async function recordMoneyMovement(
  m: EntityManager,
  customerId: number,
  month: string,
  movement: MoneyMovement,
): Promise<void> {
  if (!opensReadCommitted(m))
    throw new Error('recordMoneyMovement needs a transaction opened by inTransaction with { readCommitted: true }.');
  const added = movement.added ?? 0;
  const received = movement.received ?? 0;
  const delta = added - received;
  // The customer's latest month up to this one: this month's row to add to, or the closing to carry into a
  // new row. A locking read, so it sees what a movement this one waited for committed (not an older snapshot).
  const latest = await forUpdate(
    m,
    m
      .getRepository(CustomerMonthBalance)
      .createQueryBuilder('b')
      .where('b.customerId = :customerId AND b.month <= :month', { customerId, month })
      .orderBy('b.month', 'DESC')
      .limit(1),
  ).getOne();
  if (latest?.month === month) {
    await m.query(
      'UPDATE customer_month_balance SET added = added + ?, received = received + ?, closing = closing + ? WHERE customerId = ? AND month = ?',
      [added, received, delta, customerId, month],
    );
  } else {
    await m.query(
      'INSERT INTO customer_month_balance (customerId, month, added, received, closing) VALUES (?, ?, ?, ?, ?)',
      [customerId, month, added, received, (latest?.closing ?? 0) + delta],
    );
  }
  // A movement dated in an earlier month (a payment received last month, booked today) moves every later closing.
  if (delta !== 0)
    await m.query('UPDATE customer_month_balance SET closing = closing + ? WHERE customerId = ? AND month > ?', [
      delta,
      customerId,
      month,
    ]);
}

/** Marks the receivables that the allocations just written paid in full with the day they became settled. */
export async function markSettled(m: EntityManager, receivableIds: number[]): Promise<void> {
  if (!receivableIds.length) return;
  await m.query(
    `UPDATE receivable SET settledOn = COALESCE((SELECT MAX(a.allocatedOn) FROM payment_allocation a WHERE a.receivableId = receivable.id), confirmedOn)
      WHERE id IN (${receivableIds.map(() => '?').join(',')})
        AND amount <= (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = receivable.id)`,
    receivableIds,
  );
}

/**
 * Every kept balance of one month, from the ledger: what the table must equal (the reconciliation test, the rebuild).
 */
export const LEDGER_MONTHS_SQL = `
  SELECT customerId, month, SUM(added) AS added, SUM(received) AS received,
         SUM(SUM(added) - SUM(received)) OVER (PARTITION BY customerId ORDER BY month) AS closing
    FROM (SELECT customerId, SUBSTR(confirmedOn, 1, 7) AS month, amount AS added, 0 AS received FROM receivable
          UNION ALL
          SELECT customerId, SUBSTR(receivedOn, 1, 7), 0, amount FROM payment) u
   GROUP BY customerId, month`;

/** The settled day of every receivable, from its allocations. */
export const LEDGER_SETTLED_SQL = `
  UPDATE receivable SET settledOn = CASE
      WHEN amount <= (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = receivable.id)
      THEN COALESCE((SELECT MAX(a.allocatedOn) FROM payment_allocation a WHERE a.receivableId = receivable.id), confirmedOn) END`;

/**
 * Recomputes every kept balance from the ledger: after rows were written around the services (bulk
 * loads, back-dated demo data). Run it in a transaction or with the writers stopped.
 */
export async function rebuildKeptBalances(m: {
  query: (sql: string, params?: unknown[]) => Promise<unknown>;
}): Promise<void> {
  await m.query('DELETE FROM customer_month_balance');
  await m.query(
    `INSERT INTO customer_month_balance (customerId, month, added, received, closing) ${LEDGER_MONTHS_SQL}`,
  );
  await m.query(LEDGER_SETTLED_SQL);
}
