import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { addDays, localDateIn } from '../../src/time';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { DEMO_CUSTOMERS } from '../../src/seed/demo-customers';

const ApproveRequest = graphql(`
  mutation TermsChangeApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
      status
    }
  }
`);
const RecordStorageOccupancy = graphql(`
  mutation TermsChangeRecordStorageOccupancy($c: ID!, $f: LocalDate!) {
    recordStorageOccupancy(customerId: $c, areaSquareMeters: 10, from: $f) {
      id
    }
  }
`);
const BlankReason = graphql(`
  mutation TermsChangeBlankReason($c: ID!) {
    requestTermsChange(customerId: $c, paymentTermDays: 20, reason: "  ") {
      id
    }
  }
`);
const ApproveOwn = graphql(`
  mutation TermsChangeApproveOwn($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);
const MutationArgTypes = graphql(`
  query TermsChangeMutationArgTypes {
    __schema {
      mutationType {
        fields {
          name
          args {
            name
            type {
              name
              kind
              ofType {
                name
                kind
                ofType {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);
const InputFields = graphql(`
  query TermsChangeInputFields($n: String!) {
    __type(name: $n) {
      kind
      inputFields {
        name
      }
    }
  }
`);

/*
 * Payment terms and the storage rate are customer terms like the rate: set and changed only by an
 * approved TERMS_CHANGE request, recorded with history, applied from the approval day; a due date
 * already set never moves.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let collector: Caller;
let clerk: Caller;
let manager: Caller;
let sales: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  clerk = await app.staff(Role.ORDER_CLERK);
  manager = await app.staff(Role.MANAGER);
  sales = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

const today = () => localDateIn('Asia/Shanghai', new Date());
const TERMS = graphql(`
  mutation TermsChangeRequestTermsChange($c: ID!, $t: Int, $s: Money) {
    requestTermsChange(customerId: $c, paymentTermDays: $t, storageRate: $s, reason: "annual contract") {
      id
      kind
      status
      paymentTermDays
      storageRate
    }
  }
`);
const terms = async (c: Customer) => {
  const row = await app.db.getRepository(Customer).findOneByOrFail({ id: c.id });
  return [row.paymentTermDays, row.storageRate];
};
const approve = (id: string) => app.ok(ApproveRequest, { id }, manager);

describe('requestTermsChange', () => {
  it('filing changes nothing; approval applies the new terms from the approval day, with history and audit', async () => {
    const c = await makeCustomer(app, sales);
    const filed: any = await app.ok(TERMS, { c: String(c.id), t: 45, s: '2.50' }, sales);
    expect(filed.requestTermsChange).toMatchObject({
      kind: 'TERMS_CHANGE',
      status: 'PENDING',
      paymentTermDays: 45,
      storageRate: '2.50',
    });
    expect(await terms(c)).toEqual([30, null]);
    await approve(filed.requestTermsChange.id);
    expect(await terms(c)).toEqual([45, 250]);
    const history = await app.db.query(
      'SELECT paymentTermDays, storageRate, effectiveFrom, requestId FROM customer_terms WHERE customerId = ? ORDER BY id',
      [c.id],
    );
    expect(
      history.map((h: any) => [
        Number(h.paymentTermDays),
        h.storageRate === null ? null : Number(h.storageRate),
        String(h.effectiveFrom).slice(0, 10),
        h.requestId === null ? null : Number(h.requestId),
      ]),
    ).toEqual([
      [30, null, '1900-01-01', null],
      [45, 250, today(), Number(filed.requestTermsChange.id)],
    ]);
    expect(await count(app, 'audit_event', "action = 'customer.terms_changed' AND entityId = ?", [String(c.id)])).toBe(
      1,
    );
    // Only what was asked changes: a later request for the storage rate alone keeps the payment terms.
    const rateOnly: any = await app.ok(TERMS, { c: String(c.id), t: null, s: '1.80' }, sales);
    await approve(rateOnly.requestTermsChange.id);
    expect(await terms(c)).toEqual([45, 180]);
  });

  it('a due date already set never moves; statements confirmed after the approval are due on the new terms', async () => {
    const c = await makeCustomer(app, sales);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-03-03' });
    const before = await confirmStatement(
      app,
      collector,
      (await issueStatement(app, collector, c.id, '2026-03-01', '2026-03-31')).id,
    );
    expect(before.dueDate).toBe(addDays(today(), 30));
    const r: any = await app.ok(TERMS, { c: String(c.id), t: 10, s: null }, sales);
    await approve(r.requestTermsChange.id);
    const rows = await app.db.query('SELECT dueDate FROM receivable WHERE customerId = ?', [c.id]);
    expect(rows.map((x: any) => String(x.dueDate).slice(0, 10))).toEqual([addDays(today(), 30)]);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-04-03' });
    const after = await confirmStatement(
      app,
      collector,
      (await issueStatement(app, collector, c.id, '2026-04-01', '2026-04-30')).id,
    );
    expect(after.dueDate).toBe(addDays(today(), 10));
  });

  it('storage days before the approval day keep the rate then in force; days from it on take the new rate', async () => {
    const c = await makeCustomer(app, sales);
    const from = addDays(today(), -3);
    await app.ok(RecordStorageOccupancy, { c: String(c.id), f: from }, clerk);
    const r: any = await app.ok(TERMS, { c: String(c.id), t: null, s: '2.00' }, sales);
    await approve(r.requestTermsChange.id);
    const st = await issueStatement(app, collector, c.id, from, today());
    // 3 days at the company default (1.00) before today, then today at 2.00: 30.00 + 20.00.
    expect(st.lines!.filter((l: any) => l.kind === 'STORAGE').map((l: any) => l.amount)).toEqual(['30.00', '20.00']);
    expect(st.total).toBe('50.00');
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const c = await makeCustomer(app, sales);
    const before = await count(app, 'approval_request');
    for (const [vars, field] of [
      [{ t: null, s: null }, 'paymentTermDays'],
      [{ t: -1, s: null }, 'paymentTermDays'],
      [{ t: 366, s: null }, 'paymentTermDays'],
      [{ t: null, s: '1000.01' }, 'storageRate'],
    ] as const) {
      const res = await app.exec(TERMS, { c: String(c.id), ...vars }, sales);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.errors![0].extensions?.field).toBe(field);
    }
    expect(errorCodes(await app.exec(TERMS, { c: String(c.id), t: null, s: '-1.00' }, sales))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await app.exec(BlankReason, { c: String(c.id) }, sales))).toEqual(['BAD_USER_INPUT']);
    expect(await count(app, 'approval_request')).toBe(before);
  });

  it('the owner or a leader files; another salesperson, the collector and the others are FORBIDDEN; nobody approves their own', async () => {
    const c = await makeCustomer(app, sales);
    for (const role of [
      Role.COLLECTOR,
      Role.ORDER_CLERK,
      Role.ASSISTANT_MANAGER,
      Role.DISPATCHER,
      Role.DEPARTMENT_HEAD,
      Role.SALESPERSON,
    ]) {
      expect(errorCodes(await app.exec(TERMS, { c: String(c.id), t: 20, s: null }, await app.staff(role)))).toEqual([
        'FORBIDDEN',
      ]);
    }
    const own: any = await app.ok(TERMS, { c: String(c.id), t: 20, s: null }, manager);
    expect(errorCodes(await app.exec(ApproveOwn, { id: own.requestTermsChange.id }, manager))).toEqual([
      'SELF_APPROVAL',
    ]);
    expect(await terms(c)).toEqual([30, null]);
  });

  it('no other operation sets payment terms or a storage rate', async () => {
    const schema: any = await app.ok(MutationArgTypes, {}, manager);
    const inputNames = new Set<string>();
    const setters: string[] = [];
    for (const f of schema.__schema.mutationType.fields) {
      for (const a of f.args) {
        if (/paymentTermDays|storageRate/i.test(a.name)) setters.push(f.name);
        const named = a.type.name ?? a.type.ofType?.name ?? a.type.ofType?.ofType?.name;
        if (named) inputNames.add(named);
      }
    }
    for (const name of inputNames) {
      const t: any = await app.ok(InputFields, { n: name }, manager);
      if (
        t.__type?.kind === 'INPUT_OBJECT' &&
        t.__type.inputFields.some((x: any) => /paymentTermDays|storageRate/i.test(x.name))
      )
        setters.push(name);
    }
    expect([...new Set(setters)]).toEqual(['requestTermsChange']);
  });
});

describe('the demo seed', () => {
  it("reaches its customers' terms through approved TERMS_CHANGE requests with history", async () => {
    const demo = await TestApp.start();
    try {
      expect(await seedDemoCompany(demo.db, demo.config)).toBe(true);
      for (const c of DEMO_CUSTOMERS) {
        const row = await demo.db.getRepository(Customer).findOneByOrFail({ name: c.name });
        expect([row.name, row.paymentTermDays, row.storageRate]).toEqual([c.name, c.termDays, c.storageRateFen]);
        const changed = c.termDays !== 30 || c.storageRateFen !== null;
        const approved = await demo.db.query(
          "SELECT id FROM approval_request WHERE customerId = ? AND kind = 'TERMS_CHANGE' AND status = 'APPROVED'",
          [row.id],
        );
        expect(approved).toHaveLength(changed ? 1 : 0);
        const history = await demo.db.query(
          'SELECT requestId FROM customer_terms WHERE customerId = ? AND requestId IS NOT NULL',
          [row.id],
        );
        expect(history.map((h: any) => Number(h.requestId))).toEqual(approved.map((a: any) => Number(a.id)));
      }
    } finally {
      await demo.stop();
    }
  });
});
