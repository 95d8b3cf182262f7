import { EntityManager } from 'typeorm';
import { Fen } from '../../graphql/money';
import { markSettled } from './kept-balances';
import { Receivable } from './receivable.entity';
import { Payment } from './payment.entity';
import { PaymentAllocation } from './payment-allocation.entity';
import { spreadOldestFirst } from './spread';

/**
 * Settlement of receivables by payments. A customer's rows are locked (its customer row) by the
 * caller, so allocations never race. Oldest open receivable first (due date, then id).
 */
const later = (a: string, b: string) => (a > b ? a : b);

interface Open {
  id: number;
  dueDate: string;
  confirmedOn: string;
  open: Fen;
}

async function openReceivables(m: EntityManager, customerId: number): Promise<Open[]> {
  const rows: Array<{
    id: number | string;
    dueDate: string;
    confirmedOn: string;
    amount: string | number;
    paid: string | number | null;
  }> = await m
    .getRepository(Receivable)
    .createQueryBuilder('r')
    .select(['r.id AS id', 'r.dueDate AS dueDate', 'r.confirmedOn AS confirmedOn', 'r.amount AS amount'])
    .addSelect('(SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id)', 'paid')
    // A receivable with a settled day is paid in full for good (kept-balances.ts): the customer's
    // settled history is skipped, so a payment's cost does not grow with it.
    .where('r.customerId = :customerId AND r.settledOn IS NULL', { customerId })
    .orderBy('r.dueDate', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getRawMany();
  return rows
    .map((r) => ({
      id: Number(r.id),
      dueDate: String(r.dueDate),
      confirmedOn: String(r.confirmedOn),
      open: Number(r.amount) - Number(r.paid ?? 0),
    }))
    .filter((r) => r.open > 0);
}

/** Settles the customer's oldest open receivables with `payment`; returns what is left as credit. */
export async function allocatePayment(m: EntityManager, payment: Payment): Promise<Fen> {
  const open = await openReceivables(m, payment.customerId);
  const { taken, left } = spreadOldestFirst(
    payment.amount,
    open.map((r) => r.open),
  );
  const allocations: Array<Partial<PaymentAllocation>> = [];
  const paidOff: number[] = [];
  open.forEach((r, i) => {
    if (taken[i] <= 0) return;
    allocations.push({
      paymentId: payment.id,
      receivableId: r.id,
      amount: taken[i],
      allocatedOn: later(payment.receivedOn, r.confirmedOn),
    });
    if (taken[i] === r.open) paidOff.push(r.id);
  });
  if (allocations.length) await m.insert(PaymentAllocation, allocations);
  await markSettled(m, paidOff);
  return left;
}

/** Uses the customer's credit (unallocated payment amounts, oldest payment first) on a new receivable. */
export async function applyCredit(m: EntityManager, receivable: Receivable): Promise<void> {
  const rows: Array<{
    id: number | string;
    receivedOn: string;
    amount: string | number;
    used: string | number | null;
  }> = await m
    .getRepository(Payment)
    .createQueryBuilder('p')
    .select(['p.id AS id', 'p.receivedOn AS receivedOn', 'p.amount AS amount'])
    .addSelect('(SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.paymentId = p.id)', 'used')
    .where('p.customerId = :cid', { cid: receivable.customerId })
    .orderBy('p.receivedOn', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getRawMany();
  const { taken, left } = spreadOldestFirst(
    receivable.amount,
    rows.map((p) => Number(p.amount) - Number(p.used ?? 0)),
  );
  const allocations: Array<Partial<PaymentAllocation>> = [];
  rows.forEach((p, i) => {
    if (taken[i] > 0)
      allocations.push({
        paymentId: Number(p.id),
        receivableId: receivable.id,
        amount: taken[i],
        allocatedOn: later(String(p.receivedOn), receivable.confirmedOn),
      });
  });
  if (allocations.length) await m.insert(PaymentAllocation, allocations);
  if (left <= 0) await markSettled(m, [receivable.id]);
}
