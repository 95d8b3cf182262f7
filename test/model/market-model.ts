import { addDays, daysBetween } from '../../src/time';
import { ActorKey, freight } from './market-world';

/**
 * What the rules say the market's state must be after the steps so far, kept apart from the
 * product's code: the commands predict each outcome from it, and the invariants compare it with
 * what the API and the database show.
 */
export interface MCustomer {
  id: string;
  owner: ActorKey;
  active: boolean;
  /** Approved freight rates, oldest first: from which day each is in force. */
  rates: Array<{ from: string; rate: number }>;
  termDays: number;
  storageRate: number | null;
  /** Every approved terms change, from its day, with the storage rate it leaves (null: the company default). */
  storageRates: Array<{ from: string; rate: number | null }>;
  pickups: number;
}

export interface MOccupancy {
  id: string;
  customerId: string;
  areaCenti: number;
  from: string;
  to: string | null;
}

export interface MConsignment {
  id: string;
  customerId: string;
  shippedOn: string;
  weightGrams: number;
  fees: number;
  freight: number;
  statementId: string | null;
  /** Its freight waived by an approved free shipment. */
  free: boolean;
}

export type MStatementStatus = 'ISSUED' | 'CONFIRMED' | 'VOID';

export interface MStatement {
  id: string;
  customerId: string;
  start: string;
  end: string;
  status: MStatementStatus;
  total: number;
}

export interface MRequest {
  id: string;
  kind: 'RATE_CHANGE' | 'ARREARS' | 'DEDUCTION' | 'TERMS_CHANGE' | 'FREE_SHIPMENT';
  consignmentId?: string;
  customerId: string;
  filer: ActorKey;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  amount?: number;
  newRate?: number;
  promisedDate?: string;
  termDays?: number | null;
  storageRate?: number | null;
  /** DEDUCTION: the statement it is on while that statement is live. */
  statementId?: string | null;
}

export interface MConsent {
  id: string;
  requestId: string;
  customerId: string;
  amount: number;
  promisedDate: string;
  departments: string[];
  signed: string[];
}

export interface MReceivable {
  statementId: string;
  customerId: string;
  amount: number;
  dueDate: string;
  paid: number;
}

/** The approval limits of the default policy (DEFAULT_POLICY). */
export const LIMITS = { rateCutPercent: 10, arrears: 5_000_000, deduction: 1_000_000 };

export function overlapDays(from: string, to: string | null, start: string, end: string): number {
  const a = from > start ? from : start;
  const b = to === null || to > end ? end : to;
  return b < a ? 0 : daysBetween(a, b) + 1;
}

/** area (hundredths of m²) x rate x days / 100, half-up once per line. */
export function storageFee(areaCenti: number, rate: number, days: number): number {
  return Number((BigInt(areaCenti) * BigInt(rate) * BigInt(days) * 2n + 100n) / 200n);
}

export class MarketModel {
  today: string;
  customers: MCustomer[] = [];
  consignments: MConsignment[] = [];
  statements: MStatement[] = [];
  requests: MRequest[] = [];
  consents: MConsent[] = [];
  receivables: MReceivable[] = [];
  occupancies: MOccupancy[] = [];
  payments = new Map<string, number>();
  /** Unallocated payment amounts per customer (its credit). */
  credit = new Map<string, number>();
  steps = 0;
  log: string[] = [];

  /** `lastDay`: how far the model lets days pass (never past the real today). */
  constructor(
    today: string,
    readonly lastDay: string,
    readonly defaultStorageRate: number,
  ) {
    this.today = today;
  }

  customer(id: string): MCustomer {
    const c = this.customers.find((x) => x.id === id);
    if (!c) throw new Error(`model: no customer ${id}`);
    return c;
  }

  /** The approved rate in force on `date`, or null when none was approved by then. */
  rateOn(c: MCustomer, date: string): number | null {
    let rate: number | null = null;
    for (const r of c.rates) if (r.from <= date) rate = r.rate;
    return rate;
  }

  currentRate(c: MCustomer): number | null {
    return c.rates.length ? c.rates[c.rates.length - 1].rate : null;
  }

  liveStatements(customerId: string): MStatement[] {
    return this.statements.filter((s) => s.customerId === customerId && s.status !== 'VOID');
  }

  /** Receivables less payments: what the customer owes now (negative in credit). */
  balance(customerId: string): number {
    const owed = this.receivables.filter((r) => r.customerId === customerId).reduce((s, r) => s + r.amount, 0);
    return owed - (this.payments.get(customerId) ?? 0);
  }

  overdue(customerId: string): number {
    return this.receivables
      .filter((r) => r.customerId === customerId && r.dueDate < this.today)
      .reduce((s, r) => s + r.amount - r.paid, 0);
  }

  /** Approved arrears whose promise has not passed, signed or not (what the approval limit counts). */
  unexpiredArrears(customerId: string): number {
    return this.consents
      .filter((a) => a.customerId === customerId && a.promisedDate >= this.today)
      .reduce((s, a) => s + a.amount, 0);
  }

  /** Arrears that count for a pickup: unexpired and signed by every department they name. */
  countingArrears(customerId: string): number {
    return this.consents
      .filter(
        (a) =>
          a.customerId === customerId &&
          a.promisedDate >= this.today &&
          a.departments.every((d) => a.signed.includes(d)),
      )
      .reduce((s, a) => s + a.amount, 0);
  }

  /** Why a pickup must be refused now, or null when the customer meets the conditions. */
  pickupRefusal(customerId: string): string | null {
    const c = this.customer(customerId);
    if (!c.active) return 'not ACTIVE';
    const overdue = this.overdue(customerId);
    if (overdue > 0 && overdue > this.countingArrears(customerId))
      return `overdue ${overdue} beyond ${this.countingArrears(customerId)}`;
    return null;
  }

  /** Approved deductions not on a confirmed statement (the open period's). */
  openDeductions(customerId: string): number {
    return this.requests
      .filter((r) => r.kind === 'DEDUCTION' && r.customerId === customerId && r.status === 'APPROVED')
      .filter((r) => !r.statementId || this.statements.find((s) => s.id === r.statementId)?.status !== 'CONFIRMED')
      .reduce((s, r) => s + (r.amount ?? 0), 0);
  }

  /** Why only a DIRECTOR may approve `r` now, or null when a MANAGER may. */
  directorOnly(r: MRequest): string | null {
    const c = this.customer(r.customerId);
    if (r.kind === 'RATE_CHANGE') {
      const current = this.currentRate(c) ?? 0;
      const cut = current - (r.newRate ?? 0);
      if (current > 0 && cut > 0 && cut * 100 > LIMITS.rateCutPercent * current) return 'rate cut';
    }
    if (r.kind === 'ARREARS' && this.unexpiredArrears(r.customerId) + (r.amount ?? 0) > LIMITS.arrears)
      return 'arrears total';
    if (r.kind === 'DEDUCTION' && this.openDeductions(r.customerId) + (r.amount ?? 0) > LIMITS.deduction)
      return 'deduction total';
    return null;
  }

  /** Why approving `r` must fail with CONFLICT now (its effect cannot apply), or null. */
  cannotApply(r: MRequest): string | null {
    if (r.kind !== 'FREE_SHIPMENT') return null;
    const k = this.consignments.find((x) => x.id === r.consignmentId)!;
    if (k.statementId) return 'on a live statement';
    if (k.free) return 'already free';
    return null;
  }

  /** The effect of an approval on the model. */
  approve(r: MRequest, decider: ActorKey): void {
    r.status = 'APPROVED';
    const c = this.customer(r.customerId);
    if (r.kind === 'RATE_CHANGE') {
      c.rates.push({ from: this.today, rate: r.newRate! });
      // Unbilled consignments shipped from today on take the new rate.
      for (const k of this.consignments) {
        if (k.customerId === c.id && k.statementId === null && !k.free && k.shippedOn >= this.today)
          k.freight = freight(k.weightGrams, r.newRate!);
      }
    }
    if (r.kind === 'FREE_SHIPMENT') {
      const k = this.consignments.find((x) => x.id === r.consignmentId)!;
      k.free = true;
      k.freight = 0;
    }
    if (r.kind === 'TERMS_CHANGE') {
      if (r.termDays !== null && r.termDays !== undefined) c.termDays = r.termDays;
      if (r.storageRate !== null && r.storageRate !== undefined) c.storageRate = r.storageRate;
      c.storageRates.push({ from: this.today, rate: c.storageRate });
    }
    void decider;
  }

  /**
   * What issuing a statement for the period would bill: unbilled consignments up to its end, approved deductions not on
   * a live statement.
   */
  draft(
    customerId: string,
    start: string,
    end: string,
  ): { consignments: MConsignment[]; deductions: MRequest[]; storage: number[]; total: number } {
    const consignments = this.consignments.filter(
      (k) => k.customerId === customerId && k.statementId === null && k.shippedOn <= end,
    );
    const deductions = this.requests.filter(
      (r) => r.kind === 'DEDUCTION' && r.customerId === customerId && r.status === 'APPROVED' && !r.statementId,
    );
    const storage: number[] = [];
    const spans = this.storageSpans(this.customer(customerId), start, end);
    for (const o of this.occupancies.filter((x) => x.customerId === customerId)) {
      for (const span of spans) {
        const days = overlapDays(o.from, o.to, span.from, span.to);
        if (days > 0) storage.push(storageFee(o.areaCenti, span.rate ?? this.defaultStorageRate, days));
      }
    }
    const total =
      consignments.reduce((s, k) => s + k.freight + k.fees, 0) +
      storage.reduce((s, x) => s + x, 0) -
      deductions.reduce((s, r) => s + (r.amount ?? 0), 0);
    return { consignments, deductions, storage, total };
  }

  /** The storage rate over [start, end], split on each day a terms change took effect. */
  storageSpans(c: MCustomer, start: string, end: string): Array<{ from: string; to: string; rate: number | null }> {
    const history = c.storageRates.filter((t) => t.from <= end);
    let rate = history.filter((t) => t.from <= start).pop()?.rate ?? null;
    const spans: Array<{ from: string; to: string; rate: number | null }> = [];
    let from = start;
    for (const t of history.filter((x) => x.from > start)) {
      spans.push({ from, to: addDays(t.from, -1), rate });
      from = t.from;
      rate = t.rate;
    }
    spans.push({ from, to: end, rate });
    return spans.filter((x) => x.from <= x.to);
  }

  /** A live statement whose period meets [first, last] (last null: open-ended): its storage days may not change. */
  billsDays(customerId: string, first: string, last: string | null): boolean {
    return this.liveStatements(customerId).some((s) => s.end >= first && (last === null || s.start <= last));
  }

  /** A payment settles the oldest open receivables (by due date); the rest is credit. */
  pay(customerId: string, amount: number): void {
    this.payments.set(customerId, (this.payments.get(customerId) ?? 0) + amount);
    let left = amount;
    const open = this.receivables
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.customerId === customerId && r.amount > r.paid)
      .sort((a, b) => (a.r.dueDate < b.r.dueDate ? -1 : a.r.dueDate > b.r.dueDate ? 1 : a.i - b.i));
    for (const { r } of open) {
      if (left <= 0) break;
      const part = Math.min(left, r.amount - r.paid);
      r.paid += part;
      left -= part;
    }
    this.credit.set(customerId, (this.credit.get(customerId) ?? 0) + left);
  }

  /** A confirmed statement becomes a receivable due after the terms in force; credit pays it first. */
  confirm(s: MStatement): void {
    s.status = 'CONFIRMED';
    const c = this.customer(s.customerId);
    const credit = this.credit.get(c.id) ?? 0;
    const paid = Math.max(0, Math.min(credit, s.total));
    this.credit.set(c.id, credit - paid);
    this.receivables.push({
      statementId: s.id,
      customerId: c.id,
      amount: s.total,
      dueDate: addDays(this.today, c.termDays),
      paid,
    });
  }
}
