import { graphql } from '../generated';
import type { Department as DepartmentName, SignoffFormKind } from '../generated/graphql';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { makeHeads } from '../support/money-factories';
import { Department, Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { CustomerStatus, SettlementMethod } from '../../src/features/customers/customer-enums';
import { addDays, localDateIn } from '../../src/time';

const ApproveRequest = graphql(`
  mutation SignaturesApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);
const RequestSettlementChange = graphql(`
  mutation SignaturesRequestSettlementChange($c: ID!, $m: SettlementMethod!) {
    requestSettlementChange(customerId: $c, method: $m, reason: "volume") {
      id
    }
  }
`);
const RequestArrears = graphql(`
  mutation SignaturesRequestArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "month end", departments: [WAREHOUSE]) {
      id
      departments
    }
  }
`);
const SignArrearsConsent = graphql(`
  mutation SignaturesSignArrearsConsent($id: ID!, $d: Department!) {
    signArrearsConsent(id: $id, department: $d) {
      status
    }
  }
`);
const RequestArrears2 = graphql(`
  mutation SignaturesRequestArrears2($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "late") {
      id
    }
  }
`);
const ArrearsConsents = graphql(`
  query SignaturesArrearsConsents {
    arrearsConsents(overdue: true) {
      id
      status
      customer {
        id
      }
    }
  }
`);
const ArrearsConsents2 = graphql(`
  query SignaturesArrearsConsents2 {
    arrearsConsents(overdue: false) {
      id
      customer {
        id
      }
    }
  }
`);
const RejectRequest = graphql(`
  mutation SignaturesRejectRequest($id: ID!) {
    rejectRequest(id: $id, note: "not yet") {
      id
    }
  }
`);
const RequestSpecialOperation = graphql(`
  mutation SignaturesRequestSpecialOperation($c: ID!) {
    requestSpecialOperation(customerId: $c, details: "night loading", departments: [DISPATCH]) {
      id
      departments
    }
  }
`);
const ApprovalRequest = graphql(`
  query SignaturesApprovalRequest($id: ID!) {
    approvalRequest(id: $id) {
      signatures {
        department
      }
    }
  }
`);
const RequestArrears3 = graphql(`
  mutation SignaturesRequestArrears3($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "100.00", promisedDate: $d, reason: "x", departments: [MARKET]) {
      id
      departments
    }
  }
`);
const ArrearsConsents3 = graphql(`
  query SignaturesArrearsConsents3 {
    arrearsConsents {
      customer {
        id
      }
      signatures {
        department
      }
      request {
        departments
      }
    }
  }
`);

/*
 * Signatures mean something: a consent counts only once every named department signed; a
 * settlement change applies only with a completed notice filed for its request and method; the
 * DIRECTOR's sign-off policy names departments no filer can drop.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let manager: Caller;
let director: Caller;
let sales: Caller;
let heads: Record<string, Caller>;
beforeAll(async () => {
  app = await TestApp.start();
  manager = await app.staff(Role.MANAGER);
  director = await app.staff(Role.DIRECTOR);
  sales = await app.staff(Role.SALESPERSON);
  heads = await makeHeads(app, [
    Department.MARKET,
    Department.FINANCE,
    Department.DISPATCH,
    Department.WAREHOUSE,
    Department.OPERATIONS,
  ]);
});
afterAll(() => app.stop());

const today = () => localDateIn('Asia/Shanghai', new Date());
const approve = (id: string, caller: Caller = manager) => app.ok(ApproveRequest, { id }, caller);
const method = async (c: Customer) =>
  (await app.db.getRepository(Customer).findOneByOrFail({ id: c.id })).settlementMethod;
const POLICY = graphql(`
  query SignaturesSignoffPolicy {
    signoffPolicy {
      formKind
      departments
    }
  }
`);
const SET_POLICY = graphql(`
  mutation SignaturesSetSignoffPolicy($k: SignoffFormKind!, $d: [Department!]!) {
    setSignoffPolicy(formKind: $k, departments: $d) {
      formKind
      departments
    }
  }
`);
const CREATE_NOTICE = graphql(`
  mutation SignaturesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {
    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {
      id
      method
      request {
        id
      }
      signatures {
        department
      }
    }
  }
`);
const SIGN_NOTICE = graphql(`
  mutation SignaturesSignOperationNotice($id: ID!, $d: Department!) {
    signOperationNotice(id: $id, department: $d) {
      status
    }
  }
`);

async function requestSettlement(c: Customer, to: SettlementMethod): Promise<string> {
  const d: any = await app.ok(RequestSettlementChange, { c: String(c.id), m: to }, sales);
  return d.requestSettlementChange.id;
}
async function fileNotice(
  c: Customer,
  requestId: string | null,
  departments: Department[] = [Department.FINANCE],
): Promise<any> {
  return app.exec(CREATE_NOTICE, { c: String(c.id), k: 'SETTLEMENT_CHANGE', d: departments, r: requestId }, sales);
}
async function signAll(noticeId: string, departments: DepartmentName[]) {
  for (const d of departments) await app.ok(SIGN_NOTICE, { id: noticeId, d }, heads[d]);
}

describe('arrears consents count only once fully signed', () => {
  it('a pickup is refused, saying what is unsigned, until every named department has signed', async () => {
    const c = await makeCustomer(app, sales);
    // Test setup: 300.00 past due (the API sets due dates from confirmation days).
    await app.db.query(
      'INSERT INTO receivable (statementId, customerId, amount, confirmedOn, dueDate) VALUES (?, ?, ?, ?, ?)',
      [900000 + c.id, c.id, 30000, '2026-01-06', addDays(today(), -1)],
    );
    const r: any = await app.ok(RequestArrears, { c: String(c.id), d: addDays(today(), 10) }, sales);
    // The filer named WAREHOUSE only: the policy's FINANCE and MARKET are added, never dropped.
    expect(r.requestArrears.departments).toEqual(['FINANCE', 'MARKET', 'WAREHOUSE']);
    await approve(r.requestArrears.id);
    const PICKUP = graphql(`
      mutation SignaturesCreatePickupNotice($c: ID!, $d: LocalDate!) {
        createPickupNotice(customerId: $c, pickupDate: $d, goods: "10 cartons") {
          id
        }
      }
    `);
    const [consent] = await app.db.query('SELECT id FROM arrears_consent WHERE requestId = ?', [
      Number(r.requestArrears.id),
    ]);
    const sign = (d: DepartmentName) => app.ok(SignArrearsConsent, { id: String(consent.id), d }, heads[d]);
    for (const [signer, missing] of [
      ['MARKET', /not yet signed by FINANCE, MARKET, WAREHOUSE/],
      ['WAREHOUSE', /not yet signed by FINANCE, WAREHOUSE\)/],
      ['FINANCE', /not yet signed by FINANCE\)/],
    ] as const) {
      const refused = await app.exec(PICKUP, { c: String(c.id), d: addDays(today(), 1) }, sales);
      expect(errorCodes(refused)).toEqual(['PICKUP_CONDITIONS_NOT_MET']);
      expect(refused.errors![0].extensions?.reason).toMatch(missing);
      await sign(signer);
    }
    expect(
      ((await app.ok(PICKUP, { c: String(c.id), d: addDays(today(), 1) }, sales)) as any).createPickupNotice.id,
    ).toBeTruthy();
  });

  it('an unsigned consent whose promised date passed is not in the overdue list; signed, it is', async () => {
    const c = await makeCustomer(app, sales);
    await app.db.query(
      'INSERT INTO receivable (statementId, customerId, amount, confirmedOn, dueDate) VALUES (?, ?, ?, ?, ?)',
      [800000 + c.id, c.id, 30000, '2026-01-06', addDays(today(), -10)],
    );
    const r: any = await app.ok(RequestArrears2, { c: String(c.id), d: addDays(today(), 5) }, sales);
    await approve(r.requestArrears.id);
    // Test setup: the promise has passed.
    await app.db.query('UPDATE arrears_consent SET promisedDate = ? WHERE requestId = ?', [
      addDays(today(), -1),
      Number(r.requestArrears.id),
    ]);
    const overdue = async () =>
      ((await app.ok(ArrearsConsents, {}, manager)) as any).arrearsConsents.filter(
        (a: any) => a.customer.id === String(c.id),
      );
    const notOverdue = async () =>
      ((await app.ok(ArrearsConsents2, {}, manager)) as any).arrearsConsents.filter(
        (a: any) => a.customer.id === String(c.id),
      );
    expect(await overdue()).toEqual([]);
    expect(await notOverdue()).toHaveLength(1);
    const [consent] = await app.db.query('SELECT id FROM arrears_consent WHERE requestId = ?', [
      Number(r.requestArrears.id),
    ]);
    for (const d of ['FINANCE', 'MARKET'] as const)
      await app.ok(SignArrearsConsent, { id: String(consent.id), d }, heads[d]);
    expect(await overdue()).toEqual([{ id: String(consent.id), status: 'COMPLETED', customer: { id: String(c.id) } }]);
    expect(await notOverdue()).toEqual([]);
  });
});

describe('a settlement change applies only with a notice filed for that request, naming its method, signed by every department it names', () => {
  it("a notice without a request, or for another customer's request, is refused; a second notice for one request is CONFLICT", async () => {
    const c = await makeCustomer(app, sales);
    const other = await makeCustomer(app, sales);
    const noRequest = await fileNotice(c, null);
    expect(errorCodes(noRequest)).toEqual(['BAD_USER_INPUT']);
    expect(noRequest.errors![0].extensions?.field).toBe('requestId');
    const otherRequest = await requestSettlement(other, SettlementMethod.MONTHLY);
    const wrong = await fileNotice(c, otherRequest);
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    expect(wrong.errors![0].extensions?.field).toBe('requestId');
    const mine = await requestSettlement(c, SettlementMethod.MONTHLY);
    const ok: any = await fileNotice(c, mine);
    expect(ok.errors).toBeUndefined();
    // The filer named FINANCE only: the policy's MARKET is added, and the notice names the request's method.
    expect(ok.data.createOperationNotice).toMatchObject({
      method: 'MONTHLY',
      request: { id: mine },
      signatures: [{ department: 'FINANCE' }, { department: 'MARKET' }],
    });
    expect(errorCodes(await fileNotice(c, mine))).toEqual(['CONFLICT']);
    const newCustomerNotice = await app.exec(
      CREATE_NOTICE,
      { c: String(c.id), k: 'NEW_CUSTOMER', d: ['FINANCE'], r: mine },
      sales,
    );
    expect(errorCodes(newCustomerNotice)).toEqual(['BAD_USER_INPUT']);
  });

  it('a notice completed earlier, for a rejected request, counts for nothing for a later request', async () => {
    const c = await makeCustomer(app, sales);
    const first = await requestSettlement(c, SettlementMethod.MONTHLY);
    const early: any = (await fileNotice(c, first)).data.createOperationNotice;
    await signAll(early.id, ['FINANCE', 'MARKET']);
    await app.ok(RejectRequest, { id: first }, manager);
    expect(errorCodes(await fileNotice(c, first))).toEqual(['CONFLICT']);
    const second = await requestSettlement(c, SettlementMethod.MONTHLY);
    await approve(second);
    expect(await method(c)).toBe('CASH');
    const own: any = (await fileNotice(c, second)).data.createOperationNotice;
    await signAll(own.id, ['FINANCE', 'MARKET']);
    expect(await method(c)).toBe('MONTHLY');
  });

  it('a notice for another method (another request) does not apply this one', async () => {
    const c = await makeCustomer(app, sales, { settlementMethod: SettlementMethod.MONTHLY });
    const toCash = await requestSettlement(c, SettlementMethod.CASH);
    const toMonthly = await requestSettlement(c, SettlementMethod.MONTHLY);
    const cashNotice: any = (await fileNotice(c, toCash)).data.createOperationNotice;
    expect(cashNotice.method).toBe('CASH');
    await approve(toMonthly);
    await signAll(cashNotice.id, ['FINANCE', 'MARKET']);
    expect(await method(c)).toBe('MONTHLY');
    const applied = await app.db.query('SELECT appliedAt FROM approval_request WHERE id IN (?, ?)', [
      Number(toCash),
      Number(toMonthly),
    ]);
    expect(applied.every((r: any) => r.appliedAt === null)).toBe(true);
    await approve(toCash);
    expect(await method(c)).toBe('CASH');
  });

  it('a notice missing a signature applies nothing', async () => {
    const c = await makeCustomer(app, sales);
    const r = await requestSettlement(c, SettlementMethod.MONTHLY);
    await approve(r);
    const n: any = (await fileNotice(c, r, [Department.FINANCE, Department.WAREHOUSE])).data.createOperationNotice;
    await signAll(n.id, ['FINANCE', 'WAREHOUSE']);
    expect(await method(c)).toBe('CASH');
    await signAll(n.id, ['MARKET']);
    expect(await method(c)).toBe('MONTHLY');
  });

  it('the approval and the last signature at the same moment: the change applies exactly once', async () => {
    for (let i = 0; i < 5; i++) {
      const c = await makeCustomer(app, sales);
      const r = await requestSettlement(c, SettlementMethod.MONTHLY);
      const n: any = (await fileNotice(c, r)).data.createOperationNotice;
      await signAll(n.id, ['FINANCE']);
      const [approved, signed] = await Promise.all([
        app.exec(ApproveRequest, { id: r }, manager),
        app.exec(SIGN_NOTICE, { id: n.id, d: 'MARKET' }, heads.MARKET),
      ]);
      expect([approved.errors, signed.errors]).toEqual([undefined, undefined]);
      expect(await method(c)).toBe('MONTHLY');
      const audits = await app.db.query(
        "SELECT COUNT(*) AS n FROM audit_event WHERE action = 'customer.settlement_changed' AND entityId = ?",
        [String(c.id)],
      );
      expect(Number(audits[0].n)).toBe(1);
    }
  });
});

describe("the DIRECTOR's sign-off policy", () => {
  afterEach(async () => {
    const defaults: Array<[SignoffFormKind, DepartmentName[]]> = [
      ['ARREARS_CONSENT', ['FINANCE', 'MARKET']],
      ['OPERATION_NOTICE_SETTLEMENT_CHANGE', ['FINANCE', 'MARKET']],
      ['OPERATION_NOTICE_NEW_CUSTOMER', []],
      ['LIAISON_FORM', []],
    ];
    for (const [k, d] of defaults) {
      await app.ok(SET_POLICY, { k, d }, director);
    }
  });

  it('defaults to FINANCE and MARKET on settlement changes and arrears consents; anyone signed in reads it; only the DIRECTOR sets it', async () => {
    const policy: any = await app.ok(POLICY, {}, sales);
    expect(policy.signoffPolicy).toEqual([
      { formKind: 'OPERATION_NOTICE_NEW_CUSTOMER', departments: [] },
      { formKind: 'OPERATION_NOTICE_RETURNING_CUSTOMER', departments: [] },
      { formKind: 'OPERATION_NOTICE_SETTLEMENT_CHANGE', departments: ['FINANCE', 'MARKET'] },
      { formKind: 'ARREARS_CONSENT', departments: ['FINANCE', 'MARKET'] },
      { formKind: 'LIAISON_FORM', departments: [] },
    ]);
    for (const role of [Role.MANAGER, Role.SALESPERSON, Role.ASSISTANT_MANAGER, Role.DEPARTMENT_HEAD]) {
      expect(
        errorCodes(await app.exec(SET_POLICY, { k: 'LIAISON_FORM', d: ['OPERATIONS'] }, await app.staff(role))),
      ).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await app.exec(POLICY, {}, null))).toEqual(['UNAUTHENTICATED']);
    const set: any = await app.ok(
      SET_POLICY,
      { k: 'LIAISON_FORM', d: ['OPERATIONS', 'DISPATCH', 'OPERATIONS'] },
      director,
    );
    expect(set.setSignoffPolicy.find((r: any) => r.formKind === 'LIAISON_FORM').departments).toEqual([
      'DISPATCH',
      'OPERATIONS',
    ]);
    const audit = await app.db.query("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'signoff_policy.set'");
    expect(Number(audit[0].n)).toBeGreaterThan(0);
  });

  it('a money exception always needs a department besides MARKET: the DIRECTOR cannot leave the manager the only signer', async () => {
    for (const k of ['ARREARS_CONSENT', 'OPERATION_NOTICE_SETTLEMENT_CHANGE'] as const) {
      for (const d of [[], ['MARKET']] as DepartmentName[][]) {
        const res = await app.exec(SET_POLICY, { k, d }, director);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        expect(res.errors![0].extensions?.field).toBe('departments');
      }
    }
    expect(
      ((await app.ok(POLICY, {}, director)) as any).signoffPolicy.find((r: any) => r.formKind === 'ARREARS_CONSENT')
        .departments,
    ).toEqual(['FINANCE', 'MARKET']);
  });

  it('a policy department dropped by the filer is added back, on notices, liaison forms and consents, as the policy stands when the form is made', async () => {
    await app.ok(SET_POLICY, { k: 'OPERATION_NOTICE_NEW_CUSTOMER', d: ['OPERATIONS'] }, director);
    await app.ok(SET_POLICY, { k: 'LIAISON_FORM', d: ['FINANCE'] }, director);
    const prospect = await makeCustomer(app, sales, { status: CustomerStatus.INTENT });
    const n: any = await app.ok(
      CREATE_NOTICE,
      { c: String(prospect.id), k: 'NEW_CUSTOMER', d: ['DISPATCH'], r: null },
      sales,
    );
    expect(n.createOperationNotice.signatures.map((s: any) => s.department)).toEqual(['DISPATCH', 'OPERATIONS']);
    await app.ok(SIGN_NOTICE, { id: n.createOperationNotice.id, d: 'DISPATCH' }, heads.DISPATCH);
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: prospect.id })).status).toBe('INTENT');
    await app.ok(SIGN_NOTICE, { id: n.createOperationNotice.id, d: 'OPERATIONS' }, heads.OPERATIONS);
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: prospect.id })).status).toBe('ACTIVE');

    const c = await makeCustomer(app, sales);
    const liaison: any = await app.ok(RequestSpecialOperation, { c: String(c.id) }, sales);
    expect(liaison.requestSpecialOperation.departments).toEqual(['DISPATCH', 'FINANCE']);
    await approve(liaison.requestSpecialOperation.id);
    const form: any = await app.ok(ApprovalRequest, { id: liaison.requestSpecialOperation.id }, manager);
    expect(form.approvalRequest.signatures.map((s: any) => s.department)).toEqual(['DISPATCH', 'FINANCE']);

    // Filed under the default policy, approved after the DIRECTOR added OPERATIONS: the consent needs OPERATIONS too.
    const arrears: any = await app.ok(RequestArrears3, { c: String(c.id), d: addDays(today(), 10) }, sales);
    expect(arrears.requestArrears.departments).toEqual(['FINANCE', 'MARKET']);
    await app.ok(SET_POLICY, { k: 'ARREARS_CONSENT', d: ['FINANCE', 'OPERATIONS'] }, director);
    await approve(arrears.requestArrears.id);
    const consents: any = await app.ok(ArrearsConsents3, {}, manager);
    const consent = consents.arrearsConsents.find((a: any) => a.customer.id === String(c.id));
    expect(consent.signatures.map((s: any) => s.department)).toEqual(['FINANCE', 'MARKET', 'OPERATIONS']);
    expect(consent.request.departments).toEqual(['FINANCE', 'MARKET', 'OPERATIONS']);
  });
});
