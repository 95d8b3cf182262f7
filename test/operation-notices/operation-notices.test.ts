import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { count, makeHeads } from '../support/money-factories';
import { Department, Role } from '../../src/domain/roles';
import { CustomerStatus } from '../../src/features/customers/customer-enums';
import { Customer } from '../../src/features/customers/customer.entity';

const RequestSettlementChange = graphql(`
  mutation OperationNoticesRequestSettlementChange($c: ID!) {
    requestSettlementChange(customerId: $c, method: MONTHLY, reason: "steady volume") {
      id
    }
  }
`);
const OperationNotices = graphql(`
  query OperationNoticesOperationNotices($c: ID) {
    operationNotices(customerId: $c, status: COMPLETED) {
      id
    }
  }
`);

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let heads: Record<string, Caller>;
let owner: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  heads = await makeHeads(app, [Department.DISPATCH, Department.WAREHOUSE, Department.FINANCE, Department.MARKET]);
  owner = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

const CREATE = graphql(`
  mutation OperationNoticesCreateOperationNotice($c: ID!, $k: OperationNoticeKind!, $d: [Department!]!, $r: ID) {
    createOperationNotice(customerId: $c, kind: $k, departments: $d, requestId: $r) {
      id
      status
      kind
      handler {
        id
      }
      signatures {
        department
        signer {
          id
        }
        signedAt
      }
    }
  }
`);
const settlementRequest = async (c: Customer): Promise<string> =>
  ((await app.ok(RequestSettlementChange, { c: String(c.id) }, owner)) as any).requestSettlementChange.id;
const SIGN = graphql(`
  mutation OperationNoticesSignOperationNotice($id: ID!, $d: Department!) {
    signOperationNotice(id: $id, department: $d) {
      id
      status
      completedAt
      signatures {
        department
        signer {
          id
        }
        signedAt
      }
    }
  }
`);

describe('operation notices', () => {
  it('the owner or a leader fills it; others are FORBIDDEN', async () => {
    const c = await makeCustomer(app, owner, { status: CustomerStatus.INTENT });
    const created: any = await app.ok(
      CREATE,
      { c: String(c.id), k: 'NEW_CUSTOMER', d: ['DISPATCH', 'FINANCE'] },
      owner,
    );
    expect(created.createOperationNotice).toMatchObject({ status: 'PENDING', handler: { id: String(owner.staff.id) } });
    expect(created.createOperationNotice.signatures.map((s: any) => [s.department, s.signer])).toEqual([
      ['DISPATCH', null],
      ['FINANCE', null],
    ]);
    await app.ok(CREATE, { c: String(c.id), k: 'NEW_CUSTOMER', d: ['FINANCE'] }, await app.staff(Role.MANAGER));
    for (const role of [Role.SALESPERSON, Role.COLLECTOR, Role.DISPATCHER, Role.ASSISTANT_MANAGER]) {
      expect(
        errorCodes(
          await app.exec(CREATE, { c: String(c.id), k: 'NEW_CUSTOMER', d: ['FINANCE'] }, await app.staff(role)),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await app.exec(CREATE, { c: String(c.id), k: 'NEW_CUSTOMER', d: [] }, owner))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await count(app, 'operation_notice', 'customerId = ?', [c.id])).toBe(2);
  });

  it("only each named department's head signs, once; when all have signed it is COMPLETED, the customer ACTIVE, and nothing changes again", async () => {
    const c = await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT });
    const n: any = (
      (await app.ok(CREATE, { c: String(c.id), k: 'NEW_CUSTOMER', d: ['DISPATCH', 'WAREHOUSE'] }, owner)) as any
    ).createOperationNotice;
    expect(errorCodes(await app.exec(SIGN, { id: n.id, d: 'DISPATCH' }, heads.WAREHOUSE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.exec(SIGN, { id: n.id, d: 'DISPATCH' }, owner))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.exec(SIGN, { id: n.id, d: 'FINANCE' }, heads.FINANCE))).toEqual(['BAD_USER_INPUT']);
    const first: any = await app.ok(SIGN, { id: n.id, d: 'DISPATCH' }, heads.DISPATCH);
    expect(first.signOperationNotice.status).toBe('PENDING');
    expect(errorCodes(await app.exec(SIGN, { id: n.id, d: 'DISPATCH' }, heads.DISPATCH))).toEqual(['CONFLICT']);
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: c.id })).status).toBe('PROSPECT');
    const done: any = await app.ok(SIGN, { id: n.id, d: 'WAREHOUSE' }, heads.WAREHOUSE);
    expect(done.signOperationNotice.status).toBe('COMPLETED');
    expect(done.signOperationNotice.signatures.map((s: any) => s.signer.id)).toEqual([
      String(heads.DISPATCH.staff.id),
      String(heads.WAREHOUSE.staff.id),
    ]);
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: c.id })).status).toBe('ACTIVE');
    expect(errorCodes(await app.exec(SIGN, { id: n.id, d: 'WAREHOUSE' }, heads.WAREHOUSE))).toEqual(['CONFLICT']);
    const audit = await app.db.query(
      "SELECT action, actorId FROM audit_event WHERE entityType = 'OperationNotice' AND entityId = ? ORDER BY id",
      [n.id],
    );
    expect(audit.map((a: any) => [a.action, Number(a.actorId)])).toEqual([
      ['operation_notice.created', owner.staff.id],
      ['form.signed', heads.DISPATCH.staff.id],
      ['form.signed', heads.WAREHOUSE.staff.id],
      ['form.completed', heads.WAREHOUSE.staff.id],
    ]);
    expect(
      await count(
        app,
        'audit_event',
        "action = 'customer.status_changed' AND entityId = ? AND summary LIKE '%-> ACTIVE%'",
        [String(c.id)],
      ),
    ).toBe(1);
  });

  it('a returning (LOST) customer becomes ACTIVE again; a settlement-change notice leaves the status alone', async () => {
    const lost = await makeCustomer(app, owner, { status: CustomerStatus.LOST });
    const n: any = (
      (await app.ok(CREATE, { c: String(lost.id), k: 'RETURNING_CUSTOMER', d: ['FINANCE'] }, owner)) as any
    ).createOperationNotice;
    await app.ok(SIGN, { id: n.id, d: 'FINANCE' }, heads.FINANCE);
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: lost.id })).status).toBe('ACTIVE');
    const intent = await makeCustomer(app, owner, { status: CustomerStatus.INTENT });
    const s: any = (
      (await app.ok(
        CREATE,
        { c: String(intent.id), k: 'SETTLEMENT_CHANGE', d: ['FINANCE'], r: await settlementRequest(intent) },
        owner,
      )) as any
    ).createOperationNotice;
    await app.ok(SIGN, { id: s.id, d: 'FINANCE' }, heads.FINANCE);
    await app.ok(SIGN, { id: s.id, d: 'MARKET' }, heads.MARKET);
    expect((await app.db.getRepository(Customer).findOneByOrFail({ id: intent.id })).status).toBe('INTENT');
  });

  it('two heads signing the last places at once complete the notice exactly once', async () => {
    for (let i = 0; i < 10; i++) {
      const c = await makeCustomer(app, owner, { status: CustomerStatus.INTENT });
      const n: any = (
        (await app.ok(
          CREATE,
          { c: String(c.id), k: 'NEW_CUSTOMER', d: ['DISPATCH', 'WAREHOUSE', 'FINANCE'] },
          owner,
        )) as any
      ).createOperationNotice;
      await app.ok(SIGN, { id: n.id, d: 'FINANCE' }, heads.FINANCE);
      const results = await Promise.all([
        app.exec(SIGN, { id: n.id, d: 'DISPATCH' }, heads.DISPATCH),
        app.exec(SIGN, { id: n.id, d: 'WAREHOUSE' }, heads.WAREHOUSE),
      ]);
      expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
      const list: any = await app.ok(OperationNotices, { c: String(c.id) }, owner);
      expect(list.operationNotices.map((x: any) => x.id)).toEqual([n.id]);
      expect(await count(app, 'audit_event', "action = 'form.completed' AND entityId = ?", [n.id])).toBe(1);
      expect((await app.db.getRepository(Customer).findOneByOrFail({ id: c.id })).status).toBe('ACTIVE');
    }
  });

  it("lists by status and customer; a salesperson sees own customers' notices only", async () => {
    const c = await makeCustomer(app, owner);
    await app.ok(
      CREATE,
      { c: String(c.id), k: 'SETTLEMENT_CHANGE', d: ['FINANCE'], r: await settlementRequest(c) },
      owner,
    );
    const q = graphql(`
      query OperationNoticesOperationNotices2($c: ID) {
        operationNotices(customerId: $c, status: PENDING) {
          id
          customer {
            id
          }
        }
      }
    `);
    expect(((await app.ok(q, { c: String(c.id) }, owner)) as any).operationNotices).toHaveLength(1);
    expect(
      ((await app.ok(q, { c: String(c.id) }, await app.staff(Role.SALESPERSON))) as any).operationNotices,
    ).toHaveLength(0);
    expect(((await app.ok(q, { c: String(c.id) }, heads.FINANCE)) as any).operationNotices).toHaveLength(1);
  });

  it('refuses a new-customer notice for a customer already ACTIVE, and a returning-customer notice for one not LOST', async () => {
    const active = await makeCustomer(app, owner, { status: CustomerStatus.ACTIVE });
    const prospect = await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT });
    const before = await count(app, 'operation_notice', '1 = 1', []);
    const newForActive = await app.exec(CREATE, { c: String(active.id), k: 'NEW_CUSTOMER', d: ['FINANCE'] }, owner);
    const returningForProspect = await app.exec(
      CREATE,
      { c: String(prospect.id), k: 'RETURNING_CUSTOMER', d: ['FINANCE'] },
      owner,
    );
    expect([errorCodes(newForActive), errorCodes(returningForProspect)]).toEqual([
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
    ]);
    expect(newForActive.errors![0].extensions?.field).toBe('kind');
    expect(await count(app, 'operation_notice', '1 = 1', [])).toBe(before);
  });
});
