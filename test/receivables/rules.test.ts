import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, makeHeads, pay, recordConsignment } from '../support/money-factories';
import { Department, Role } from '../../src/domain/roles';
import { CustomerRate, INITIAL_RATE_DATE } from '../../src/features/consignments/customer-rate.entity';
import { addDays, localDateIn } from '../../src/time';

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let collector: Caller;
let manager: Caller;
let owner: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  manager = await app.staff(Role.MANAGER);
  owner = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());
const today = () => localDateIn('Asia/Shanghai', new Date());
const Approve = graphql(`
  mutation RulesTestApprove($id: ID!) {
    approveRequest(id: $id) {
      status
    }
  }
`);
const RequestDeduction = graphql(`
  mutation RulesTestDeduction($c: ID!) {
    requestDeduction(customerId: $c, amount: "10.00", reason: "short delivery verified") {
      id
    }
  }
`);
const VoidStatement = graphql(`
  mutation RulesTestVoid($id: ID!) {
    voidStatement(id: $id, reason: "redo") {
      id
    }
  }
`);
const RequestFree = graphql(`
  mutation RulesTestFree($c: ID!) {
    requestFreeShipment(consignmentId: $c, reason: "goodwill") {
      id
    }
  }
`);
const RequestArrears = graphql(`
  mutation RulesTestArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "late") {
      id
    }
  }
`);
const OverdueConsents = graphql(`
  query RulesTestOverdue {
    arrearsConsents(overdue: true) {
      customer {
        id
      }
      handler {
        id
        name
      }
      unpaidAmount
    }
  }
`);
const AllConsents = graphql(`
  query RulesTestConsents {
    arrearsConsents {
      customer {
        id
      }
      unpaidAmount
    }
  }
`);
const SignConsent = graphql(`
  mutation RulesTestSignConsent($id: ID!, $d: Department!) {
    signArrearsConsent(id: $id, department: $d) {
      id
    }
  }
`);
const Balance = graphql(`
  query RulesTestBalance($c: ID!) {
    customer(id: $c) {
      balance
    }
  }
`);
const Receivables = graphql(`
  query RulesTestReceivables($f: ReceivableFilter) {
    receivables(filter: $f) {
      totalCount
      edges {
        node {
          dueDate
          overdue
          settled
          outstanding
        }
      }
    }
  }
`);
const approve = (id: string) => app.ok(Approve, { id }, manager);

describe('the rate in force on the shipped date', () => {
  it('is the latest history row on or before it (later row wins on the same day), else the initial rate', async () => {
    const c = await makeCustomer(app, owner, { freightRate: 40000 });
    const repo = app.db.getRepository(CustomerRate);
    await repo.insert([
      { customerId: c.id, rate: 30000, effectiveFrom: INITIAL_RATE_DATE, requestId: null },
      { customerId: c.id, rate: 35000, effectiveFrom: '2026-03-01', requestId: null },
      { customerId: c.id, rate: 36000, effectiveFrom: '2026-05-01', requestId: null },
      { customerId: c.id, rate: 40000, effectiveFrom: '2026-05-01', requestId: null },
    ]);
    const rateOn = async (shippedOn: string) => (await recordConsignment(app, collector, c.id, { shippedOn })).rate;
    expect(await rateOn('2026-02-28')).toBe('300.00');
    expect(await rateOn('2026-03-01')).toBe('350.00');
    expect(await rateOn('2026-04-30')).toBe('350.00');
    expect(await rateOn('2026-05-01')).toBe('400.00');
    expect(await rateOn('2026-09-01')).toBe('400.00');
    // Without history, the customer's rate applies.
    const fresh = await makeCustomer(app, owner, { freightRate: 12345 });
    expect((await recordConsignment(app, collector, fresh.id, { shippedOn: '2020-01-01' })).rate).toBe('123.45');
  });
});

describe('deductions and free shipments on statements', () => {
  it('a deduction is never on two live statements; voiding releases it', async () => {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-04-03' });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-05-03' });
    const r = await app.ok(RequestDeduction, { c: String(c.id) }, collector);
    await approve(r.requestDeduction.id);
    const april = await issueStatement(app, collector, c.id, '2026-04-01', '2026-04-30');
    expect(april.lines!.map((l: any) => l.kind)).toEqual(['CONSIGNMENT', 'DEDUCTION']);
    const may = await issueStatement(app, collector, c.id, '2026-05-01', '2026-05-31');
    expect(may.lines!.map((l: any) => l.kind)).toEqual(['CONSIGNMENT']);
    await app.ok(VoidStatement, { id: april.id }, collector);
    await app.ok(VoidStatement, { id: may.id }, collector);
    const again = await issueStatement(app, collector, c.id, '2026-05-01', '2026-05-31');
    // April's consignment, released by the void, is billed late on the next statement, not lost.
    expect(again.lines!.map((l: any) => [l.kind, l.amount])).toEqual([
      ['CONSIGNMENT', '300.00'],
      ['CONSIGNMENT', '300.00'],
      ['DEDUCTION', '-10.00'],
    ]);
    expect(await count(app, 'statement_line', 'liveDeductionId = ?', [Number(r.requestDeduction.id)])).toBe(1);
  });

  it('a free shipment cannot be approved for a consignment on a live statement', async () => {
    const c = await makeCustomer(app, owner);
    const cons = await recordConsignment(app, collector, c.id, { shippedOn: '2026-06-03' });
    const r = await app.ok(RequestFree, { c: cons.id }, owner);
    await issueStatement(app, collector, c.id, '2026-06-01', '2026-06-30');
    const res = await app.exec(Approve, { id: r.requestFreeShipment.id }, manager);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(
      (await app.db.query('SELECT status FROM approval_request WHERE id = ?', [Number(r.requestFreeShipment.id)]))[0]
        .status,
    ).toBe('PENDING');
    expect(
      Number((await app.db.query('SELECT freight FROM consignment WHERE id = ?', [Number(cons.id)]))[0].freight),
    ).toBe(30000);
  });
});

describe('arrears and receivables lists', () => {
  it('arrearsConsents(overdue: true) lists passed promises while the customer owes, with the handler', async () => {
    const c = await makeCustomer(app, owner, { paymentTermDays: 0 });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-03-03' });
    const s = await issueStatement(app, collector, c.id, '2026-03-01', '2026-03-31');
    await confirmStatement(app, collector, s.id);
    // Past due for ten days (test setup only: the API sets the due date from the confirmation day).
    await app.db.query('UPDATE receivable SET dueDate = ? WHERE statementId = ?', [
      addDays(today(), -10),
      Number(s.id),
    ]);
    const r = await app.ok(RequestArrears, { c: String(c.id), d: today() }, owner);
    await approve(r.requestArrears.id);
    // The promise has since passed (test setup only: a promise is never filed in the past).
    await app.db.query('UPDATE arrears_consent SET promisedDate = ? WHERE requestId = ?', [
      addDays(today(), -1),
      Number(r.requestArrears.id),
    ]);
    const q = OverdueConsents;
    // A consent counts, and so can be overdue, only once every department it names has signed.
    expect((await app.ok(q, {}, manager)).arrearsConsents.filter((a) => a.customer.id === String(c.id))).toEqual([]);
    const heads = await makeHeads(app, [Department.FINANCE, Department.MARKET]);
    const [consent] = await app.db.query('SELECT id FROM arrears_consent WHERE requestId = ?', [
      Number(r.requestArrears.id),
    ]);
    for (const d of [Department.FINANCE, Department.MARKET]) {
      await app.ok(SignConsent, { id: String(consent.id), d }, heads[d]);
    }
    const listed = (await app.ok(q, {}, manager)).arrearsConsents.filter((a) => a.customer.id === String(c.id));
    expect(listed).toEqual([
      {
        customer: { id: String(c.id) },
        handler: { id: String(owner.staff.id), name: owner.staff.name },
        unpaidAmount: '300.00',
      },
    ]);
    expect((await app.ok(q, {}, owner)).arrearsConsents).toHaveLength(1);
    expect((await app.ok(q, {}, await app.staff(Role.SALESPERSON))).arrearsConsents).toHaveLength(0);
    await pay(app, collector, c.id, '300.00', `arr-${c.id}`);
    expect((await app.ok(q, {}, manager)).arrearsConsents.filter((a) => a.customer.id === String(c.id))).toEqual([]);
    // A new statement confirmed today is owed but not yet past due: not arrears, and not listed.
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-04-03' });
    await confirmStatement(app, collector, (await issueStatement(app, collector, c.id, '2026-04-01', '2026-04-30')).id);
    expect((await app.ok(Balance, { c: String(c.id) }, manager)).customer!.balance).toBe('300.00');
    expect((await app.ok(q, {}, manager)).arrearsConsents.filter((a) => a.customer.id === String(c.id))).toEqual([]);
    const all = (await app.ok(AllConsents, {}, manager)).arrearsConsents.filter((a) => a.customer.id === String(c.id));
    expect(all).toEqual([{ customer: { id: String(c.id) }, unpaidAmount: '0.00' }]);
  });

  it('receivables: filters, and a salesperson sees own customers only', async () => {
    const c = await makeCustomer(app, owner, { paymentTermDays: 10 });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-02-03' });
    const s = await issueStatement(app, collector, c.id, '2026-02-01', '2026-02-28');
    await confirmStatement(app, collector, s.id);
    const q = Receivables;
    const mine = await app.ok(q, { f: { customerId: String(c.id) } }, owner);
    expect(mine.receivables.edges[0].node).toEqual({
      dueDate: addDays(today(), 10),
      overdue: false,
      settled: false,
      outstanding: '300.00',
    });
    expect(
      (await app.ok(q, { f: { customerId: String(c.id) } }, await app.staff(Role.SALESPERSON))).receivables.totalCount,
    ).toBe(0);
    expect(
      (await app.ok(q, { f: { ownerId: String(owner.staff.id), settled: false } }, collector)).receivables.totalCount,
    ).toBeGreaterThanOrEqual(1);
    expect(
      (await app.ok(q, { f: { customerId: String(c.id), overdue: true } }, collector)).receivables.totalCount,
    ).toBe(0);
    await app.db.query('UPDATE receivable SET dueDate = ? WHERE statementId = ?', [addDays(today(), -1), Number(s.id)]);
    expect(
      (await app.ok(q, { f: { customerId: String(c.id), overdue: true } }, collector)).receivables.totalCount,
    ).toBe(1);
    await pay(app, collector, c.id, '300.00', `rcv-${c.id}`);
    expect(
      (await app.ok(q, { f: { customerId: String(c.id), settled: true } }, collector)).receivables.totalCount,
    ).toBe(1);
    expect(errorCodes(await app.exec(q, {}, await app.staff(Role.DISPATCHER)))).toEqual(['FORBIDDEN']);
  });
});
