import { EntityManager } from 'typeorm';
import { Fen, formatMoney } from '../../graphql/money';
import { addDays } from '../../time';
import { recordAudit } from '../audit';
import { Customer } from '../customers';
import { ApprovalRequest } from './approval-request.entity';
import { INITIAL_RATE_DATE } from '../consignments';
import { CustomerTerms } from './customer-terms.entity';

/**
 * Applies an approved TERMS_CHANGE from `today`: the customer's columns hold the terms in force
 * now (statements confirmed from today get the new payment terms; due dates already set are
 * stored on their receivables and never move), and the history keeps earlier storage days at the
 * earlier rate. The caller has locked the customer's row.
 */
export async function applyTermsChange(
  m: EntityManager,
  actorId: number,
  request: ApprovalRequest,
  customer: Customer,
  today: string,
): Promise<void> {
  const paymentTermDays = request.paymentTermDays ?? customer.paymentTermDays;
  const storageRate = request.storageRate ?? customer.storageRate;
  const rows: Array<Partial<CustomerTerms>> = [];
  if (!(await m.count(CustomerTerms, { where: { customerId: customer.id } }))) {
    rows.push({
      customerId: customer.id,
      paymentTermDays: customer.paymentTermDays,
      storageRate: customer.storageRate,
      effectiveFrom: INITIAL_RATE_DATE,
      requestId: null,
    });
  }
  rows.push({ customerId: customer.id, paymentTermDays, storageRate, effectiveFrom: today, requestId: request.id });
  await m.insert(CustomerTerms, rows);
  await m
    .createQueryBuilder()
    .update(Customer)
    .set({ paymentTermDays, storageRate })
    .where('id = :id', { id: customer.id })
    .execute();
  const rate = (r: Fen | null) => (r === null ? 'company default' : formatMoney(r));
  await recordAudit(m, actorId, {
    action: 'customer.terms_changed',
    entityType: 'Customer',
    entityId: customer.id,
    summary: `Terms of ${customer.name} from ${today}: payment ${customer.paymentTermDays} -> ${paymentTermDays} days, storage rate ${rate(customer.storageRate)} -> ${rate(storageRate)} per m² per day (request ${request.id})`,
  });
}

/** One stretch of days with one storage rate (null: the company default). */
export interface StorageRateSpan {
  from: string;
  to: string;
  rate: Fen | null;
}

/** The customer's storage rate over [start, end], split where an approved terms change took effect. */
export async function storageRateSpans(
  m: EntityManager,
  customer: Customer,
  start: string,
  end: string,
): Promise<StorageRateSpan[]> {
  const history = await m
    .getRepository(CustomerTerms)
    .createQueryBuilder('t')
    .where('t.customerId = :cid AND t.effectiveFrom <= :end', { cid: customer.id, end })
    .orderBy('t.effectiveFrom', 'ASC')
    .addOrderBy('t.id', 'ASC')
    .getMany();
  if (!history.length) return [{ from: start, to: end, rate: customer.storageRate }];
  // The rate on `start` is the last row effective on or before it; later rows start new spans.
  const spans: StorageRateSpan[] = [];
  const inForce = history.filter((t) => t.effectiveFrom <= start).pop();
  let rate = inForce ? inForce.storageRate : customer.storageRate;
  let from = start;
  for (const t of history.filter((t) => t.effectiveFrom > start)) {
    spans.push({ from, to: addDays(t.effectiveFrom, -1), rate });
    from = t.effectiveFrom;
    rate = t.storageRate;
  }
  spans.push({ from, to: end, rate });
  return spans.filter((s) => s.from <= s.to);
}
