import { TestApp, Caller } from '../support/app';
import { statementsOf } from '../support/statements';
import { makeCustomer } from '../support/factories';
import { confirmStatement, issueStatement, pay, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { LEDGER_MONTHS_SQL } from '../../src/features/ledger/kept-balances';
import { addDays, localDateIn, monthRange } from '../../src/time';
import { graphql } from '../generated';

const KeptBalancesMonthly = graphql(`
  query KeptBalancesMonthly($m: String!) {
    monthlyReceivablesReport(month: $m) {
      rows {
        customer {
          id
        }
        opening
        added
        received
        closing
      }
    }
  }
`);
const KeptBalancesAging = graphql(`
  query KeptBalancesAging($a: LocalDate) {
    agingReport(asOf: $a) {
      rows {
        customer {
          id
        }
        total
      }
    }
  }
`);
const KeptBalancesFailingPayment = graphql(`
  mutation KeptBalancesFailingPayment($c: ID!, $on: LocalDate!, $key: String!) {
    recordPayment(customerId: $c, amount: "5.00", receivedOn: $on, reference: "x", idempotencyKey: $key) {
      id
    }
  }
`);
const KeptBalancesCustomer = graphql(`
  query KeptBalancesCustomer($id: ID!) {
    customer(id: $id) {
      balance
      openReceivables {
        id
        outstanding
      }
    }
  }
`);

const KeptBalancesMonthlyReads = graphql(`
  query KeptBalancesMonthlyReads {
    monthlyReceivablesReport(month: "2026-09") {
      rows {
        opening
      }
      byOwner {
        opening
      }
      totals {
        closing
      }
    }
  }
`);
const KeptBalancesAgingReads = graphql(`
  query KeptBalancesAgingReads {
    agingReport(asOf: "2026-10-15") {
      rows {
        total
      }
      totals {
        total
      }
    }
  }
`);

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

/** A small deterministic generator, so a failure replays the same movements. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const money = (fen: number) =>
  `${fen < 0 ? '-' : ''}${Math.floor(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
const inList = (ids: number[]) => ids.join(',');
type Month = { customerId: number; month: string; added: number; received: number; closing: number };
const normalize = (rows: any[]): Month[] =>
  rows
    .map((r) => ({
      customerId: Number(r.customerId),
      month: String(r.month),
      added: Number(r.added),
      received: Number(r.received),
      closing: Number(r.closing),
    }))
    .sort((a, b) => a.customerId - b.customerId || a.month.localeCompare(b.month));

/** The reports as they were computed before any balance was kept: straight from the ledger (the oracle). */
async function ledgerMonthly(customerIds: number[], month: string) {
  const { first, last: end } = monthRange(month);
  const rows: any[] = await app.db.query(
    `SELECT customerId, SUM(ob) - SUM(pb) AS opening, SUM(ow) AS added, SUM(pw) AS received FROM (
       SELECT customerId, CASE WHEN confirmedOn < ? THEN amount ELSE 0 END AS ob, CASE WHEN confirmedOn >= ? THEN amount ELSE 0 END AS ow, 0 AS pb, 0 AS pw FROM receivable WHERE confirmedOn <= ?
       UNION ALL SELECT customerId, 0, 0, CASE WHEN receivedOn < ? THEN amount ELSE 0 END, CASE WHEN receivedOn >= ? THEN amount ELSE 0 END FROM payment WHERE receivedOn <= ?) u
      WHERE customerId IN (${inList(customerIds)}) GROUP BY customerId`,
    [first, first, end, first, first, end],
  );
  return new Map(
    rows
      .map((r) => ({
        id: Number(r.customerId),
        opening: Number(r.opening),
        added: Number(r.added),
        received: Number(r.received),
      }))
      .filter((r) => r.opening || r.added || r.received)
      .map((r) => [
        String(r.id),
        {
          opening: money(r.opening),
          added: money(r.added),
          received: money(r.received),
          closing: money(r.opening + r.added - r.received),
        },
      ]),
  );
}

async function ledgerOpenOn(customerIds: number[], asOf: string): Promise<Map<string, string>> {
  const rows: any[] = await app.db.query(
    `SELECT customerId, SUM(open) AS total FROM (
       SELECT r.customerId, r.amount - (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id AND a.allocatedOn <= ?) AS open
         FROM receivable r WHERE r.confirmedOn <= ? AND r.customerId IN (${inList(customerIds)})) t
      WHERE open > 0 GROUP BY customerId`,
    [asOf, asOf],
  );
  return new Map(rows.map((r) => [String(r.customerId), money(Number(r.total))]));
}

describe('kept balances: the reports read per-customer monthly balances, not the whole ledger', () => {
  it('after random money movements through the API, the monthly balances and settled days equal the ledger recomputed from scratch, and both reports answer as from the ledger', async () => {
    const next = random(19);
    const customers = [await makeCustomer(app, owner), await makeCustomer(app, owner), await makeCustomer(app, owner)];
    const ids = customers.map((c) => c.id);
    const day0 = today();
    let shipped = 0;
    for (let step = 0; step < 24; step++) {
      const c = customers[Math.floor(next() * customers.length)];
      if (next() < 0.45) {
        // A statement confirmed today (its receivable lands in this month, credit from earlier payments applied).
        const on = addDays(day0, -1 - shipped++);
        await recordConsignment(app, collector, c.id, { shippedOn: on, weightKg: 200 + Math.floor(next() * 3000) });
        const s = await issueStatement(app, collector, c.id, on, on);
        await confirmStatement(app, collector, s.id);
      } else {
        // A payment received on a day up to five months back: earlier months' closings all move.
        const receivedOn = addDays(day0, -Math.floor(next() * 150));
        const amount = money(100 + Math.floor(next() * 150_000));
        if (next() < 0.3) {
          // Two at once for the same customer, one of them a retry of the other's key: the customer lock serializes
          // them.
          const key = `kb-${c.id}-${step}`;
          await Promise.all([
            pay(app, collector, c.id, amount, key, receivedOn),
            pay(app, collector, c.id, amount, key, receivedOn),
            pay(app, collector, c.id, '3.07', `${key}-b`, receivedOn),
          ]);
        } else {
          await pay(app, collector, c.id, amount, `kb-${c.id}-${step}`, receivedOn);
        }
      }
    }

    const kept = normalize(
      await app.db.query(
        `SELECT customerId, month, added, received, closing FROM customer_month_balance WHERE customerId IN (${inList(ids)})`,
      ),
    );
    const ledger = normalize(
      await app.db.query(`SELECT * FROM (${LEDGER_MONTHS_SQL}) l WHERE customerId IN (${inList(ids)})`),
    );
    expect(kept.length).toBeGreaterThan(3);
    expect(kept).toEqual(ledger);

    // settledOn: set exactly when fully paid, to the last allocation's day.
    const settled: any[] = await app.db.query(
      `SELECT r.id, r.settledOn, r.amount, (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id) AS paid,
              (SELECT MAX(a.allocatedOn) FROM payment_allocation a WHERE a.receivableId = r.id) AS lastDay
         FROM receivable r WHERE r.customerId IN (${inList(ids)})`,
    );
    expect(settled.length).toBeGreaterThan(3);
    for (const r of settled) {
      const paidOff = Number(r.paid) >= Number(r.amount);
      expect([r.id, r.settledOn ? String(r.settledOn).slice(0, 10) : null]).toEqual([
        r.id,
        paidOff ? String(r.lastDay ?? '').slice(0, 10) : null,
      ]);
    }
    expect(settled.some((r) => r.settledOn)).toBe(true);

    // The dashboard's balance (read from the latest kept month) and open receivables (skipping settled ones by
    // settledOn) equal the ledger: owed minus paid, and every receivable its allocations have not paid off.
    for (const id of ids) {
      const { customer } = await app.ok(KeptBalancesCustomer, { id: String(id) }, manager);
      const [sums]: any[] = await app.db.query(
        `SELECT (SELECT COALESCE(SUM(amount), 0) FROM receivable WHERE customerId = ?) -
                (SELECT COALESCE(SUM(amount), 0) FROM payment WHERE customerId = ?) AS owed`,
        [id, id],
      );
      const open: any[] = await app.db.query(
        `SELECT id, amount - (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id) AS o
           FROM receivable r WHERE customerId = ? ORDER BY dueDate, id`,
        [id],
      );
      expect([id, customer?.balance]).toEqual([id, money(Number(sums.owed))]);
      expect(customer?.openReceivables).toEqual(
        open.filter((r) => Number(r.o) > 0).map((r) => ({ id: String(r.id), outstanding: money(Number(r.o)) })),
      );
    }

    // The reports: every month touched, and aging on several days, equal to the ledger's answer.
    for (const month of [...new Set(ledger.map((r) => r.month))]) {
      const data = await app.ok(KeptBalancesMonthly, { m: month }, collector);
      const ours = new Map(
        data.monthlyReceivablesReport.rows
          .filter((r: any) => ids.includes(Number(r.customer.id)))
          .map((r: any) => [
            r.customer.id,
            { opening: r.opening, added: r.added, received: r.received, closing: r.closing },
          ]),
      );
      expect([month, ours]).toEqual([month, await ledgerMonthly(ids, month)]);
    }
    for (const back of [0, 20, 45, 80, 130]) {
      const asOf = addDays(day0, -back);
      const data = await app.ok(KeptBalancesAging, { a: asOf }, manager);
      const ours = new Map(
        data.agingReport.rows
          .filter((r: any) => ids.includes(Number(r.customer.id)))
          .map((r: any) => [r.customer.id, r.total]),
      );
      expect([asOf, ours]).toEqual([asOf, await ledgerOpenOn(ids, asOf)]);
    }
  });

  it('a payment that fails after booking its month leaves the kept balances as they were', async () => {
    const c = await makeCustomer(app, owner);
    await pay(app, collector, c.id, '10.00', `kb-fail-ok-${c.id}`, addDays(today(), -40));
    const rows = () =>
      app.db.query(
        `SELECT month, added, received, closing FROM customer_month_balance WHERE customerId = ? ORDER BY month`,
        [c.id],
      );
    const before = normalize((await rows()).map((r: any) => ({ ...r, customerId: c.id })));
    const spy = jest.spyOn(app.server.services.payments, 'settle').mockImplementationOnce(async () => {
      throw new Error('disk on fire');
    });
    const res = await app.exec(
      KeptBalancesFailingPayment,
      { c: String(c.id), on: addDays(today(), -70), key: `kb-fail-${c.id}` },
      collector,
    );
    spy.mockRestore();
    expect(res.errors?.length).toBe(1);
    expect(normalize((await rows()).map((r: any) => ({ ...r, customerId: c.id })))).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it('the monthly report reads the kept balances, not receivables or payments; aging skips receivables settled before the day', async () => {
    const sqlOf = async (run: () => Promise<unknown>) =>
      (await statementsOf(app.db, run)).statements.map(([sql]) => sql);
    const monthly = (await sqlOf(() => app.ok(KeptBalancesMonthlyReads, {}, collector))).filter(
      (s) => /monthly|customer_month_balance|receivable|payment/i.test(s) && !/staff/.test(s.slice(0, 40)),
    );
    expect(monthly.some((s) => s.includes('customer_month_balance'))).toBe(true);
    expect(monthly.filter((s) => /\b(receivable|payment)\b/.test(s))).toEqual([]);
    const aging = (await sqlOf(() => app.ok(KeptBalancesAgingReads, {}, manager))).filter((s) =>
      /\breceivable r\b/.test(s),
    );
    expect(aging.length).toBeGreaterThan(0);
    for (const s of aging) expect(s).toContain('r.settledOn IS NULL OR r.settledOn > ?');
  });
});
