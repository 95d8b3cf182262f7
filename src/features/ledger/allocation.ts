import { EntityManager } from 'typeorm';
import { Fen } from '../../graphql/money';
import { markSettled } from './kept-balances';
import { Receivable } from './receivable.entity';
import { Payment } from './payment.entity';
import { PaymentAllocation } from './payment-allocation.entity';

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
  const rows: Array<{ id: number | string; dueDate: string; confirmedOn: string; amount: string | number; paid: string | number | null }> = await m
    .getRepository(Receivable)
    .createQueryBuilder('r')
    .select(['r.id AS id', 'r.dueDate AS dueDate', 'r.confirmedOn AS confirmedOn', 'r.amount AS amount'])
    .addSelect('(SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id)', 'paid')
    .where('r.customerId = :customerId', { customerId })
    .orderBy('r.dueDate', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getRawMany();
  return rows
    .map((r) => ({ id: Number(r.id), dueDate: String(r.dueDate), confirmedOn: String(r.confirmedOn), open: Number(r.amount) - Number(r.paid ?? 0) }))
    .filter((r) => r.open > 0);
}

/** Settles the customer's oldest open receivables with `payment`; returns what is left as credit. */
export async function allocatePayment(m: EntityManager, payment: Payment): Promise<Fen> {
  let left = payment.amount;
  const allocations: Array<Partial<PaymentAllocation>> = [];
  const paidOff: number[] = [];
  for (const r of await openReceivables(m, payment.customerId)) {
    if (left <= 0) break;
    const amount = Math.min(left, r.open);
    allocations.push({ paymentId: payment.id, receivableId: r.id, amount, allocatedOn: later(payment.receivedOn, r.confirmedOn) });
    if (amount === r.open) paidOff.push(r.id);
    left -= amount;
  }
  if (allocations.length) await m.insert(PaymentAllocation, allocations);
  await markSettled(m, paidOff);
  return left;
}

/** Uses the customer's credit (unallocated payment amounts, oldest payment first) on a new receivable. */
export async function applyCredit(m: EntityManager, receivable: Receivable): Promise<void> {
  const rows: Array<{ id: number | string; receivedOn: string; amount: string | number; used: string | number | null }> = await m
    .getRepository(Payment)
    .createQueryBuilder('p')
    .select(['p.id AS id', 'p.receivedOn AS receivedOn', 'p.amount AS amount'])
    .addSelect('(SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.paymentId = p.id)', 'used')
    .where('p.customerId = :cid', { cid: receivable.customerId })
    .orderBy('p.receivedOn', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getRawMany();
  let open = receivable.amount;
  const allocations: Array<Partial<PaymentAllocation>> = [];
  for (const p of rows) {
    if (open <= 0) break;
    const free = Number(p.amount) - Number(p.used ?? 0);
    if (free <= 0) continue;
    const amount = Math.min(free, open);
    allocations.push({ paymentId: Number(p.id), receivableId: receivable.id, amount, allocatedOn: later(String(p.receivedOn), receivable.confirmedOn) });
    open -= amount;
  }
  if (allocations.length) await m.insert(PaymentAllocation, allocations);
  if (open <= 0) await markSettled(m, [receivable.id]);
}
