import { graphql } from '../generated';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, pay, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { addDays, localDateIn } from '../../src/time';

const RecordConsignment = graphql(`
  mutation StatementsTestRecord($input: RecordConsignmentInput!) {
    recordConsignment(input: $input) {
      id
    }
  }
`);
const RecordOccupancy = graphql(`
  mutation StatementsTestOccupancy($c: ID!, $a: Float!, $f: LocalDate!, $t: LocalDate) {
    recordStorageOccupancy(customerId: $c, areaSquareMeters: $a, from: $f, to: $t) {
      id
      areaSquareMeters
    }
  }
`);
const Notices = graphql(`
  query StatementsTestNotices($c: ID) {
    storageAreaNotices(customerId: $c) {
      message
      customer {
        id
      }
    }
  }
`);
const Issue = graphql(`
  mutation StatementsTestIssue($c: ID!, $s: LocalDate!, $e: LocalDate!) {
    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {
      id
    }
  }
`);
const Void = graphql(`
  mutation StatementsTestVoid($id: ID!, $r: String!) {
    voidStatement(id: $id, reason: $r) {
      status
      voidReason
    }
  }
`);
const Confirm = graphql(`
  mutation StatementsTestConfirm($id: ID!, $by: String!) {
    confirmStatement(id: $id, confirmedBy: $by) {
      id
    }
  }
`);
const Invoice = graphql(`
  mutation StatementsTestInvoice($id: ID!, $n: String!, $a: Money!) {
    issueInvoice(statementId: $id, invoiceNo: $n, amount: $a) {
      id
      invoiceNo
      amount
    }
  }
`);
const Statements = graphql(`
  query StatementsTestList($c: ID) {
    statements(customerId: $c) {
      totalCount
      edges {
        node {
          total
          customer {
            id
          }
        }
      }
    }
  }
`);
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

describe('charges', () => {
  it('freight is weight x rate / 1000 rounded half-up, with the fees in the total', async () => {
    const c = await makeCustomer(app, owner, { freightRate: 33333 });
    // 1.5 kg x 333.33 / 1000 = 0.499995 -> 0.50 (half-up at the fen)
    const a = await recordConsignment(app, collector, c.id, {
      weightKg: 1.5,
      countingFee: '1.10',
      handlingFee: '2.20',
      otherFee: 0.3,
    });
    expect(a).toMatchObject({ freight: '0.50', total: '4.10' });
    const b = await recordConsignment(app, collector, c.id, { weightKg: 0.003 });
    expect(b.freight).toBe('0.00');
  });

  it('refuses a duplicate waybill (CONFLICT), extra weight decimals and denied roles', async () => {
    const c = await makeCustomer(app, owner);
    const a = await recordConsignment(app, collector, c.id, { waybillNo: `DUP-${Date.now()}` });
    void a;
    const doc = RecordConsignment;
    const input = {
      customerId: String(c.id),
      waybillNo: 'X',
      shippedOn: '2026-10-01',
      origin: 'a',
      destination: 'b',
      weightKg: 1.2345,
      pieces: 1,
    };
    expect(errorCodes(await app.exec(doc, { input }, collector))).toEqual(['BAD_USER_INPUT']);
    const dup = (await app.db.query('SELECT waybillNo FROM consignment WHERE customerId = ?', [c.id]))[0].waybillNo;
    expect(errorCodes(await app.exec(doc, { input: { ...input, weightKg: 1, waybillNo: dup } }, collector))).toEqual([
      'CONFLICT',
    ]);
    for (const role of [Role.SALESPERSON, Role.MANAGER, Role.ORDER_CLERK, Role.ASSISTANT_MANAGER]) {
      expect(
        errorCodes(
          await app.exec(doc, { input: { ...input, weightKg: 1, waybillNo: `R-${role}` } }, await app.staff(role)),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(await count(app, 'consignment', "waybillNo LIKE 'R-%'")).toBe(0);
    await app.ok(
      doc,
      { input: { ...input, weightKg: 1, waybillNo: `D-${Date.now()}` } },
      await app.staff(Role.DISPATCHER),
    );
  });

  it('storage: per m² per day inside the period at the customer rate or the default, exact', async () => {
    const clerk = await app.staff(Role.ORDER_CLERK);
    const withRate = await makeCustomer(app, owner, { storageRate: 155 }); // 1.55 / m² / day
    const doc = RecordOccupancy;
    await app.ok(doc, { c: String(withRate.id), a: 12.35, f: '2026-08-20', t: '2026-09-10' }, clerk);
    const s = await issueStatement(app, collector, withRate.id, '2026-09-01', '2026-09-30');
    // 12.35 m² x 10 days x 1.55 = 191.425 -> 191.43
    expect(s.lines).toEqual([expect.objectContaining({ kind: 'STORAGE', amount: '191.43' })]);
    const noRate = await makeCustomer(app, owner);
    await app.ok(doc, { c: String(noRate.id), a: 0.01, f: '2026-09-30', t: null }, clerk);
    const s2 = await issueStatement(app, collector, noRate.id, '2026-09-01', '2026-09-30');
    expect(s2.lines![0].amount).toBe('0.01'); // 0.01 m² x 1 day x 1.00 default
    const notices = await app.ok(Notices, { c: String(noRate.id) }, owner);
    expect(notices.storageAreaNotices[0].message).toContain('0.01平方米');
    const stranger = await app.ok(Notices, { c: String(noRate.id) }, await app.staff(Role.SALESPERSON));
    expect(stranger.storageAreaNotices).toEqual([]);
    expect(
      errorCodes(await app.exec(doc, { c: String(noRate.id), a: 1, f: '2026-09-01', t: null }, collector)),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(await app.exec(doc, { c: String(noRate.id), a: 1.234, f: '2026-09-01', t: null }, clerk)),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('statements', () => {
  it('a consignment is never on two live statements; void releases its lines', async () => {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-10-03' });
    const s1 = await issueStatement(app, collector, c.id, '2026-10-01', '2026-10-31');
    expect(s1.total).toBe('300.00');
    const again = await app.exec(Issue, { c: String(c.id), s: '2026-10-02', e: '2026-10-05' }, collector);
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    const voidDoc = Void;
    expect(errorCodes(await app.exec(voidDoc, { id: s1.id, r: ' ' }, collector))).toEqual(['BAD_USER_INPUT']);
    expect((await app.ok(voidDoc, { id: s1.id, r: 'wrong period' }, collector)).voidStatement.status).toBe('VOID');
    const s2 = await issueStatement(app, collector, c.id, '2026-10-01', '2026-10-31');
    expect(s2.total).toBe('300.00');
    // Concurrent issuing of the same period: one statement.
    await app.ok(voidDoc, { id: s2.id, r: 'redo' }, collector);
    const both = await Promise.all(
      [1, 2].map(() => app.exec(Issue, { c: String(c.id), s: '2026-10-01', e: '2026-10-31' }, collector)),
    );
    expect(both.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(
      await count(
        app,
        'statement_line',
        'liveConsignmentId IS NOT NULL AND statementId IN (SELECT id FROM statement WHERE customerId = ?)',
        [c.id],
      ),
    ).toBe(1);
  });

  it('confirm makes a receivable due paymentTermDays later; a confirmed statement cannot be voided; nothing moves the due date', async () => {
    const c = await makeCustomer(app, owner, { paymentTermDays: 45 });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-08-03' });
    const s = await issueStatement(app, collector, c.id, '2026-08-01', '2026-08-31');
    const confirmed = await confirmStatement(app, collector, s.id);
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', confirmedBy: '客户 王先生', dueDate: addDays(today(), 45) });
    expect(errorCodes(await app.exec(Void, { id: s.id, r: 'x' }, collector))).toEqual(['CONFLICT']);
    expect(errorCodes(await app.exec(Confirm, { id: s.id, by: 'y' }, collector))).toEqual(['CONFLICT']);
    await pay(app, collector, c.id, '100.00', `due-${c.id}`);
    await app.ok(Invoice, { id: s.id, n: `INV-DUE-${c.id}`, a: '300.00' }, collector);
    const r = await app.db.query('SELECT dueDate FROM receivable WHERE statementId = ?', [Number(s.id)]);
    expect(String(r[0].dueDate).slice(0, 10)).toBe(addDays(today(), 45));
    const st = await app.db.query('SELECT dueDate FROM statement WHERE id = ?', [Number(s.id)]);
    expect(String(st[0].dueDate).slice(0, 10)).toBe(addDays(today(), 45));
  });

  it("statement mutations are COLLECTOR only; a salesperson reads own customers' statements only", async () => {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-07-03' });
    for (const role of [
      Role.SALESPERSON,
      Role.MANAGER,
      Role.DIRECTOR,
      Role.ASSISTANT_MANAGER,
      Role.ORDER_CLERK,
      Role.DISPATCHER,
    ]) {
      const res = await app.exec(Issue, { c: String(c.id), s: '2026-07-01', e: '2026-07-31' }, await app.staff(role));
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    expect(await count(app, 'statement', 'customerId = ?', [c.id])).toBe(0);
    await issueStatement(app, collector, c.id, '2026-07-01', '2026-07-31');
    const q = Statements;
    expect((await app.ok(q, { c: String(c.id) }, owner)).statements.totalCount).toBe(1);
    expect((await app.ok(q, { c: String(c.id) }, await app.staff(Role.SALESPERSON))).statements.totalCount).toBe(0);
    expect(errorCodes(await app.exec(q, { c: String(c.id) }, await app.staff(Role.ORDER_CLERK)))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('invoices', () => {
  it('exactly the confirmed total (AMOUNT_MISMATCH), unique numbers, one per statement', async () => {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-06-03', otherFee: '0.01' });
    const s = await issueStatement(app, collector, c.id, '2026-06-01', '2026-06-30');
    const doc = Invoice;
    expect(errorCodes(await app.exec(doc, { id: s.id, n: `I-${c.id}`, a: '300.01' }, collector))).toEqual(['CONFLICT']); // not confirmed yet
    await confirmStatement(app, collector, s.id);
    const mismatch = await app.exec(doc, { id: s.id, n: `I-${c.id}`, a: '300.00' }, collector);
    expect(errorCodes(mismatch)).toEqual(['AMOUNT_MISMATCH']);
    expect(errorCodes(await app.exec(doc, { id: s.id, n: `I-${c.id}`, a: '300.01' }, manager))).toEqual(['FORBIDDEN']);
    await app.ok(doc, { id: s.id, n: `I-${c.id}`, a: '300.01' }, collector);
    expect(errorCodes(await app.exec(doc, { id: s.id, n: `I2-${c.id}`, a: '300.01' }, collector))).toEqual([
      'CONFLICT',
    ]);
    const c2 = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c2.id, { shippedOn: '2026-06-03' });
    const s2 = await issueStatement(app, collector, c2.id, '2026-06-01', '2026-06-30');
    await confirmStatement(app, collector, s2.id);
    expect(errorCodes(await app.exec(doc, { id: s2.id, n: `I-${c.id}`, a: '300.00' }, collector))).toEqual([
      'CONFLICT',
    ]);
    expect(await count(app, 'invoice', 'statementId IN (?, ?)', [Number(s.id), Number(s2.id)])).toBe(1);
  });
});
