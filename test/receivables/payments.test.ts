import fc from 'fast-check';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { graphql } from '../generated';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { errorCodes, TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, makeHeads, pay, recordConsignment } from '../support/money-factories';
import { Department, Role } from '../../src/domain/roles';
import { CustomerStatus } from '../../src/features/customers/customer-enums';
import { createHttpApp } from '../../src/server';
import { addDays, localDateIn } from '../../src/time';
import { rebuildKeptBalances } from '../../src/features/ledger/kept-balances';

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
/** A pickup a week ahead of the company's today (a pickup date must lie ahead). */
const pickupDay = () => addDays(today(), 7);

/** A confirmed receivable of `yuan` for the customer, optionally back-dated (test setup only). */
async function receivable(
  customerId: number,
  weightKg: number,
  shippedOn: string,
  backdate?: { confirmedOn: string; dueDate: string },
) {
  await recordConsignment(app, collector, customerId, { shippedOn, weightKg });
  const s = await issueStatement(app, collector, customerId, shippedOn, shippedOn);
  await confirmStatement(app, collector, s.id);
  if (backdate) {
    await app.db.query('UPDATE receivable SET confirmedOn = ?, dueDate = ? WHERE statementId = ?', [
      backdate.confirmedOn,
      backdate.dueDate,
      Number(s.id),
    ]);
    // Written around the services, so the kept balances are recomputed from the ledger as after a bulk load.
    await rebuildKeptBalances(app.db);
  }
  return s;
}

const PAY = graphql(`
  mutation PaymentsTestPay($c: ID!, $a: Money!, $d: LocalDate!, $r: String!, $k: String!) {
    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: $r, idempotencyKey: $k) {
      id
      amount
      customer {
        balance
      }
    }
  }
`);
const Outstanding = graphql(`
  query PaymentsTestOutstanding($c: ID) {
    receivables(filter: { customerId: $c }) {
      edges {
        node {
          statement {
            id
          }
          outstanding
          settled
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation PaymentsTestPickup($c: ID!, $d: LocalDate!) {
    createPickupNotice(customerId: $c, pickupDate: $d, goods: "20 箱电子元件") {
      id
      status
    }
  }
`);
const RequestArrears = graphql(`
  mutation PaymentsTestArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "month end") {
      id
    }
  }
`);
const Approve = graphql(`
  mutation PaymentsTestApprove($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);
const SignConsent = graphql(`
  mutation PaymentsTestSignConsent($id: ID!, $d: Department!) {
    signArrearsConsent(id: $id, department: $d) {
      id
    }
  }
`);
const SignPickup = graphql(`
  mutation PaymentsTestSignPickup($id: ID!) {
    signPickupNotice(id: $id) {
      status
    }
  }
`);
const RejectPickup = graphql(`
  mutation PaymentsTestRejectPickup($id: ID!, $reason: String!) {
    rejectPickupNotice(id: $id, reason: $reason) {
      status
    }
  }
`);

describe('payments', () => {
  it('idempotency: same key same payment -> same result, nothing new; different payment -> CONFLICT; concurrent -> one', async () => {
    const c = await makeCustomer(app, owner);
    const vars = { c: String(c.id), a: '50.00', d: '2026-10-01', r: 'BANK-9', k: `idem-${c.id}` };
    const first = await app.ok(PAY, vars, collector);
    const again = await app.ok(PAY, vars, collector);
    expect(again.recordPayment.id).toBe(first.recordPayment.id);
    expect(await count(app, 'payment', 'customerId = ?', [c.id])).toBe(1);
    expect(errorCodes(await app.exec(PAY, { ...vars, a: '50.01' }, collector))).toEqual(['CONFLICT']);
    expect(errorCodes(await app.exec(PAY, { ...vars, r: 'OTHER' }, collector))).toEqual(['CONFLICT']);
    const k2 = { ...vars, k: `idem2-${c.id}` };
    const results = await Promise.all(Array.from({ length: 6 }, () => app.exec(PAY, k2, collector)));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data!.recordPayment.id)).size).toBe(1);
    expect(await count(app, 'payment', 'customerId = ?', [c.id])).toBe(2);
    expect(await count(app, 'audit_event', "action = 'payment.recorded'")).toBeGreaterThanOrEqual(2);
    const idx =
      app.dialect === 'mysql'
        ? await app.db.query("SHOW INDEX FROM payment WHERE Key_name = 'UQ_payment_idempotency_key' AND Non_unique = 0")
        : await app.db.query(
            "SELECT * FROM sqlite_master WHERE type = 'index' AND name = 'UQ_payment_idempotency_key' AND sql LIKE 'CREATE UNIQUE%'",
          );
    expect(idx.length).toBeGreaterThan(0);
  });

  it('only a COLLECTOR records payments', async () => {
    const c = await makeCustomer(app, owner);
    for (const role of [Role.SALESPERSON, Role.MANAGER, Role.DIRECTOR, Role.ASSISTANT_MANAGER]) {
      expect(
        errorCodes(
          await app.exec(
            PAY,
            { c: String(c.id), a: '1.00', d: '2026-10-01', r: 'x', k: `deny-${role}-${c.id}` },
            await app.staff(role),
          ),
        ),
      ).toEqual(['FORBIDDEN']);
    }
    expect(await count(app, 'payment', 'customerId = ?', [c.id])).toBe(0);
  });

  it('a failure half way through a payment leaves nothing behind', async () => {
    const c = await makeCustomer(app, owner);
    await receivable(c.id, 1000, '2026-05-02');
    const before = await Promise.all(['payment', 'payment_allocation', 'audit_event'].map((t) => count(app, t)));
    const spy = jest.spyOn(app.server.services.payments, 'settle').mockImplementationOnce(async () => {
      throw new Error('disk on fire');
    });
    const res = await app.exec(
      PAY,
      { c: String(c.id), a: '10.00', d: '2026-10-01', r: 'x', k: `fail-${c.id}` },
      collector,
    );
    spy.mockRestore();
    expect(errorCodes(res)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(res.errors)).not.toContain('disk on fire');
    expect(await Promise.all(['payment', 'payment_allocation', 'audit_event'].map((t) => count(app, t)))).toEqual(
      before,
    );
    // The retry with the same key then succeeds once.
    await app.ok(PAY, { c: String(c.id), a: '10.00', d: '2026-10-01', r: 'x', k: `fail-${c.id}` }, collector);
    expect(await count(app, 'payment', 'customerId = ?', [c.id])).toBe(1);
  });

  it('settles the oldest receivables first; an overpayment stays as credit and is used on the next statement', async () => {
    const c = await makeCustomer(app, owner);
    const older = await receivable(c.id, 1000, '2026-03-02', { confirmedOn: '2026-03-05', dueDate: '2026-04-04' }); // 300.00
    const newer = await receivable(c.id, 500, '2026-04-02', { confirmedOn: '2026-04-05', dueDate: '2026-05-05' }); // 150.00
    const p = await app.ok(PAY, { c: String(c.id), a: '350.00', d: '2026-05-10', r: 'x', k: `old-${c.id}` }, collector);
    expect(p.recordPayment.customer.balance).toBe('100.00');
    const outstanding = async () => {
      const data = await app.ok(Outstanding, { c: String(c.id) }, collector);
      return Object.fromEntries(data.receivables.edges.map((e) => [e.node.statement.id, e.node.outstanding]));
    };
    expect(await outstanding()).toEqual({ [older.id]: '0.00', [newer.id]: '100.00' });
    const over = await app.ok(
      PAY,
      { c: String(c.id), a: '130.00', d: '2026-05-11', r: 'y', k: `over-${c.id}` },
      collector,
    );
    expect(over.recordPayment.customer.balance).toBe('-30.00');
    const third = await receivable(c.id, 200, '2026-05-12'); // 60.00, 30.00 of it paid by credit
    expect((await outstanding())[third.id]).toBe('30.00');
  });

  it('money sums to the fen: 0.10 + 0.20 many times, and random amounts through the API against SQL SUM and the balance', async () => {
    const c = await makeCustomer(app, owner);
    let last: ResultOf<typeof PAY> | undefined;
    for (let i = 0; i < 30; i++)
      last = await app.ok(
        PAY,
        { c: String(c.id), a: i % 2 ? '0.20' : '0.10', d: '2026-10-01', r: 'small', k: `s-${c.id}-${i}` },
        collector,
      );
    expect(last!.recordPayment.customer.balance).toBe('-4.50');
    // Random amounts through the API (as Money strings and as numbers), compared with SQL SUM and the balance.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 99_999_999_99 }), fc.boolean()), { minLength: 20, maxLength: 60 }),
        async (amounts) => {
          const c2 = await makeCustomer(app, owner);
          let expected = 0;
          let balance = '';
          for (const [i, [fen, asNumber]] of amounts.entries()) {
            expected += fen;
            const yuan = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
            // The Money scalar also takes a number with at most two decimals.
            const paid = await app.ok(
              PAY,
              {
                c: String(c2.id),
                a: (asNumber ? fen / 100 : yuan) as string,
                d: '2026-10-02',
                r: 'r',
                k: `rnd-${c2.id}-${i}`,
              },
              collector,
            );
            expect(paid.recordPayment.amount).toBe(yuan);
            balance = paid.recordPayment.customer.balance!;
          }
          const sum = await app.db.query('SELECT SUM(amount) AS s FROM payment WHERE customerId = ?', [c2.id]);
          expect(Number(sum[0].s)).toBe(expected);
          expect(balance).toBe(`-${Math.floor(expected / 100)}.${String(expected % 100).padStart(2, '0')}`);
        },
      ),
      { seed: 1130, numRuns: 8, verbose: true },
    );
  }, 240_000);
});

describe('reports', () => {
  it('monthlyReceivablesReport reconciles exactly per row, per owner and in total', async () => {
    const c = await makeCustomer(app, owner);
    await receivable(c.id, 1000, '2025-01-02', { confirmedOn: '2025-01-20', dueDate: '2025-02-19' }); // 300.00 opening for Feb
    await receivable(c.id, 333, '2025-02-02', { confirmedOn: '2025-02-10', dueDate: '2025-03-12' }); // 99.90 added in Feb
    await pay(app, collector, c.id, '120.05', `m1-${c.id}`, '2025-01-31');
    await pay(app, collector, c.id, '200.00', `m2-${c.id}`, '2025-02-28');
    const data: any = await app.ok(
      `query { monthlyReceivablesReport(month: "2025-02") { rows { customer { id } owner { id } opening added received closing } byOwner { owner { id } opening added received closing } totals { opening added received closing } } }`,
      {},
      collector,
    );
    const report = data.monthlyReceivablesReport;
    const row = report.rows.find((r: any) => r.customer.id === String(c.id));
    expect(row).toEqual({
      customer: { id: String(c.id) },
      owner: { id: String(owner.staff.id) },
      opening: '179.95',
      added: '99.90',
      received: '200.00',
      closing: '79.85',
    });
    const fen = (m: string) => Math.round(Number(m) * 100);
    for (const r of [...report.rows, ...report.byOwner, report.totals]) {
      expect(fen(r.opening) + fen(r.added) - fen(r.received)).toBe(fen(r.closing));
    }
    for (const k of ['opening', 'added', 'received', 'closing']) {
      expect(report.rows.reduce((s: number, r: any) => s + fen(r[k]), 0)).toBe(fen(report.totals[k]));
      expect(report.byOwner.reduce((s: number, r: any) => s + fen(r[k]), 0)).toBe(fen(report.totals[k]));
      for (const o of report.byOwner) {
        const own = report.rows.filter((r: any) => r.owner.id === o.owner.id);
        expect(own.length).toBeGreaterThan(0);
        expect(own.reduce((s: number, r: any) => s + fen(r[k]), 0)).toBe(fen(o[k]));
      }
    }
    expect(report.byOwner.map((o: any) => Number(o.owner.id))).toEqual(
      [...new Set<number>(report.rows.map((r: any) => Number(r.owner.id)))].sort((a: number, b: number) => a - b),
    );
    // A customer settled before the month and quiet in it has no row.
    const quiet = await makeCustomer(app, owner);
    await receivable(quiet.id, 100, '2025-01-03', { confirmedOn: '2025-01-04', dueDate: '2025-02-03' });
    await pay(app, collector, quiet.id, '30.00', `m3-${quiet.id}`, '2025-01-20');
    const again: any = await app.ok(
      `query { monthlyReceivablesReport(month: "2025-02") { rows { customer { id } } totals { opening added received closing } } }`,
      {},
      collector,
    );
    expect(again.monthlyReceivablesReport.rows.map((r: any) => r.customer.id)).not.toContain(String(quiet.id));
    expect(again.monthlyReceivablesReport.totals).toEqual(report.totals);
    // Asking only for totals gives the same figures.
    const onlyTotals: any = await app.ok(
      `query { monthlyReceivablesReport(month: "2025-02") { month firstDay lastDay totals { opening added received closing } } }`,
      {},
      collector,
    );
    expect(onlyTotals.monthlyReceivablesReport).toEqual({
      month: '2025-02',
      firstDay: '2025-02-01',
      lastDay: '2025-02-28',
      totals: report.totals,
    });
    expect(
      errorCodes(await app.exec(`{ monthlyReceivablesReport(month: "2025-13") { month } }`, {}, collector)),
    ).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await app.exec(`{ monthlyReceivablesReport(month: "2025-02") { month } }`, {}, owner))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('agingReport buckets outstanding amounts by days past due', async () => {
    const c = await makeCustomer(app, owner);
    const asOf = '2025-12-31';
    const due = (days: number) => addDays(asOf, -days);
    await receivable(c.id, 100, '2025-06-01', { confirmedOn: '2025-06-01', dueDate: due(-5) }); // 30.00 not due
    await receivable(c.id, 200, '2025-06-02', { confirmedOn: '2025-06-01', dueDate: due(30) }); // 60.00 1-30
    await receivable(c.id, 300, '2025-06-03', { confirmedOn: '2025-06-01', dueDate: due(31) }); // 90.00 31-60
    await receivable(c.id, 400, '2025-06-04', { confirmedOn: '2025-06-01', dueDate: due(90) }); // 120.00 61-90
    await receivable(c.id, 500, '2025-06-05', { confirmedOn: '2025-06-01', dueDate: due(91) }); // 150.00 >90
    const data: any = await app.ok(
      `query($a: LocalDate) { agingReport(asOf: $a) { rows { customer { id } notDue d1to30 d31to60 d61to90 over90 total } totals { total } } }`,
      { a: asOf },
      manager,
    );
    const row = data.agingReport.rows.find((r: any) => r.customer.id === String(c.id));
    expect(row).toEqual({
      customer: { id: String(c.id) },
      notDue: '30.00',
      d1to30: '60.00',
      d31to60: '90.00',
      d61to90: '120.00',
      over90: '150.00',
      total: '450.00',
    });
    // The totals (their own statement) are the rows summed, bucket by bucket, asked with or without the rows.
    const buckets = ['notDue', 'd1to30', 'd31to60', 'd61to90', 'over90', 'total'];
    const fen = (m: string) => Math.round(Number(m) * 100);
    const both: any = await app.ok(
      `query($a: LocalDate) { agingReport(asOf: $a) { rows { ${buckets.join(' ')} } totals { ${buckets.join(' ')} } } }`,
      { a: asOf },
      manager,
    );
    const only: any = await app.ok(
      `query($a: LocalDate) { agingReport(asOf: $a) { asOf totals { ${buckets.join(' ')} } } }`,
      { a: asOf },
      manager,
    );
    expect(only.agingReport).toEqual({ asOf, totals: both.agingReport.totals });
    for (const k of buckets)
      expect(fen(both.agingReport.totals[k])).toBe(
        both.agingReport.rows.reduce((s: number, r: any) => s + fen(r[k]), 0),
      );
  });
});

describe('pickups', () => {
  it('refuses a customer that is not ACTIVE or owes overdue beyond approved arrears, with the reason', async () => {
    const prospect = await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT });
    const res = await app.exec(CREATE, { c: String(prospect.id), d: pickupDay() }, owner);
    expect(errorCodes(res)).toEqual(['PICKUP_CONDITIONS_NOT_MET']);
    expect(res.errors![0].extensions?.reason).toMatch(/not ACTIVE/);
    const debtor = await makeCustomer(app, owner);
    await receivable(debtor.id, 1000, '2026-01-05', { confirmedOn: '2026-01-06', dueDate: addDays(today(), -1) });
    const owed = await app.exec(CREATE, { c: String(debtor.id), d: pickupDay() }, owner);
    expect(errorCodes(owed)).toEqual(['PICKUP_CONDITIONS_NOT_MET']);
    expect(owed.errors![0].extensions?.reason).toMatch(/300\.00 overdue/);
    expect(await count(app, 'pickup_notice', 'customerId IN (?, ?)', [prospect.id, debtor.id])).toBe(0);
    // An approved, unexpired arrears consent covering it lets the pickup through.
    const r = await app.ok(RequestArrears, { c: String(debtor.id), d: addDays(today(), 10) }, owner);
    await app.ok(Approve, { id: r.requestArrears.id }, manager);
    // ...once every department it names has signed.
    const unsigned = await app.exec(CREATE, { c: String(debtor.id), d: pickupDay() }, owner);
    expect(errorCodes(unsigned)).toEqual(['PICKUP_CONDITIONS_NOT_MET']);
    expect(unsigned.errors![0].extensions?.reason).toMatch(/not yet signed by FINANCE, MARKET/);
    const heads = await makeHeads(app, [Department.FINANCE, Department.MARKET]);
    const [consent] = await app.db.query('SELECT id FROM arrears_consent WHERE requestId = ?', [
      Number(r.requestArrears.id),
    ]);
    for (const d of [Department.FINANCE, Department.MARKET]) {
      await app.ok(SignConsent, { id: String(consent.id), d }, heads[d]);
    }
    await app.ok(CREATE, { c: String(debtor.id), d: pickupDay() }, owner);
  });

  it('DISPATCHER alone signs or rejects, once', async () => {
    const c = await makeCustomer(app, owner);
    const created = await app.ok(CREATE, { c: String(c.id), d: pickupDay() }, owner);
    const id = created.createPickupNotice.id;
    for (const role of [Role.MANAGER, Role.SALESPERSON, Role.DIRECTOR]) {
      expect(errorCodes(await app.exec(SignPickup, { id }, await app.staff(role)))).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(await app.exec(CREATE, { c: String(c.id), d: pickupDay() }, await app.staff(Role.SALESPERSON))),
    ).toEqual(['FORBIDDEN']);
    const dispatcher = await app.staff(Role.DISPATCHER);
    const both = await Promise.all([
      app.exec(SignPickup, { id }, dispatcher),
      app.exec(RejectPickup, { id, reason: 'closed' }, dispatcher),
    ]);
    expect(both.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });
});

describe('printable statement', () => {
  it('serves a Chinese HTML page to readers over HTTP, refusing others', async () => {
    const c = await makeCustomer(app, owner, { name: `打印客户 ${Date.now()}` });
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-02-03', weightKg: 10 });
    const s = await issueStatement(app, collector, c.id, '2026-02-01', '2026-02-28');
    const server = http.createServer(createHttpApp(app.server));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const get = (token?: string, id = s.id) =>
        fetch(`${base}/statements/${id}/print`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const ok = await get(collector.token);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toMatch(/text\/html/);
      const html = await ok.text();
      expect(html).toContain('托运清单');
      expect(html).toContain(c.name);
      expect(html).toContain('合计');
      expect(html).toContain('3.00');
      expect((await get(owner.token)).status).toBe(200);
      expect((await get()).status).toBe(401);
      expect((await get('garbage')).status).toBe(401);
      expect((await get((await app.staff(Role.ORDER_CLERK)).token)).status).toBe(403);
      expect((await get((await app.staff(Role.SALESPERSON)).token)).status).toBe(404);
      expect((await get(collector.token, '999999')).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
