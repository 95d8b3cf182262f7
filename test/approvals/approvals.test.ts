import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { count, issueStatement, makeHeads, recordConsignment } from '../support/money-factories';
import { Department, Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { addDays, localDateIn } from '../../src/time';

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let collector: Caller;
let manager: Caller;
let director: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  manager = await app.staff(Role.MANAGER);
  director = await app.staff(Role.DIRECTOR);
});
afterAll(() => app.stop());

graphql(`
  fragment ApprovalsTestRequest on ApprovalRequest {
    id
    kind
    status
    requester {
      id
    }
    decidedBy {
      id
    }
    note
    newRate
    oldRate
    amount
    promisedDate
    method
    departments
  }
`);
const Approve = graphql(`
  mutation ApprovalsTestApprove($id: ID!) {
    approveRequest(id: $id, note: "ok") {
      ...ApprovalsTestRequest
    }
  }
`);
const Reject = graphql(`
  mutation ApprovalsTestReject($id: ID!, $note: String!) {
    rejectRequest(id: $id, note: $note) {
      ...ApprovalsTestRequest
    }
  }
`);
const RequestRate = graphql(`
  mutation ApprovalsTestRate($c: ID!, $rate: Money! = "290.00") {
    r: requestRateChange(customerId: $c, newRate: $rate, reason: "volume") {
      ...ApprovalsTestRequest
    }
  }
`);
const RequestFree = graphql(`
  mutation ApprovalsTestFree($c: ID!) {
    r: requestFreeShipment(consignmentId: $c, reason: "damaged goods compensation") {
      ...ApprovalsTestRequest
    }
  }
`);
const RequestSettlement = graphql(`
  mutation ApprovalsTestSettlement($c: ID!) {
    r: requestSettlementChange(customerId: $c, method: MONTHLY, reason: "big account") {
      ...ApprovalsTestRequest
    }
  }
`);
const RequestArrears = graphql(`
  mutation ApprovalsTestArrears($c: ID!, $d: LocalDate!) {
    r: requestArrears(customerId: $c, amount: "1000.00", promisedDate: $d, reason: "cash flow") {
      ...ApprovalsTestRequest
    }
  }
`);
const RequestDeduction = graphql(`
  mutation ApprovalsTestDeduction($c: ID!) {
    r: requestDeduction(customerId: $c, amount: "120.50", reason: "broken carton verified by warehouse") {
      ...ApprovalsTestRequest
    }
  }
`);
const RequestSpecial = graphql(`
  mutation ApprovalsTestSpecial($c: ID!) {
    r: requestSpecialOperation(customerId: $c, details: "night delivery", departments: [DISPATCH, WAREHOUSE]) {
      ...ApprovalsTestRequest
    }
  }
`);
const SetPolicy = graphql(`
  mutation ApprovalsTestSetPolicy($cut: Int!, $arrears: Money!, $deduction: Money!) {
    setApprovalPolicy(
      maxManagerRateCutPercent: $cut
      maxManagerArrearsAmount: $arrears
      maxManagerDeductionAmount: $deduction
    ) {
      maxManagerRateCutPercent
      maxManagerArrearsAmount
    }
  }
`);
const Policy = graphql(`
  query ApprovalsTestPolicy {
    approvalPolicy {
      maxManagerRateCutPercent
      maxManagerArrearsAmount
      maxManagerDeductionAmount
    }
  }
`);
const VoidStatement = graphql(`
  mutation ApprovalsTestVoid($id: ID!) {
    voidStatement(id: $id, reason: "rate changed") {
      id
    }
  }
`);
const SettlementNotice = graphql(`
  mutation ApprovalsTestNotice($c: ID!, $r: ID) {
    createOperationNotice(customerId: $c, kind: SETTLEMENT_CHANGE, departments: [FINANCE], requestId: $r) {
      id
      method
    }
  }
`);
const SignNotice = graphql(`
  mutation ApprovalsTestSignNotice($id: ID!, $d: Department!) {
    signOperationNotice(id: $id, department: $d) {
      status
    }
  }
`);
const Consents = graphql(`
  query ApprovalsTestConsents {
    arrearsConsents {
      id
      amount
      promisedDate
      status
      handler {
        id
      }
      customer {
        id
      }
      signatures {
        department
        signer {
          id
        }
      }
    }
  }
`);
const SignConsent = graphql(`
  mutation ApprovalsTestSignConsent($id: ID!, $d: Department!) {
    signArrearsConsent(id: $id, department: $d) {
      status
    }
  }
`);
const SignLiaison = graphql(`
  mutation ApprovalsTestSignLiaison($id: ID!, $d: Department!) {
    signLiaisonForm(requestId: $id, department: $d) {
      formStatus
      signatures {
        department
        signedAt
      }
    }
  }
`);
const SpecialRequests = graphql(`
  query ApprovalsTestSpecialList {
    approvalRequests(first: 100, kind: SPECIAL_OPERATION) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const OneRequest = graphql(`
  query ApprovalsTestOne($id: ID!) {
    approvalRequest(id: $id) {
      id
    }
  }
`);
const MyRequests = graphql(`
  query ApprovalsTestMine {
    approvalRequests(first: 100) {
      edges {
        node {
          requester {
            id
          }
        }
      }
    }
  }
`);
const RequestsBy = graphql(`
  query ApprovalsTestBy($r: ID) {
    approvalRequests(requesterId: $r, kind: RATE_CHANGE) {
      totalCount
    }
  }
`);

const approve = (id: string, caller: Caller) => app.exec(Approve, { id }, caller);
const reject = (id: string, caller: Caller, note = 'no') => app.exec(Reject, { id, note }, caller);
const today = () => localDateIn('Asia/Shanghai', new Date());
/** When arrears are promised to be paid: a month after the company's today (it must lie ahead). */
const promisedDay = () => addDays(today(), 30);

type Kind = 'rate' | 'free' | 'settlement' | 'arrears' | 'deduction' | 'special';
async function file(kind: Kind, caller: Caller, customer: Customer) {
  const c = String(customer.id);
  switch (kind) {
    case 'rate':
      return app.exec(RequestRate, { c }, caller);
    case 'free':
      return app.exec(RequestFree, { c: (await recordConsignment(app, collector, customer.id)).id }, caller);
    case 'settlement':
      return app.exec(RequestSettlement, { c }, caller);
    case 'arrears':
      return app.exec(RequestArrears, { c, d: promisedDay() }, caller);
    case 'deduction':
      return app.exec(RequestDeduction, { c }, caller);
    case 'special':
      return app.exec(RequestSpecial, { c }, caller);
  }
}

const ALL_ROLES = Object.values(Role);
const FILERS: Record<Kind, Role[]> = {
  rate: [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR],
  free: [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR],
  settlement: [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR],
  arrears: [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR],
  special: [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR],
  deduction: [Role.COLLECTOR],
};

describe('role x operation matrix', () => {
  for (const kind of Object.keys(FILERS) as Kind[]) {
    it(`${kind}: the allowed roles file, every other role is FORBIDDEN with nothing written`, async () => {
      for (const role of ALL_ROLES) {
        const caller = await app.staff(role);
        const customer = await makeCustomer(app, caller);
        const before = await count(app, 'approval_request');
        const result = await file(kind, caller, customer);
        if (FILERS[kind].includes(role)) {
          expect(result.errors).toBeUndefined();
          expect((result.data as any).r.status).toBe('PENDING');
          expect(
            await count(app, 'audit_event', 'entityType = ? AND entityId = ?', [
              'ApprovalRequest',
              (result.data as any).r.id,
            ]),
          ).toBe(1);
        } else {
          expect(errorCodes(result)).toEqual(['FORBIDDEN']);
          expect(await count(app, 'approval_request')).toBe(before);
        }
      }
    });
  }

  it('a salesperson files only for own customers', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const other = await makeCustomer(app, await app.staff(Role.SALESPERSON));
    for (const kind of ['rate', 'settlement', 'arrears', 'special', 'free'] as Kind[]) {
      expect(errorCodes(await file(kind, sales, other))).toEqual(['FORBIDDEN']);
    }
  });

  it('approve and reject: MANAGER and DIRECTOR only; others FORBIDDEN with status, effect and audit untouched', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    const r = (await file('rate', sales, customer)).data!.r;
    const callers = [];
    for (const role of ALL_ROLES.filter((x) => x !== Role.MANAGER && x !== Role.DIRECTOR))
      callers.push(await app.staff(role));
    const auditBefore = await count(app, 'audit_event');
    for (const caller of callers) {
      expect(errorCodes(await approve(r.id, caller))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await reject(r.id, caller))).toEqual(['FORBIDDEN']);
    }
    expect(await count(app, 'audit_event')).toBe(auditBefore);
    expect((await app.db.query('SELECT status FROM approval_request WHERE id = ?', [r.id]))[0].status).toBe('PENDING');
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: customer.id })).freightRate).toBe(30000);
    const ok = await reject(r.id, manager);
    expect(ok.errors).toBeUndefined();
    const other = (await file('rate', sales, customer)).data!.r;
    expect((await approve(other.id, director)).errors).toBeUndefined();
  });
});

describe('decision rules', () => {
  it('SELF_APPROVAL: nobody decides their own request', async () => {
    const customer = await makeCustomer(app, manager);
    const r = (await file('rate', manager, customer)).data!.r;
    expect(errorCodes(await approve(r.id, manager))).toEqual(['SELF_APPROVAL']);
    expect(errorCodes(await reject(r.id, manager))).toEqual(['SELF_APPROVAL']);
  });

  it('a reject needs a note', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const r = (await file('rate', sales, await makeCustomer(app, sales))).data!.r;
    const res = await reject(r.id, manager, '  ');
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  });

  it('threshold policy: a MANAGER gets FORBIDDEN with the reason, a DIRECTOR approves', async () => {
    const tight = { cut: 2, arrears: '500.00', deduction: '100.00' };
    const set = await app.exec(SetPolicy, tight, manager);
    expect(errorCodes(set)).toEqual(['FORBIDDEN']);
    await app.ok(SetPolicy, tight, director);
    const policy = await app.ok(Policy, {}, manager);
    expect(policy.approvalPolicy).toEqual({
      maxManagerRateCutPercent: 2,
      maxManagerArrearsAmount: '500.00',
      maxManagerDeductionAmount: '100.00',
    });
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    for (const kind of ['rate', 'arrears', 'deduction'] as Kind[]) {
      const r = (await file(kind, kind === 'deduction' ? collector : sales, customer)).data!.r;
      const denied = await approve(r.id, manager);
      expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
      expect(denied.errors![0].message).toMatch(/needs? a DIRECTOR/);
      expect((await app.db.query('SELECT status FROM approval_request WHERE id = ?', [r.id]))[0].status).toBe(
        'PENDING',
      );
      expect((await approve(r.id, director)).errors).toBeUndefined();
    }
    // Within the limits a MANAGER may: a 1% cut.
    const small = await app.ok(RequestRate, { c: String(customer.id), rate: '287.10' }, sales);
    expect((await approve(small.r.id, manager)).errors).toBeUndefined();
    await app.ok(SetPolicy, { cut: 10, arrears: '50000.00', deduction: '10000.00' }, director);
  });

  it('two leaders deciding at once: one decision and one CONFLICT, repeated', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    const second = await app.staff(Role.MANAGER);
    for (let i = 0; i < 20; i++) {
      const r = (await file(i % 2 ? 'arrears' : 'rate', sales, customer)).data!.r;
      const results = await Promise.all([approve(r.id, manager), i % 3 ? approve(r.id, second) : reject(r.id, second)]);
      const codes = results.map((x) => errorCodes(x)[0] ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect(
        await count(
          app,
          'audit_event',
          "entityType = 'ApprovalRequest' AND entityId = ? AND action IN ('approval.approved','approval.rejected')",
          [r.id],
        ),
      ).toBe(1);
      expect(await count(app, 'arrears_consent', 'requestId = ?', [Number(r.id)])).toBeLessThanOrEqual(1);
    }
  });
});

describe('effects', () => {
  it('rate change: consignments shipped from the approval day on use the new rate, earlier ones keep the old', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales, { freightRate: 30000 });
    const before = await recordConsignment(app, collector, customer.id, {
      shippedOn: '2026-01-10',
      weightKg: 1234.567,
    });
    expect(before.freight).toBe('370.37'); // 1234.567 kg x 300 / 1000 = 370.3701
    const r = (await file('rate', sales, customer)).data!.r;
    expect((await approve(r.id, manager)).errors).toBeUndefined();
    const after = await recordConsignment(app, collector, customer.id, { shippedOn: today(), weightKg: 1234.567 });
    expect(after.freight).toBe('358.02'); // x 290 = 358.02443
    const old = await recordConsignment(app, collector, customer.id, { shippedOn: '2026-01-11', weightKg: 1000 });
    expect(old).toMatchObject({ rate: '300.00', freight: '300.00' });
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: customer.id })).freightRate).toBe(29000);
    expect(
      await count(app, 'audit_event', "action = 'customer.rate_changed' AND entityId = ?", [String(customer.id)]),
    ).toBe(1);
  });

  it('rate change: a consignment billed on a live statement takes the new rate when that statement is voided', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales, { freightRate: 30000 });
    const cons = await recordConsignment(app, collector, customer.id, { shippedOn: today(), weightKg: 1000 });
    const billed = await issueStatement(app, collector, customer.id, today(), today());
    expect(billed.total).toBe('300.00');
    const r = (await file('rate', sales, customer)).data!.r;
    expect((await approve(r.id, manager)).errors).toBeUndefined();
    // Still on the issued statement: unchanged while billed.
    expect(
      Number((await app.db.query('SELECT freight FROM consignment WHERE id = ?', [Number(cons.id)]))[0].freight),
    ).toBe(30000);
    await app.ok(VoidStatement, { id: billed.id }, collector);
    expect(
      (await app.db.query('SELECT rate, freight FROM consignment WHERE id = ?', [Number(cons.id)])).map((c: any) => [
        Number(c.rate),
        Number(c.freight),
      ]),
    ).toEqual([[29000, 29000]]);
    expect((await issueStatement(app, collector, customer.id, today(), today())).total).toBe('290.00');
  });

  it("free shipment: the consignment's freight becomes zero", async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    const r = (await file('free', sales, customer)).data!.r;
    await approve(r.id, director);
    const rows = await app.db.query('SELECT freight, freeShipmentRequestId FROM consignment WHERE customerId = ?', [
      customer.id,
    ]);
    expect(Number(rows[0].freight)).toBe(0);
    expect(Number(rows[0].freeShipmentRequestId)).toBe(Number(r.id));
  });

  it('settlement change applies when both the approval and the completed notice filed for it exist, whichever comes last', async () => {
    const heads = await makeHeads(app, [Department.FINANCE, Department.MARKET]);
    for (const noticeSignedFirst of [true, false]) {
      const sales = await app.staff(Role.SALESPERSON);
      const customer = await makeCustomer(app, sales);
      const r = (await file('settlement', sales, customer)).data!.r;
      const notice = await app.ok(SettlementNotice, { c: String(customer.id), r: r.id }, sales);
      expect(notice.createOperationNotice.method).toBe('MONTHLY');
      const sign = async () => {
        for (const d of [Department.FINANCE, Department.MARKET]) {
          await app.ok(SignNotice, { id: notice.createOperationNotice.id, d }, heads[d]);
        }
      };
      const method = async () =>
        (await app.db.getRepository(Customer).findOneByOrFail({ id: customer.id })).settlementMethod;
      if (noticeSignedFirst) {
        await sign();
        expect(await method()).toBe('CASH');
        await approve(r.id, manager);
      } else {
        await approve(r.id, manager);
        expect(await method()).toBe('CASH');
        await sign();
      }
      expect(await method()).toBe('MONTHLY');
    }
  });

  it('arrears: an approved consent records amount, promised date and handler, and departments sign it', async () => {
    const heads = await makeHeads(app, [Department.MARKET, Department.FINANCE]);
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    const r = (await file('arrears', sales, customer)).data!.r;
    await approve(r.id, manager);
    const list = await app.ok(Consents, {}, manager);
    const consent = list.arrearsConsents.find((a) => a.customer.id === String(customer.id))!;
    expect(consent).toMatchObject({
      amount: '1000.00',
      promisedDate: promisedDay(),
      status: 'PENDING',
      handler: { id: String(sales.staff.id) },
    });
    const signDoc = SignConsent;
    expect(errorCodes(await app.exec(signDoc, { id: consent.id, d: 'MARKET' }, heads.FINANCE))).toEqual(['FORBIDDEN']);
    await app.ok(signDoc, { id: consent.id, d: 'MARKET' }, heads.MARKET);
    expect(errorCodes(await app.exec(signDoc, { id: consent.id, d: 'MARKET' }, heads.MARKET))).toEqual(['CONFLICT']);
    const done = await app.ok(signDoc, { id: consent.id, d: 'FINANCE' }, heads.FINANCE);
    expect(done.signArrearsConsent.status).toBe('COMPLETED');
  });

  it('deduction: waits as a negative line for the next statement, then is used', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    await recordConsignment(app, collector, customer.id, { shippedOn: '2026-09-03', weightKg: 1000 });
    const r = (await file('deduction', collector, customer)).data!.r;
    await approve(r.id, manager);
    const s = await issueStatement(app, collector, customer.id, '2026-09-01', '2026-09-30');
    expect(s.lines!.map((l: any) => [l.kind, l.amount])).toEqual([
      ['CONSIGNMENT', '300.00'],
      ['DEDUCTION', '-120.50'],
    ]);
    expect(s.total).toBe('179.50');
  });

  it('liaison form: approved, then signed by its departments', async () => {
    const heads = await makeHeads(app, [Department.DISPATCH, Department.WAREHOUSE]);
    const sales = await app.staff(Role.SALESPERSON);
    const r = (await file('special', sales, await makeCustomer(app, sales))).data!.r;
    const signDoc = SignLiaison;
    expect(errorCodes(await app.exec(signDoc, { id: r.id, d: 'DISPATCH' }, heads.DISPATCH))).toEqual(['NOT_FOUND']);
    const listed = async () =>
      (await app.ok(SpecialRequests, {}, heads.WAREHOUSE)).approvalRequests.edges.map((e) => e.node.id);
    expect(await listed()).not.toContain(r.id);
    await approve(r.id, manager);
    // Approved, its liaison form is found by the heads who must sign it.
    expect(await listed()).toContain(r.id);
    await app.ok(OneRequest, { id: r.id }, heads.WAREHOUSE);
    await app.ok(signDoc, { id: r.id, d: 'DISPATCH' }, heads.DISPATCH);
    const done = await app.ok(signDoc, { id: r.id, d: 'WAREHOUSE' }, heads.WAREHOUSE);
    expect(done.signLiaisonForm.formStatus).toBe('COMPLETED');
  });
});

describe('listing', () => {
  it('a salesperson sees own requests, leaders all', async () => {
    const s1 = await app.staff(Role.SALESPERSON);
    const s2 = await app.staff(Role.SALESPERSON);
    await file('rate', s1, await makeCustomer(app, s1));
    await file('rate', s2, await makeCustomer(app, s2));
    const mine = await app.ok(MyRequests, {}, s1);
    expect(mine.approvalRequests.edges.every((e) => e.node.requester.id === String(s1.staff.id))).toBe(true);
    const all = await app.ok(RequestsBy, { r: String(s2.staff.id) }, manager);
    expect(all.approvalRequests.totalCount).toBe(1);
  });
});

describe('filing alone changes nothing (see mutation-walk.test.ts for every mutation)', () => {
  it('behaviourally: requests and notices alone change nothing', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const customer = await makeCustomer(app, sales);
    await file('rate', sales, customer);
    await file('settlement', sales, customer);
    await file('free', sales, customer);
    const c = await app.db.getRepository(Customer).findOneByOrFail({ id: customer.id });
    expect([c.freightRate, c.settlementMethod]).toEqual([30000, 'CASH']);
    expect(await count(app, 'consignment', 'customerId = ? AND freight = 0', [customer.id])).toBe(0);
  });
});
