import { Pool, PoolConnection, ResultSetHeader } from 'mysql2/promise';
import { formatMoney, parseMoney } from '../../src/graphql/money';
import { localDateIn } from '../../src/time';
import { MAX_ATTEMPTS, RETRYABLE_MYSQL_ERRORS, retryPause } from '../../src/db/transaction';

/**
 * The reference's two benchmarked mutations, hand-written with mysql2: the same business steps as
 * ours (idempotency, customer lock, oldest-first settlement, conditional decision, rate history,
 * re-rating unbilled consignments, audit events), as few statements as plain SQL allows.
 * The actor is the MANAGER the `x-staff-id` header names (the reference has no authentication).
 */
type Row = Record<string, unknown>;
const TIME_ZONE = 'Asia/Shanghai';
const INITIAL_RATE_DATE = '1900-01-01';
const MAX_MANAGER_RATE_CUT_PERCENT = 10;

/** Our server's retry policy (src/db/transaction.ts): a deadlock or lock-wait victim is retried, with a pause. */
async function transaction<T>(pool: Pool, work: (c: PoolConnection) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const c = await pool.getConnection();
    try {
      await c.beginTransaction();
      const result = await work(c);
      await c.commit();
      return result;
    } catch (error) {
      await c.rollback();
      if (!RETRYABLE_MYSQL_ERRORS.has(String((error as { code?: string }).code)) || attempt >= MAX_ATTEMPTS)
        throw error;
    } finally {
      c.release();
    }
    await retryPause(attempt);
  }
}

const rows = async (c: PoolConnection | Pool, sql: string, params: unknown[]) =>
  (await c.query(sql, params))[0] as Row[];
const audit = (
  c: PoolConnection,
  actorId: number,
  action: string,
  entityType: string,
  entityId: number,
  summary: string,
) =>
  c.query('INSERT INTO audit_event (actorId, action, entityType, entityId, summary) VALUES (?, ?, ?, ?, ?)', [
    actorId,
    action,
    entityType,
    String(entityId),
    summary,
  ]);

interface PaymentArgs {
  customerId: string;
  amount: string;
  receivedOn: string;
  reference: string;
  idempotencyKey: string;
}

export async function recordPayment(pool: Pool, actorId: number, args: PaymentArgs) {
  const amount = parseMoney(args.amount);
  const replay = async () => {
    const [first] = await rows(
      pool,
      'SELECT id, customerId, amount, receivedOn, reference FROM payment WHERE idempotencyKey = ?',
      [args.idempotencyKey],
    );
    if (!first) return null;
    if (
      Number(first.customerId) !== Number(args.customerId) ||
      Number(first.amount) !== amount ||
      first.receivedOn !== args.receivedOn ||
      first.reference !== args.reference
    ) {
      throw new Error('This idempotency key was already used for a different payment.');
    }
    return { id: String(first.id), amount: formatMoney(Number(first.amount)) };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await transaction(pool, async (c) => {
      const [customer] = await rows(c, 'SELECT id, name FROM customer WHERE id = ? FOR UPDATE', [
        Number(args.customerId),
      ]);
      if (!customer) throw new Error('Customer not found.');
      const [inserted] = await c.query<ResultSetHeader>(
        'INSERT INTO payment (customerId, amount, receivedOn, reference, idempotencyKey, recordedById) VALUES (?, ?, ?, ?, ?, ?)',
        [customer.id, amount, args.receivedOn, args.reference, args.idempotencyKey, actorId],
      );
      const open = await rows(
        c,
        `SELECT id, confirmedOn, open FROM (SELECT r.id, r.dueDate, r.confirmedOn, r.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a WHERE a.receivableId = r.id), 0) AS open
           FROM receivable r WHERE r.customerId = ?) t WHERE open > 0 ORDER BY dueDate, id`,
        [customer.id],
      );
      let left = amount;
      const allocations: unknown[][] = [];
      for (const r of open) {
        if (left <= 0) break;
        const part = Math.min(left, Number(r.open));
        const on = String(r.confirmedOn) > args.receivedOn ? r.confirmedOn : args.receivedOn;
        allocations.push([inserted.insertId, r.id, part, on]);
        left -= part;
      }
      if (allocations.length)
        await c.query('INSERT INTO payment_allocation (paymentId, receivableId, amount, allocatedOn) VALUES ?', [
          allocations,
        ]);
      await audit(
        c,
        actorId,
        'payment.recorded',
        'Payment',
        inserted.insertId,
        `Received ${formatMoney(amount)} from ${customer.name} on ${args.receivedOn} (${args.reference}); ${formatMoney(left)} left as credit`,
      );
      return { id: String(inserted.insertId), amount: formatMoney(amount) };
    });
  } catch (error) {
    // Lost the race for this key to a concurrent request: answer as the winner did.
    if ((error as { code?: string }).code !== 'ER_DUP_ENTRY') throw error;
    const winner = await replay();
    if (!winner) throw error;
    return winner;
  }
}

/** A MANAGER approves a pending RATE_CHANGE request (the only kind the benchmark files), within the policy. */
export async function approveRequest(pool: Pool, actorId: number, args: { id: string; note?: string | null }) {
  const id = Number(args.id);
  const today = localDateIn(TIME_ZONE, new Date());
  const note = args.note?.trim() || null;
  await transaction(pool, async (c) => {
    const [request] = await rows(
      c,
      'SELECT id, kind, status, customerId, requesterId, newRate FROM approval_request WHERE id = ? FOR UPDATE',
      [id],
    );
    if (!request) throw new Error('Approval request not found.');
    if (Number(request.requesterId) === actorId) throw new Error('You cannot decide your own request.');
    if (request.status !== 'PENDING')
      throw new Error(`This request was already ${String(request.status).toLowerCase()}.`);
    if (request.kind !== 'RATE_CHANGE') throw new Error('The reference approves rate changes only.');
    const [customer] = await rows(c, 'SELECT id, name, freightRate FROM customer WHERE id = ? FOR UPDATE', [
      request.customerId,
    ]);
    const [policy] = await rows(c, 'SELECT maxManagerRateCutPercent FROM approval_policy WHERE id = 1', []);
    // A cut is measured against the rate in force when deciding, not the rate when filed.
    const oldRate = Number(customer.freightRate);
    const newRate = Number(request.newRate);
    const maxCut = policy ? Number(policy.maxManagerRateCutPercent) : MAX_MANAGER_RATE_CUT_PERCENT;
    if (newRate < oldRate && (oldRate - newRate) * 100 > maxCut * oldRate)
      throw new Error('This rate cut needs a DIRECTOR.');
    const [decided] = await c.query<ResultSetHeader>(
      "UPDATE approval_request SET status = 'APPROVED', decidedById = ?, decidedAt = NOW(6), note = ? WHERE id = ? AND status = 'PENDING'",
      [actorId, note, id],
    );
    if (!decided.affectedRows) throw new Error('This request was decided by someone else at the same moment.');
    await audit(
      c,
      actorId,
      'approval.approved',
      'ApprovalRequest',
      id,
      `Staff ${actorId} approved RATE_CHANGE request ${id}${note ? `: ${note}` : ''}`,
    );
    // Rate history: the rate so far (first change only), then the new rate from today.
    const [history] = await rows(c, 'SELECT COUNT(*) AS n FROM customer_rate WHERE customerId = ?', [customer.id]);
    const rates: unknown[][] = Number(history.n) ? [] : [[customer.id, customer.freightRate, INITIAL_RATE_DATE, null]];
    rates.push([customer.id, newRate, today, id]);
    await c.query('INSERT INTO customer_rate (customerId, rate, effectiveFrom, requestId) VALUES ?', [rates]);
    await c.query('UPDATE customer SET freightRate = ? WHERE id = ?', [newRate, customer.id]);
    // Unbilled consignments shipped from today take the new rate (freight rounded half up to the fen).
    await c.query(
      `UPDATE consignment c SET c.rate = ?, c.freight = FLOOR((c.weightGrams * ? + 500000) / 1000000)
        WHERE c.customerId = ? AND c.shippedOn >= ? AND c.freeShipmentRequestId IS NULL
          AND NOT EXISTS (SELECT 1 FROM statement_line l WHERE l.liveConsignmentId = c.id)`,
      [newRate, newRate, customer.id, today],
    );
    await audit(
      c,
      actorId,
      'customer.rate_changed',
      'Customer',
      Number(customer.id),
      `Freight rate of ${customer.name} ${formatMoney(Number(customer.freightRate))} -> ${formatMoney(newRate)} per tonne from ${today} (request ${id})`,
    );
  });
  return { id: String(id), status: 'APPROVED' };
}
