import { graphql } from '../generated';
import { TestApp, Caller, errorCodes } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Statement, StatementStatus } from '../../src/features/statements/statement.entity';
import { OwnershipChange } from '../../src/features/customers/ownership-change.entity';
import { makeCustomer } from '../support/factories';
import { must, run } from '../support/customer-factories';
import { pay } from '../support/money-factories';
import { companyToday, rolesExcept } from '../support/administration-factories';
import { latestMonth } from '../../src/time';
import { Staff } from '../../src/features/staff/staff.entity';

/* eslint-disable @typescript-eslint/no-explicit-any */

const SET = graphql(`
  mutation RulebookTargetsSetSalesTarget($s: ID!, $m: String!, $st: Money!, $ct: Money!, $r: String) {
    setSalesTarget(staffId: $s, month: $m, salesTarget: $st, collectionTarget: $ct, reason: $r) {
      id
      month
      salesTarget
      collectionTarget
      staff {
        id
      }
      setBy {
        id
      }
    }
  }
`);
const ACHIEVEMENT = graphql(`
  query RulebookTargetsTargetAchievement($m: String!) {
    targetAchievement(month: $m) {
      month
      rows {
        staff {
          id
          name
        }
        targetSet
        sales {
          target
          actual
          percent
          gap
        }
        collections {
          target
          actual
          percent
          gap
        }
      }
      department {
        salespeople
        sales {
          target
          actual
          percent
          gap
        }
        collections {
          target
          actual
          percent
          gap
        }
      }
    }
  }
`);
const CHANGES = graphql(`
  query RulebookTargetsSalesTargetChanges($s: ID, $m: String) {
    salesTargetChanges(staffId: $s, month: $m) {
      totalCount
      edges {
        node {
          month
          previousSalesTarget
          previousCollectionTarget
          salesTarget
          collectionTarget
          afterMonthBegan
          reason
          staff {
            id
          }
          changedBy {
            id
          }
        }
      }
    }
  }
`);
const REVENUE = graphql(`
  query RulebookTargetsMonthlyRevenueReport($m: String!) {
    monthlyRevenueReport(month: $m) {
      bySalesperson {
        salesperson {
          id
        }
        total
      }
    }
  }
`);

let app: TestApp;
let director: Caller;
let manager: Caller;
let assistant: Caller;
let collector: Caller;
let salesA: Caller;
let salesB: Caller;
let seq = 0;

/** The month after the current one (company time zone): it has not begun, so no reason is needed. */
function nextMonth(): string {
  const [y, m] = companyToday(app).split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
}

beforeAll(async () => {
  app = await TestApp.start();
  expect(app.config.timeZone).toBe('Asia/Shanghai');
  director = await app.staff(Role.DIRECTOR, { name: 'T Director' });
  manager = await app.staff(Role.MANAGER, { name: 'T Manager' });
  assistant = await app.staff(Role.ASSISTANT_MANAGER, { name: 'T Assistant' });
  collector = await app.staff(Role.COLLECTOR, { name: 'T Collector' });
  salesA = await app.staff(Role.SALESPERSON, { name: 'T Sales A' });
  salesB = await app.staff(Role.SALESPERSON, { name: 'T Sales B' });
});
afterAll(() => app.stop());

const set = (caller: Caller, staff: Caller | string, month: string, st: string, ct: string, r: string | null = null) =>
  run(app, caller, SET, { s: typeof staff === 'string' ? staff : String(staff.staff.id), m: month, st, ct, r });

async function statement(
  customerId: number,
  total: number,
  confirmedOn: string | null,
  status = StatementStatus.CONFIRMED,
) {
  await app.db.getRepository(Statement).insert({
    customerId,
    periodStart: '2026-06-01',
    periodEnd: '2026-06-30',
    status,
    total,
    issuedById: collector.staff.id,
    confirmedOn,
    confirmedBy: confirmedOn ? '客户' : null,
  });
}

describe('setSalesTarget', () => {
  it("lets the DIRECTOR and MANAGER set a salesperson's targets for a month not yet begun, and change them", async () => {
    const month = nextMonth();
    const first = await set(manager, salesA, month, '100000.00', '80000.50');
    expect(first.errors).toBeUndefined();
    expect(first.data?.setSalesTarget).toMatchObject({
      month,
      salesTarget: '100000.00',
      collectionTarget: '80000.50',
      staff: { id: String(salesA.staff.id) },
      setBy: { id: String(manager.staff.id) },
    });
    const second = await set(director, salesA, month, '120000', '90000');
    expect(second.data?.setSalesTarget).toMatchObject({
      id: first.data?.setSalesTarget.id,
      salesTarget: '120000.00',
      collectionTarget: '90000.00',
      setBy: { id: String(director.staff.id) },
    });
    // The same values again record nothing new.
    await set(director, salesA, month, '120000', '90000');
    const history = await must(app, director, CHANGES, { s: String(salesA.staff.id), m: month });
    expect(history.salesTargetChanges.totalCount).toBe(2);
    expect(history.salesTargetChanges.edges.map((e: any) => e.node)).toEqual([
      {
        month,
        previousSalesTarget: '100000.00',
        previousCollectionTarget: '80000.50',
        salesTarget: '120000.00',
        collectionTarget: '90000.00',
        afterMonthBegan: false,
        reason: null,
        staff: { id: String(salesA.staff.id) },
        changedBy: { id: String(director.staff.id) },
      },
      {
        month,
        previousSalesTarget: null,
        previousCollectionTarget: null,
        salesTarget: '100000.00',
        collectionTarget: '80000.50',
        afterMonthBegan: false,
        reason: null,
        staff: { id: String(salesA.staff.id) },
        changedBy: { id: String(manager.staff.id) },
      },
    ]);
  });

  it('needs a reason once the month has begun, and keeps who and why', async () => {
    const month = companyToday(app).slice(0, 7);
    const noReason = await set(manager, salesB, month, '5000', '4000');
    expect(errorCodes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors![0].extensions!.field).toBe('reason');
    const blank = await set(manager, salesB, month, '5000', '4000', '   ');
    expect(blank.errors![0].extensions!.field).toBe('reason');
    expect(await must(app, director, CHANGES, { s: String(salesB.staff.id), m: month })).toEqual({
      salesTargetChanges: { totalCount: 0, edges: [] },
    });

    await must(app, manager, SET, {
      s: String(salesB.staff.id),
      m: month,
      st: '5000',
      ct: '4000',
      r: '新开发区域，月中定目标',
    });
    await must(app, director, SET, { s: String(salesB.staff.id), m: month, st: '4000', ct: '4000', r: '大客户停产' });
    const history = await must(app, manager, CHANGES, { s: String(salesB.staff.id), m: month });
    expect(
      history.salesTargetChanges.edges.map((e: any) => [
        e.node.afterMonthBegan,
        e.node.reason,
        e.node.changedBy.id,
        e.node.previousSalesTarget,
        e.node.salesTarget,
      ]),
    ).toEqual([
      [true, '大客户停产', String(director.staff.id), '5000.00', '4000.00'],
      [true, '新开发区域，月中定目标', String(manager.staff.id), null, '5000.00'],
    ]);
    // A past month has begun too.
    expect(errorCodes(await set(manager, salesB, '2026-01', '1', '1'))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses other roles, non-salespeople, bad ids, negative or odd money and impossible months', async () => {
    const month = nextMonth();
    for (const role of rolesExcept(Role.DIRECTOR, Role.MANAGER)) {
      const caller = await app.staff(role);
      expect(errorCodes(await set(caller, salesA, month, '1', '1'))).toEqual(['FORBIDDEN']);
    }
    for (const notSales of [collector, manager, assistant]) {
      const r = await set(director, notSales, month, '1', '1');
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.field).toBe('staffId');
    }
    const bad = await set(director, 'abc', month, '1', '1');
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.field).toBe('staffId');
    expect(errorCodes(await set(director, '99999999', month, '1', '1'))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await set(director, salesA, month, '-1.00', '1'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await set(director, salesA, month, '1', '-0.01'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await set(director, salesA, month, '1.005', '1'))).toEqual(['BAD_USER_INPUT']);
    for (const m of ['2026-13', '2026-1', '1999-12', '2099-01', 'next', '']) {
      const r = await set(director, salesA, m, '1', '1');
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.field).toBe('month');
    }
    // The latest month allowed is twelve months ahead.
    expect((await set(director, salesA, latestMonth(), '1', '1')).errors).toBeUndefined();
    const inactive = await app.staff(Role.SALESPERSON);
    await app.db.getRepository(Staff).update({ id: inactive.staff.id }, { active: false });
    expect(errorCodes(await set(director, inactive, month, '1', '1'))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps one target and every change when two leaders set it at once', async () => {
    const month = nextMonth();
    const sales = await app.staff(Role.SALESPERSON);
    const results = await Promise.all([
      set(director, sales, month, '700', '70'),
      set(manager, sales, month, '800', '80'),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const rows = await app.db.query('SELECT COUNT(*) AS n FROM sales_target WHERE staffId = ? AND month = ?', [
      sales.staff.id,
      month,
    ]);
    expect(Number(rows[0].n)).toBe(1);
    const history = await must(app, director, CHANGES, { s: String(sales.staff.id), m: month });
    expect(history.salesTargetChanges.totalCount).toBe(2);
    expect(history.salesTargetChanges.edges[1].node.previousSalesTarget).toBeNull();
  });

  it('shows the history to leaders only', async () => {
    for (const c of [salesA, assistant, collector])
      expect(errorCodes(await run(app, c, CHANGES, {}))).toEqual(['FORBIDDEN']);
  });
});

describe('targetAchievement', () => {
  // August 2026 in Asia/Shanghai: statements by the day confirmed, payments by the day received.
  const MONTH = '2026-08';

  it("counts own customers' confirmed statements and payments of the company-local month exactly, for the owner of the day", async () => {
    const a = await app.staff(Role.SALESPERSON, { name: 'T Edge A' });
    const b = await app.staff(Role.SALESPERSON, { name: 'T Edge B' });
    await must(app, manager, SET, {
      s: String(a.staff.id),
      m: MONTH,
      st: '1000.00',
      ct: '500.00',
      r: 'set late for the test',
    });
    await must(app, manager, SET, {
      s: String(b.staff.id),
      m: MONTH,
      st: '0',
      ct: '200.00',
      r: 'set late for the test',
    });
    const cA = (await makeCustomer(app, a)).id;
    // A statement confirmed on the 1st belongs to the new month; one on the last day of the month before does not.
    await statement(cA, 10000, '2026-08-01');
    await statement(cA, 2550, '2026-08-31');
    await statement(cA, 99999, '2026-07-31');
    await statement(cA, 88888, '2026-09-01');
    await statement(cA, 77777, null, StatementStatus.ISSUED);
    await statement(cA, 66666, null, StatementStatus.VOID);
    // Payments through the API: the last day of the month (however late in the evening) is in it.
    await pay(app, collector, cA, '300.00', `tgt-${process.pid}-${++seq}`, '2026-08-31');
    await pay(app, collector, cA, '0.01', `tgt-${process.pid}-${++seq}`, '2026-08-01');
    await pay(app, collector, cA, '999.00', `tgt-${process.pid}-${++seq}`, '2026-07-31');
    await pay(app, collector, cA, '999.00', `tgt-${process.pid}-${++seq}`, '2026-09-01');

    // cM was B's until the manager moved it to A on 15 Aug at 00:30 Shanghai (14 Aug 16:30 UTC).
    const cM = (await makeCustomer(app, a)).id;
    await app.db.getRepository(OwnershipChange).insert({
      customerId: cM,
      fromOwnerId: null,
      toOwnerId: b.staff.id,
      reason: 'registered',
      changedById: b.staff.id,
    });
    await app.db
      .getRepository(OwnershipChange)
      .update({ customerId: cM }, { changedAt: new Date('2026-06-01T02:00:00Z') });
    await app.db.getRepository(OwnershipChange).insert({
      customerId: cM,
      fromOwnerId: b.staff.id,
      toOwnerId: a.staff.id,
      reason: 'moved',
      changedById: manager.staff.id,
    });
    await app.db
      .getRepository(OwnershipChange)
      .update({ customerId: cM, reason: 'moved' }, { changedAt: new Date('2026-08-14T16:30:00Z') });
    await statement(cM, 40000, '2026-08-14'); // B's: the move came after that day ended
    await statement(cM, 5000, '2026-08-15'); // A's
    await pay(app, collector, cM, '150.00', `tgt-${process.pid}-${++seq}`, '2026-08-14'); // B's

    const data = await must(app, director, ACHIEVEMENT, { m: MONTH });
    const row = (c: Caller) => data.targetAchievement.rows.find((r: any) => r.staff.id === String(c.staff.id));
    expect(row(a)).toEqual({
      staff: { id: String(a.staff.id), name: 'T Edge A' },
      targetSet: true,
      sales: { target: '1000.00', actual: '175.50', percent: 17.6, gap: '824.50' },
      collections: { target: '500.00', actual: '300.01', percent: 60, gap: '199.99' },
    });
    expect(row(b)).toEqual({
      staff: { id: String(b.staff.id), name: 'T Edge B' },
      targetSet: true,
      sales: { target: '0.00', actual: '400.00', percent: null, gap: '0.00' },
      collections: { target: '200.00', actual: '150.00', percent: 75, gap: '50.00' },
    });
    // Every active salesperson has a row, with or without a target.
    expect(row(salesA)).toMatchObject({
      targetSet: false,
      sales: { target: '0.00', actual: '0.00', percent: null, gap: '0.00' },
    });

    // The department is the sum of the rows, and sales reconcile with the monthly revenue report.
    const rows = data.targetAchievement.rows;
    const cents = (s: string) => Math.round(Number(s) * 100);
    const dept = data.targetAchievement.department!;
    expect(dept.salespeople).toBe(rows.length);
    for (const k of ['sales', 'collections'] as const) {
      for (const f of ['target', 'actual'] as const)
        expect(cents(dept[k][f])).toBe(rows.reduce((s: number, r: any) => s + cents(r[k][f]), 0));
    }
    const revenue = await must(app, director, REVENUE, { m: MONTH });
    for (const r of rows) {
      const line = revenue.monthlyRevenueReport.bySalesperson.find((x: any) => x.salesperson.id === r.staff.id);
      expect(r.sales?.actual).toBe(line?.total ?? '0.00');
    }
  });

  it('shows a salesperson only their own row and not the department', async () => {
    const mine = await run(app, salesA, ACHIEVEMENT, { m: MONTH });
    expect(mine.data!.targetAchievement.rows.map((r: any) => r.staff.id)).toEqual([String(salesA.staff.id)]);
    expect(mine.data?.targetAchievement.department).toBeNull();
    expect(mine.errors!.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([
      ['FORBIDDEN', 'targetAchievement.department'],
    ]);
    const all = await must(app, assistant, ACHIEVEMENT, { m: MONTH });
    expect(all.targetAchievement.rows.length).toBeGreaterThan(2);
    for (const role of [Role.COLLECTOR, Role.ORDER_CLERK, Role.DISPATCHER, Role.DEPARTMENT_HEAD]) {
      expect(errorCodes(await run(app, await app.staff(role), ACHIEVEMENT, { m: MONTH }))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await run(app, null, ACHIEVEMENT, { m: MONTH }))).toEqual(['UNAUTHENTICATED']);
    const bad = await run(app, director, ACHIEVEMENT, { m: '2026-00' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.field).toBe('month');
  });
});
