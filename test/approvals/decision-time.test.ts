import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { addDays, localDateIn } from '../../src/time';

/*
 * Limits are judged when the decision is made, on the state at that moment: a rate cut against
 * the rate in force now, arrears on the customer's unexpired total, deductions on the open
 * statement period's total. Splitting, stacking or racing requests never gets under a limit.
 */

const SetDecisionTimePolicy = graphql(`
  mutation DecisionTimeSetPolicy {
    setApprovalPolicy(
      maxManagerRateCutPercent: 10
      maxManagerArrearsAmount: "500.00"
      maxManagerDeductionAmount: "100.00"
    ) {
      maxManagerRateCutPercent
    }
  }
`);
const Approve = graphql(`
  mutation DecisionTimeApprove($id: ID!) {
    approveRequest(id: $id) {
      id
      status
    }
  }
`);
const RequestRate = graphql(`
  mutation DecisionTimeRequestRate($c: ID!, $r: Money!) {
    requestRateChange(customerId: $c, newRate: $r, reason: "market") {
      id
      oldRate
    }
  }
`);
const RequestArrears = graphql(`
  mutation DecisionTimeRequestArrears($c: ID!, $a: Money!, $p: LocalDate!) {
    requestArrears(customerId: $c, amount: $a, promisedDate: $p, reason: "cash flow") {
      id
    }
  }
`);
const RequestDeduction = graphql(`
  mutation DecisionTimeRequestDeduction($c: ID!, $a: Money!) {
    requestDeduction(customerId: $c, amount: $a, reason: "damaged carton, verified") {
      id
    }
  }
`);

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let collector: Caller;
let manager: Caller;
let manager2: Caller;
let director: Caller;
let sales: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  manager = await app.staff(Role.MANAGER);
  manager2 = await app.staff(Role.MANAGER);
  director = await app.staff(Role.DIRECTOR);
  sales = await app.staff(Role.SALESPERSON);
  // 10% rate cuts, 500.00 of arrears and 100.00 of deductions for a MANAGER.
  await app.ok(SetDecisionTimePolicy, {}, director);
});
afterAll(() => app.stop());

const today = () => localDateIn('Asia/Shanghai', new Date());
const approve = (id: string, caller: Caller) => app.exec(Approve, { id }, caller);
const status = async (id: string) =>
  (await app.db.query('SELECT status FROM approval_request WHERE id = ?', [Number(id)]))[0].status;
const rate = async (c: Customer) => (await app.db.getRepository(Customer).findOneByOrFail({ id: c.id })).freightRate;

async function requestRate(c: Customer, newRate: string): Promise<string> {
  const d = await app.ok(RequestRate, { c: String(c.id), r: newRate }, sales);
  return d.requestRateChange.id;
}
async function requestArrears(c: Customer, amount: string, promisedDate = addDays(today(), 20)): Promise<string> {
  const d = await app.ok(RequestArrears, { c: String(c.id), a: amount, p: promisedDate }, sales);
  return d.requestArrears.id;
}
async function requestDeduction(c: Customer, amount: string): Promise<string> {
  const d = await app.ok(RequestDeduction, { c: String(c.id), a: amount }, collector);
  return d.requestDeduction.id;
}

describe('a rate cut is measured against the rate in force when decided', () => {
  it('a raise and a cut filed together and approved in turn: the cut is judged against the raised rate (MANAGER FORBIDDEN, DIRECTOR may)', async () => {
    const c = await makeCustomer(app, sales, { freightRate: 20000 });
    const raise = await requestRate(c, '400.00');
    const cut = await requestRate(c, '220.00'); // filed as a 10% raise over 200.00
    expect((await approve(raise, manager)).errors).toBeUndefined();
    expect(await rate(c)).toBe(40000);
    const denied = await approve(cut, manager);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors![0].message).toMatch(/rate in force now \(from 400\.00 to 220\.00\) needs a DIRECTOR/);
    expect(await status(cut)).toBe('PENDING');
    expect(await rate(c)).toBe(40000);
    expect((await approve(cut, director)).errors).toBeUndefined();
    expect(await rate(c)).toBe(22000);
  });

  it('a stale request is decided on the current rate: within the limit of the rate now, a MANAGER approves it', async () => {
    const c = await makeCustomer(app, sales, { freightRate: 30000 });
    const raise = await requestRate(c, '330.00');
    const back = await requestRate(c, '300.00'); // filed as no change; now a 9.09% cut of 330.00
    await approve(raise, director);
    expect((await approve(back, manager)).errors).toBeUndefined();
    expect(await rate(c)).toBe(30000);
  });

  it("a raise and a disguised cut decided at the same moment: the MANAGER's decision never lands a cut beyond the limit", async () => {
    for (let i = 0; i < 5; i++) {
      const c = await makeCustomer(app, sales, { freightRate: 30000 });
      const raise = await requestRate(c, '400.00');
      const disguised = await requestRate(c, '320.00'); // a raise over 300.00, a 20% cut of 400.00
      const [byDirector, byManager] = await Promise.all([approve(raise, director), approve(disguised, manager)]);
      expect(byDirector.errors).toBeUndefined();
      // Either the manager decided first (a raise to 320.00, then 400.00) or after (FORBIDDEN): the rate ends at 400.00
      // both ways.
      expect(['OK', 'FORBIDDEN']).toContain(errorCodes(byManager)[0] ?? 'OK');
      expect(await rate(c)).toBe(40000);
    }
  });
});

describe("arrears: the limit applies to the customer's total of unexpired approved arrears including the new one", () => {
  it('two arrears each under the limit: the second takes the total over it (MANAGER FORBIDDEN, DIRECTOR may)', async () => {
    const c = await makeCustomer(app, sales);
    const first = await requestArrears(c, '300.00');
    const second = await requestArrears(c, '300.00');
    expect((await approve(first, manager)).errors).toBeUndefined();
    const denied = await approve(second, manager);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors![0].message).toMatch(/would total 600\.00/);
    expect(await count(app, 'arrears_consent', 'customerId = ?', [c.id])).toBe(1);
    expect((await approve(second, director)).errors).toBeUndefined();
  });

  it("expired arrears no longer count; other customers' never do", async () => {
    const c = await makeCustomer(app, sales);
    const other = await makeCustomer(app, sales);
    await approve(await requestArrears(other, '450.00'), manager);
    const old = await requestArrears(c, '450.00');
    await approve(old, manager);
    // Test setup: the first consent's promised date has passed.
    await app.db.query('UPDATE arrears_consent SET promisedDate = ? WHERE requestId = ?', [
      addDays(today(), -1),
      Number(old),
    ]);
    expect((await approve(await requestArrears(c, '450.00'), manager)).errors).toBeUndefined();
  });

  it('two arrears approved at the same moment by two managers: one is approved, the other FORBIDDEN', async () => {
    for (let i = 0; i < 5; i++) {
      const c = await makeCustomer(app, sales);
      const a = await requestArrears(c, '300.00');
      const b = await requestArrears(c, '300.00');
      const results = await Promise.all([approve(a, manager), approve(b, manager2)]);
      expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['FORBIDDEN', 'OK']);
      expect(await count(app, 'arrears_consent', 'customerId = ?', [c.id])).toBe(1);
    }
  });
});

describe("deductions: the limit applies to the customer's total in one statement period", () => {
  it('two deductions in one period: the second takes the total over the limit', async () => {
    const c = await makeCustomer(app, sales);
    const first = await requestDeduction(c, '60.00');
    const second = await requestDeduction(c, '60.00');
    expect((await approve(first, manager)).errors).toBeUndefined();
    const denied = await approve(second, manager);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors![0].message).toMatch(/in one statement period need a DIRECTOR.*120\.00/);
    expect(await status(second)).toBe('PENDING');
  });

  it('a deduction on an issued statement still counts (voiding would carry it over); once confirmed, the next period starts afresh', async () => {
    const c = await makeCustomer(app, sales);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-09-03', weightKg: 1000 });
    await approve(await requestDeduction(c, '80.00'), manager);
    const st = await issueStatement(app, collector, c.id, '2026-09-01', '2026-09-30');
    expect(st.lines!.map((l: any) => l.amount)).toContain('-80.00');
    const next = await requestDeduction(c, '50.00');
    expect(errorCodes(await approve(next, manager))).toEqual(['FORBIDDEN']);
    await confirmStatement(app, collector, st.id);
    expect((await approve(next, manager)).errors).toBeUndefined();
  });

  it('two deductions approved at the same moment by two managers: one is approved, the other FORBIDDEN', async () => {
    for (let i = 0; i < 5; i++) {
      const c = await makeCustomer(app, sales);
      const a = await requestDeduction(c, '70.00');
      const b = await requestDeduction(c, '70.00');
      const results = await Promise.all([approve(a, manager), approve(b, manager2)]);
      expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['FORBIDDEN', 'OK']);
    }
  });
});
