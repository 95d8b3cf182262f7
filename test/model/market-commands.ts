import fc from 'fast-check';
import { addDays } from '../../src/time';
import { registration } from '../support/customer-factories';
import { MarketModel, MRequest, MStatement } from './market-model';
import { ActorKey, DEPARTMENTS, fen, freight, MarketWorld, money, Outcome, outcomeOf } from './market-world';
import { checkInvariants } from './market-invariants';
import { graphql } from '../generated';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** One step: whether it applies to the model now, and running it against the real server. */
type Step = fc.AsyncCommand<MarketModel, MarketWorld>;

function step(
  label: string,
  check: (m: MarketModel) => boolean,
  run: (m: MarketModel, w: MarketWorld) => Promise<void>,
): Step {
  return {
    check,
    async run(m, w) {
      m.steps++;
      m.log.push(label);
      try {
        await run(m, w);
        await checkInvariants(m, w);
      } catch (error) {
        // The steps actually run (fast-check's list also shows those the model skipped).
        (error as Error).message += `\n  steps run: ${m.log.join(', ')}`;
        throw error;
      }
    },
    toString: () => label,
  };
}

const pick = <T>(list: T[], i: number): T => list[i % list.length];
const owns = (m: MarketModel, actor: ActorKey, customerId: string) => m.customer(customerId).owner === actor;
const hasCustomers = (m: MarketModel) => m.customers.length > 0;

const APPROVE = graphql(`
  mutation ModelApprove($id: ID!) {
    approveRequest(id: $id, note: "ok") {
      id
      status
    }
  }
`);
const RATE = graphql(`
  mutation ModelRequestRate($c: ID!, $r: Money!) {
    requestRateChange(customerId: $c, newRate: $r, reason: "model") {
      id
      status
    }
  }
`);
const REGISTER = graphql(`
  mutation ModelRegister($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
      status
      freightRate
      paymentTermDays
    }
  }
`);
const NOTICE = graphql(`
  mutation ModelNotice($c: ID!, $d: [Department!]!) {
    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: $d) {
      id
      signatures {
        department
      }
    }
  }
`);
const SIGN_NOTICE = graphql(`
  mutation ModelSignNotice($id: ID!, $d: Department!) {
    signOperationNotice(id: $id, department: $d) {
      status
    }
  }
`);

/**
 * A salesperson registers a prospect; most become ACTIVE through a new-customer notice every named
 * department signs, and most get a first rate the usual way: the owner asks, the DIRECTOR approves.
 */
const register = fc
  .record({
    sp: fc.constantFrom<ActorKey>('sp0', 'sp1'),
    activate: fc.constantFrom(true, true, false),
    rate: fc.constantFrom(true, true, false),
    dept: fc.nat(4),
  })
  .map(({ sp, activate, rate, dept }) =>
    step(
      `register(${sp}${activate ? ', activate' : ''}${rate ? ', first rate' : ''})`,
      (m) => m.customers.length < 6,
      async (m, w) => {
        const data = await w.expect('OK', sp, REGISTER, { input: registration() });
        const id = data.registerCustomer.id;
        m.customers.push({
          id,
          owner: sp,
          active: false,
          rates: [],
          termDays: data.registerCustomer.paymentTermDays,
          storageRate: null,
          storageRates: [{ from: '2000-01-01', rate: null }],
          pickups: 0,
        });
        if (activate) {
          const notice = (await w.expect('OK', sp, NOTICE, { c: id, d: [DEPARTMENTS[dept]] })).createOperationNotice;
          for (const s of notice.signatures)
            await w.expect('OK', s.department as (typeof DEPARTMENTS)[number], SIGN_NOTICE, {
              id: notice.id,
              d: s.department,
            });
          m.customer(id).active = true;
        }
        if (rate) {
          const newRate = 20_000 + 1_000 * dept;
          const r = (await w.expect('OK', sp, RATE, { c: id, r: money(newRate) })).requestRateChange;
          m.requests.push({ id: r.id, kind: 'RATE_CHANGE', customerId: id, filer: sp, status: 'PENDING', newRate });
          await w.expect('OK', 'director', APPROVE, { id: r.id });
          m.approve(m.requests[m.requests.length - 1], 'director');
        }
      },
    ),
  );

const ARREARS = graphql(`
  mutation ModelRequestArrears($c: ID!, $a: Money!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: $a, promisedDate: $d, reason: "model") {
      id
      status
    }
  }
`);
const DEDUCTION = graphql(`
  mutation ModelRequestDeduction($c: ID!, $a: Money!) {
    requestDeduction(customerId: $c, amount: $a, reason: "model") {
      id
      status
    }
  }
`);
const TERMS = graphql(`
  mutation ModelRequestTerms($c: ID!, $d: Int, $s: Money) {
    requestTermsChange(customerId: $c, paymentTermDays: $d, storageRate: $s, reason: "model") {
      id
      status
    }
  }
`);

function fileRequest(m: MarketModel, data: any, field: string, r: Omit<MRequest, 'id' | 'status'>) {
  if (data) m.requests.push({ ...r, id: data[field].id, status: 'PENDING' });
}

/**
 * The owner (or the other salesperson, refused) asks for a rate: from none, a raise, or a cut near the MANAGER's limit.
 */
const requestRate = fc
  .record({
    sp: fc.constantFrom<ActorKey>('sp0', 'sp1'),
    ci: fc.nat(99),
    change: fc.constantFrom(-30, -11, -10, -5, 0, 8, 25),
  })
  .map(({ sp, ci, change }) =>
    step(`requestRateChange(${sp}, customer#${ci}, ${change}%)`, hasCustomers, async (m, w) => {
      const c = pick(m.customers, ci);
      const current = m.currentRate(c);
      const newRate =
        current === null ? 30_000 + ci * 100 : Math.max(100, Math.round((current * (100 + change)) / 100));
      const expected: Outcome = owns(m, sp, c.id) ? 'OK' : 'FORBIDDEN';
      fileRequest(m, await w.expect(expected, sp, RATE, { c: c.id, r: money(newRate) }), 'requestRateChange', {
        kind: 'RATE_CHANGE',
        customerId: c.id,
        filer: sp,
        newRate,
      });
    }),
  );

/** Arrears in sizes that stack past the MANAGER's limit after a few approvals. */
const requestArrears = fc
  .record({
    sp: fc.constantFrom<ActorKey>('sp0', 'sp1'),
    ci: fc.nat(99),
    yuan: fc.constantFrom(500, 2_000, 20_000, 30_000, 49_999),
    days: fc.nat(20),
  })
  .map(({ sp, ci, yuan, days }) =>
    step(`requestArrears(${sp}, customer#${ci}, ${yuan}, +${days}d)`, hasCustomers, async (m, w) => {
      const c = pick(m.customers, ci);
      const promisedDate = addDays(m.today, days);
      const expected: Outcome = owns(m, sp, c.id) ? 'OK' : 'FORBIDDEN';
      fileRequest(
        m,
        await w.expect(expected, sp, ARREARS, { c: c.id, a: money(yuan * 100), d: promisedDate }),
        'requestArrears',
        { kind: 'ARREARS', customerId: c.id, filer: sp, amount: yuan * 100, promisedDate },
      );
    }),
  );

/** The COLLECTOR records a claim; a salesperson may not. */
const requestDeduction = fc
  .record({
    who: fc.constantFrom<ActorKey>('collector', 'collector', 'sp0'),
    ci: fc.nat(99),
    yuan: fc.constantFrom(1, 50, 3_000, 6_000, 9_999),
  })
  .map(({ who, ci, yuan }) =>
    step(`requestDeduction(${who}, customer#${ci}, ${yuan})`, hasCustomers, async (m, w) => {
      const c = pick(m.customers, ci);
      const expected: Outcome = who === 'collector' ? 'OK' : 'FORBIDDEN';
      fileRequest(m, await w.expect(expected, who, DEDUCTION, { c: c.id, a: money(yuan * 100) }), 'requestDeduction', {
        kind: 'DEDUCTION',
        customerId: c.id,
        filer: who,
        amount: yuan * 100,
      });
    }),
  );

const FREE = graphql(`
  mutation ModelRequestFree($k: ID!) {
    requestFreeShipment(consignmentId: $k, reason: "model") {
      id
      status
    }
  }
`);

/** The owner asks to waive one consignment's freight (CONFLICT when it already ships free). */
const requestFree = fc.record({ sp: fc.constantFrom<ActorKey>('sp0', 'sp1'), ki: fc.nat(99) }).map(({ sp, ki }) =>
  step(
    `requestFreeShipment(${sp}, consignment#${ki})`,
    (m) => m.consignments.length > 0,
    async (m, w) => {
      const k = pick(m.consignments, ki);
      const expected: Outcome = k.free ? 'CONFLICT' : owns(m, sp, k.customerId) ? 'OK' : 'FORBIDDEN';
      fileRequest(m, await w.expect(expected, sp, FREE, { k: k.id }), 'requestFreeShipment', {
        kind: 'FREE_SHIPMENT',
        customerId: k.customerId,
        filer: sp,
        consignmentId: k.id,
      });
    },
  ),
);

/** New payment terms and/or storage rate, by request only. */
const requestTerms = fc
  .record({
    sp: fc.constantFrom<ActorKey>('sp0', 'sp1'),
    ci: fc.nat(99),
    days: fc.option(fc.constantFrom(0, 7, 15, 45), { nil: null }),
    storage: fc.option(fc.constantFrom(50, 120), { nil: null }),
  })
  .map(({ sp, ci, days, storage }) =>
    step(`requestTermsChange(${sp}, customer#${ci}, ${days}d, ${storage})`, hasCustomers, async (m, w) => {
      const c = pick(m.customers, ci);
      const nothing = days === null && storage === null;
      // The arguments are checked before who may file.
      const expected: Outcome = nothing ? 'BAD_USER_INPUT' : !owns(m, sp, c.id) ? 'FORBIDDEN' : 'OK';
      const data = await w.expect(expected, sp, TERMS, {
        c: c.id,
        d: days,
        s: storage === null ? null : money(storage),
      });
      if (expected === 'OK')
        fileRequest(m, data, 'requestTermsChange', {
          kind: 'TERMS_CHANGE',
          customerId: c.id,
          filer: sp,
          termDays: days,
          storageRate: storage,
        });
    }),
  );

const REJECT = graphql(`
  mutation ModelReject($id: ID!) {
    rejectRequest(id: $id, note: "no") {
      id
      status
    }
  }
`);
const CONSENTS = graphql(`
  query ModelConsents {
    arrearsConsents {
      id
      request {
        id
      }
      signatures {
        department
      }
    }
  }
`);

/** A leader (or someone who may not decide) approves or rejects a request, fresh or already decided. */
const decide = fc
  .record({
    who: fc.constantFrom<ActorKey>('manager', 'manager', 'manager', 'director', 'director', 'collector', 'assistant'),
    ri: fc.nat(99),
    approve: fc.constantFrom(true, true, true, false),
    fresh: fc.constantFrom(true, true, true, false),
  })
  .map(({ who, ri, approve, fresh }) =>
    step(
      `${approve ? 'approve' : 'reject'}(${who}, request#${ri}${fresh ? ', pending' : ''})`,
      (m) => m.requests.length > 0,
      async (m, w) => {
        const pending = m.requests.filter((r) => r.status === 'PENDING');
        const r = fresh && pending.length ? pick(pending, ri) : pick(m.requests, ri);
        let expected: Outcome;
        if (who !== 'manager' && who !== 'director') expected = 'FORBIDDEN';
        else if (r.filer === who) expected = 'SELF_APPROVAL';
        else if (r.status !== 'PENDING') expected = 'CONFLICT';
        else if (approve && who === 'manager' && m.directorOnly(r)) expected = 'FORBIDDEN';
        else if (approve && m.cannotApply(r)) expected = 'CONFLICT';
        else expected = 'OK';
        if (approve) await w.expect(expected, who, APPROVE, { id: r.id });
        else await w.expect(expected, who, REJECT, { id: r.id });
        if (expected !== 'OK') return;
        if (!approve) {
          r.status = 'REJECTED';
          return;
        }
        await onApproved(m, w, r, who);
      },
    ),
  );

/** The model follows an approval; an arrears consent brings the departments that must sign it. */
async function onApproved(m: MarketModel, w: MarketWorld, r: MRequest, who: ActorKey) {
  m.approve(r, who);
  if (r.kind !== 'ARREARS') return;
  const consent = (await w.expect('OK', 'manager', CONSENTS)).arrearsConsents.find((a: any) => a.request.id === r.id);
  if (!consent) throw new Error(`approved arrears request ${r.id} wrote no consent`);
  m.consents.push({
    id: consent.id,
    requestId: r.id,
    customerId: r.customerId,
    amount: r.amount!,
    promisedDate: r.promisedDate!,
    departments: consent.signatures.map((s: any) => s.department),
    signed: [],
  });
}

/**
 * The MANAGER and the DIRECTOR approve one pending request at the same moment: one decision, and
 * the other gets CONFLICT (beyond the MANAGER's limit only the DIRECTOR decides: the MANAGER gets
 * FORBIDDEN, or CONFLICT when the DIRECTOR's decision came first).
 */
const raceDecide = fc.nat(99).map((ri) =>
  step(
    `approve(manager and director at once, request#${ri})`,
    (m) => m.requests.some((r) => r.status === 'PENDING' && r.filer !== 'manager' && r.filer !== 'director'),
    async (m, w) => {
      const r = pick(
        m.requests.filter((x) => x.status === 'PENDING' && x.filer !== 'manager' && x.filer !== 'director'),
        ri,
      );
      const [byManager, byDirector] = await Promise.all([
        w.call('manager', APPROVE, { id: r.id }),
        w.call('director', APPROVE, { id: r.id }),
      ]);
      const outcomes = [outcomeOf(byManager.errors), outcomeOf(byDirector.errors)];
      const allowed = m.cannotApply(r)
        ? [['CONFLICT', 'CONFLICT']]
        : m.directorOnly(r)
          ? // The MANAGER may never decide it: FORBIDDEN while it is pending, CONFLICT once the
            // DIRECTOR's decision committed first (the state is checked before the authority).
            [
              ['FORBIDDEN', 'OK'],
              ['CONFLICT', 'OK'],
            ]
          : [
              ['OK', 'CONFLICT'],
              ['CONFLICT', 'OK'],
            ];
      if (!allowed.some((a) => a.join() === outcomes.join()))
        throw new Error(
          `request ${r.id} approved at once: manager ${outcomes[0]}, director ${outcomes[1]}: ${JSON.stringify([byManager.errors, byDirector.errors])}`,
        );
      if (outcomes.includes('OK')) await onApproved(m, w, r, outcomes[0] === 'OK' ? 'manager' : 'director');
    },
  ),
);

const SIGN_CONSENT = graphql(`
  mutation ModelSignConsent($id: ID!, $d: Department!) {
    signArrearsConsent(id: $id, department: $d) {
      id
      status
    }
  }
`);

/** A department's head signs an arrears consent; it counts for pickups only when all have signed. */
const signConsent = fc.nat(99).map((ai) =>
  step(
    `signArrearsConsent(consent#${ai})`,
    (m) => m.consents.some((a) => a.signed.length < a.departments.length),
    async (m, w) => {
      const open = m.consents.filter((a) => a.signed.length < a.departments.length);
      const a = pick(open, ai);
      const d = a.departments.find((x) => !a.signed.includes(x))!;
      const head = d as (typeof DEPARTMENTS)[number];
      await w.expect('OK', head, SIGN_CONSENT, { id: a.id, d: head });
      a.signed.push(d);
    },
  ),
);

const CONSIGN = graphql(`
  mutation ModelConsign($input: RecordConsignmentInput!) {
    recordConsignment(input: $input) {
      id
      rate
      freight
      total
      shippedOn
    }
  }
`);
/** The DISPATCHER records goods but may not see a customer's money (the invariants read the freight from SQL). */
const CONSIGN_UNPRICED = graphql(`
  mutation ModelConsignUnpriced($input: RecordConsignmentInput!) {
    recordConsignment(input: $input) {
      id
      shippedOn
    }
  }
`);
let waybill = 0;

/** Goods shipped today or on a recent day, billed at the rate in force that day (none: RATE_NOT_APPROVED). */
const recordConsignment = fc
  .record({
    who: fc.constantFrom<ActorKey>('collector', 'collector', 'dispatcher', 'sp1'),
    ci: fc.nat(99),
    back: fc.constantFrom(0, 0, 0, 1, 3),
    kg: fc.integer({ min: 1, max: 40_000_000 }),
    fee: fc.nat(50_000),
  })
  .map(({ who, ci, back, kg, fee }) =>
    step(
      `recordConsignment(${who}, customer#${ci}, -${back}d, ${kg / 1000}kg, fee ${fee})`,
      hasCustomers,
      async (m, w) => {
        // Mostly customers with a rate, so goods flow; sometimes any (RATE_NOT_APPROVED).
        const rated = m.customers.filter((x) => x.rates.length);
        const c = rated.length && ci % 4 ? pick(rated, ci) : pick(m.customers, ci);
        const shippedOn = addDays(m.today, -back);
        const rate = m.rateOn(c, shippedOn);
        const expected: Outcome = who === 'sp1' ? 'FORBIDDEN' : rate === null ? 'RATE_NOT_APPROVED' : 'OK';
        const input = {
          customerId: c.id,
          waybillNo: `M-${process.pid}-${++waybill}`,
          shippedOn,
          origin: '上海',
          destination: '杭州',
          weightKg: kg / 1000,
          pieces: 1,
          countingFee: money(fee),
          handlingFee: '0',
          otherFee: '0',
        };
        const data =
          who === 'dispatcher'
            ? await w.expect(expected, who, CONSIGN_UNPRICED, { input })
            : await w.expect(expected, who, CONSIGN, { input });
        if (expected !== 'OK') return;
        // The DISPATCHER's answer has no freight or total.
        const k: { id: string; freight?: string; total?: string } = data.recordConsignment;
        const predicted = freight(kg, rate!);
        if (who !== 'dispatcher' && (fen(k.freight) !== predicted || fen(k.total) !== predicted + fee))
          throw new Error(
            `consignment ${k.id}: freight ${k.freight} total ${k.total}, the rule gives ${money(predicted)} + ${money(fee)}`,
          );
        m.consignments.push({
          id: k.id,
          customerId: c.id,
          shippedOn,
          weightGrams: kg,
          fees: fee,
          freight: predicted,
          statementId: null,
          free: false,
        });
      },
    ),
  );

const ISSUE = graphql(`
  mutation ModelIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {
    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {
      id
      status
      total
      lines {
        kind
        amount
      }
    }
  }
`);

/** The COLLECTOR issues a statement for a period ending today or a few days ago. */
const issueStatement = fc
  .record({ ci: fc.nat(99), endBack: fc.nat(4), length: fc.nat(6) })
  .map(({ ci, endBack, length }) =>
    step(`issueStatement(customer#${ci}, ends -${endBack}d, ${length + 1} days)`, hasCustomers, async (m, w) => {
      // Mostly customers with something unbilled; sometimes any (nothing to bill, or an overlap).
      const billable = m.customers.filter((x) =>
        m.consignments.some((k) => k.customerId === x.id && k.statementId === null),
      );
      const c = billable.length && ci % 4 ? pick(billable, ci) : pick(m.customers, ci);
      const end = addDays(m.today, -endBack);
      const start = addDays(end, -length);
      const overlapping = m.liveStatements(c.id).some((s) => s.start <= end && s.end >= start);
      const draft = m.draft(c.id, start, end);
      const lineCount = draft.consignments.length + draft.deductions.length + draft.storage.length;
      const empty = lineCount === 0;
      const expected: Outcome = overlapping ? 'CONFLICT' : empty || draft.total < 0 ? 'BAD_USER_INPUT' : 'OK';
      const data = await w.expect(expected, 'collector', ISSUE, { c: c.id, s: start, e: end });
      if (expected !== 'OK') return;
      const s = data.issueStatement;
      if (fen(s.total) !== draft.total || s.lines!.length !== lineCount) {
        throw new Error(
          `statement ${s.id}: total ${s.total} in ${s.lines!.length} lines; the model bills ${money(draft.total)} in ${draft.consignments.length} consignments, storage ${draft.storage.join('+')} and ${draft.deductions.length} deductions`,
        );
      }
      m.statements.push({ id: s.id, customerId: c.id, start, end, status: 'ISSUED', total: draft.total });
      for (const k of draft.consignments) k.statementId = s.id;
      for (const d of draft.deductions) d.statementId = s.id;
    }),
  );

const CONFIRM = graphql(`
  mutation ModelConfirm($id: ID!) {
    confirmStatement(id: $id, confirmedBy: "客户") {
      id
      status
      dueDate
    }
  }
`);
const VOID = graphql(`
  mutation ModelVoid($id: ID!) {
    voidStatement(id: $id, reason: "model") {
      id
      status
    }
  }
`);

/** The customer confirms (a receivable) or the COLLECTOR voids (lines released); both only while ISSUED. */
const settleStatement = fc.record({ si: fc.nat(99), confirm: fc.boolean() }).map(({ si, confirm }) =>
  step(
    `${confirm ? 'confirm' : 'void'}Statement(statement#${si})`,
    (m) => m.statements.length > 0,
    async (m, w) => {
      const issued = m.statements.filter((s) => s.status === 'ISSUED');
      const s: MStatement = issued.length && si % 4 !== 0 ? pick(issued, si) : pick(m.statements, si);
      const expected: Outcome = s.status === 'ISSUED' ? 'OK' : 'CONFLICT';
      const confirmed = confirm ? await w.expect(expected, 'collector', CONFIRM, { id: s.id }) : null;
      if (!confirm) await w.expect(expected, 'collector', VOID, { id: s.id });
      if (expected !== 'OK') return;
      if (confirmed) {
        m.confirm(s);
        const due = m.receivables[m.receivables.length - 1].dueDate;
        if (confirmed.confirmStatement.dueDate !== due)
          throw new Error(`statement ${s.id} due ${confirmed.confirmStatement.dueDate}, the terms give ${due}`);
        return;
      }
      s.status = 'VOID';
      const c = m.customer(s.customerId);
      for (const k of m.consignments.filter((x) => x.statementId === s.id)) {
        k.statementId = null;
        if (k.free) continue;
        // Released consignments are priced again at the rate in force on their day.
        k.freight = freight(k.weightGrams, m.rateOn(c, k.shippedOn)!);
      }
      for (const r of m.requests.filter((x) => x.statementId === s.id)) r.statementId = null;
    },
  ),
);

const OCCUPY = graphql(`
  mutation ModelOccupy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {
    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {
      id
    }
  }
`);
const END_OCCUPANCY = graphql(`
  mutation ModelEndOccupancy($id: ID!, $d: LocalDate!) {
    endStorageOccupancy(id: $id, lastDay: $d) {
      id
    }
  }
`);

/**
 * A leader records the area a customer occupies from a recent day (a new area ends the open one
 * the day before; one area per day; days a live statement bills never change).
 */
const recordStorage = fc
  .record({
    who: fc.constantFrom<ActorKey>('manager', 'manager', 'collector'),
    ci: fc.nat(99),
    back: fc.nat(6),
    days: fc.option(fc.nat(5), { nil: null }),
    area: fc.integer({ min: 1, max: 50_000 }),
  })
  .map(({ who, ci, back, days, area }) =>
    step(
      `recordStorageOccupancy(${who}, customer#${ci}, -${back}d, ${days === null ? 'open' : `${days + 1} days`}, ${area / 100}m²)`,
      hasCustomers,
      async (m, w) => {
        const c = pick(m.customers, ci);
        const from = addDays(m.today, -back);
        const to = days === null ? null : addDays(from, days);
        const mine = m.occupancies
          .filter((o) => o.customerId === c.id)
          .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
        const open = mine.find((o) => o.to === null && o.from < from) ?? null;
        const clash = mine.some((o) => o !== open && !(to !== null && to < o.from) && !(o.to !== null && o.to < from));
        const expected: Outcome =
          who === 'collector'
            ? 'FORBIDDEN'
            : clash
              ? 'BAD_USER_INPUT'
              : m.billsDays(c.id, from, open ? null : to)
                ? 'CONFLICT'
                : 'OK';
        const data = await w.expect(expected, who, OCCUPY, { c: c.id, a: area / 100, f: from, t: to });
        if (expected !== 'OK') return;
        if (open) open.to = addDays(from, -1);
        m.occupancies.push({ id: data.recordStorageOccupancy.id, customerId: c.id, areaCenti: area, from, to });
      },
    ),
  );

/** A leader ends (or moves the end of) an occupancy. */
const endStorage = fc.record({ oi: fc.nat(99), back: fc.integer({ min: -2, max: 6 }) }).map(({ oi, back }) =>
  step(
    `endStorageOccupancy(occupancy#${oi}, -${back}d)`,
    (m) => m.occupancies.length > 0,
    async (m, w) => {
      const o = pick(m.occupancies, oi);
      const lastDay = addDays(m.today, -back);
      let expected: Outcome = 'OK';
      let change = true;
      if (lastDay < o.from) expected = 'BAD_USER_INPUT';
      else if (o.to === lastDay) change = false;
      else {
        const extends_ = o.to !== null && lastDay > o.to;
        const first = extends_ ? addDays(o.to!, 1) : addDays(lastDay, 1);
        const last = extends_ ? lastDay : o.to;
        const clash =
          extends_ &&
          m.occupancies.some(
            (x) =>
              x !== o &&
              x.customerId === o.customerId &&
              !(x.to !== null && x.to < first) &&
              !(last !== null && last < x.from),
          );
        if (clash) expected = 'BAD_USER_INPUT';
        else if (m.billsDays(o.customerId, first, last)) expected = 'CONFLICT';
      }
      await w.expect(expected, 'manager', END_OCCUPANCY, { id: o.id, d: lastDay });
      if (expected === 'OK' && change) o.to = lastDay;
    },
  ),
);

const PAY = graphql(`
  mutation ModelPay($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {
    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: "BANK", idempotencyKey: $k) {
      id
      customer {
        balance
      }
    }
  }
`);
let paymentKey = 0;

/** Money received today or earlier (random amounts through the API's Money scalar). */
const recordPayment = fc
  .record({ ci: fc.nat(99), amount: fc.integer({ min: 1, max: 20_000_000 }), back: fc.nat(5) })
  .map(({ ci, amount, back }) =>
    step(`recordPayment(customer#${ci}, ${money(amount)}, -${back}d)`, hasCustomers, async (m, w) => {
      const c = pick(m.customers, ci);
      const data = await w.expect('OK', 'collector', PAY, {
        c: c.id,
        a: money(amount),
        d: addDays(m.today, -back),
        k: `model-${process.pid}-${++paymentKey}`,
      });
      m.pay(c.id, amount);
      if (fen(data.recordPayment.customer.balance) !== m.balance(c.id))
        throw new Error(
          `payment: balance ${data.recordPayment.customer.balance}, the model says ${money(m.balance(c.id))}`,
        );
    }),
  );

const PICKUP = graphql(`
  mutation ModelPickup($c: ID!, $d: LocalDate!) {
    createPickupNotice(customerId: $c, pickupDate: $d, goods: "货物") {
      id
    }
  }
`);

/** A pickup notice for a customer that meets the conditions now, and a refusal otherwise. */
const createPickup = fc
  .record({ who: fc.constantFrom<ActorKey>('sp0', 'sp1', 'manager'), ci: fc.nat(99) })
  .map(({ who, ci }) =>
    step(`createPickupNotice(${who}, customer#${ci})`, hasCustomers, async (m, w) => {
      const c = pick(m.customers, ci);
      const expected: Outcome =
        who !== 'manager' && !owns(m, who, c.id)
          ? 'FORBIDDEN'
          : m.pickupRefusal(c.id)
            ? 'PICKUP_CONDITIONS_NOT_MET'
            : 'OK';
      await w.expect(expected, who, PICKUP, { c: c.id, d: addDays(m.today, 1) });
      if (expected === 'OK') c.pickups++;
    }),
  );

/** Days pass: receivables fall due, promises expire, approved rates come into force. */
const nextDays = fc.integer({ min: 1, max: 12 }).map((days) =>
  step(
    `nextDays(${days})`,
    (m) => addDays(m.today, days) <= m.lastDay,
    async (m, w) => {
      m.today = addDays(m.today, days);
      w.setToday(m.today);
    },
  ),
);

const PEEK = graphql(`
  query ModelPeek($id: ID!) {
    customer(id: $id) {
      id
      contacts {
        phone
      }
      balance
    }
  }
`);
const PEEK_ALL = graphql(`
  query ModelPeekAll {
    customers(first: 100) {
      edges {
        node {
          id
          owner {
            id
          }
          contacts {
            phone
          }
          balance
        }
      }
    }
  }
`);

/** A salesperson looks at a customer and at the list: another's contacts and money never reach them. */
const peek = fc.record({ sp: fc.constantFrom<ActorKey>('sp0', 'sp1'), ci: fc.nat(99) }).map(({ sp, ci }) =>
  step(`peek(${sp}, customer#${ci})`, hasCustomers, async (m, w) => {
    const c = pick(m.customers, ci);
    const one = await w.call(sp, PEEK, { id: c.id });
    const own = c.owner === sp;
    const node = one.data?.customer;
    const refused = (field: string) =>
      (one.errors ?? []).some((e) => e.path?.join('.') === `customer.${field}` && e.extensions?.code === 'FORBIDDEN');
    if (own && (one.errors?.length || node?.contacts === null || fen(node?.balance) !== m.balance(c.id)))
      throw new Error(`owner ${sp} of ${c.id} got ${JSON.stringify(one)}`);
    if (!own && (node?.contacts !== null || node?.balance !== null || !refused('contacts') || !refused('balance')))
      throw new Error(`${sp} got another's customer ${c.id}: ${JSON.stringify(one)}`);
    const all = await w.call(sp, PEEK_ALL);
    const me = String(w.actors[sp].staff.id);
    for (const e of all.data?.customers.edges ?? []) {
      if (e.node.owner.id !== me && (e.node.contacts !== null || e.node.balance !== null))
        throw new Error(`${sp} listed another's customer ${e.node.id} with ${JSON.stringify(e.node)}`);
    }
  }),
);

export interface CommandOptions {
  terms: boolean;
}

/** Every step the model knows, weighted towards the money flow (a few customers, many operations each). */
export function marketCommands(options: CommandOptions) {
  const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
  return [
    w(3, register),
    w(5, requestRate),
    w(2, requestArrears),
    w(2, requestDeduction),
    w(2, requestFree),
    ...(options.terms ? [w(2, requestTerms)] : []),
    w(9, decide),
    w(1, raceDecide),
    w(2, signConsent),
    w(8, recordConsignment),
    w(5, issueStatement),
    w(4, settleStatement),
    w(3, recordPayment),
    w(2, recordStorage),
    w(1, endStorage),
    w(3, createPickup),
    w(2, nextDays),
    w(1, peek),
  ];
}
