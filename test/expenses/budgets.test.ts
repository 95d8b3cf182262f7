import { graphql } from '../generated';
import { errorCodes, TestApp, Caller, ClientError } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, count, issueStatement, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { addDays, localDateIn } from '../../src/time';

const ApproveRequest = graphql(`
  mutation BudgetsApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
      status
    }
  }
`);
const RejectRequest = graphql(`
  mutation BudgetsRejectRequest($id: ID!) {
    rejectRequest(id: $id, note: "no receipt") {
      id
      status
    }
  }
`);

/*
 * Budgets (setBudget) and who may set them; the bounds of every argument; the budget report's
 * figures, reconciled to the claims it counts at month and year edges of the company calendar.
 * The decisions on claims are in claims.test.ts.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let director: Caller;
let manager: Caller;
let manager2: Caller;
let assistant: Caller;
let collector: Caller;
let dispatcher: Caller;

beforeAll(async () => {
  app = await TestApp.start();
  director = await app.staff(Role.DIRECTOR);
  manager = await app.staff(Role.MANAGER);
  manager2 = await app.staff(Role.MANAGER);
  assistant = await app.staff(Role.ASSISTANT_MANAGER);
  collector = await app.staff(Role.COLLECTOR);
  dispatcher = await app.staff(Role.DISPATCHER);
});
afterAll(() => app.stop());

const today = () => localDateIn('Asia/Shanghai', new Date());
const thisYear = () => Number(today().slice(0, 4));
const thisMonth = () => Number(today().slice(5, 7));
const fieldOf = (r: { errors?: ClientError[] }) => r.errors?.[0]?.extensions?.field;

const SET = graphql(`
  mutation BudgetsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {
    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {
      id
      year
      month
      amount
      staff {
        id
      }
      setBy {
        id
      }
    }
  }
`);
const setBudget = (caller: Caller, staffId: number | null, year: number, month: number | null, amount: string) =>
  app.exec(SET, { s: staffId === null ? null : String(staffId), y: year, m: month, a: amount }, caller);

const FILE = graphql(`
  mutation BudgetsFileExpenseClaim($i: ExpenseClaimInput!) {
    fileExpenseClaim(input: $i) {
      id
      kind
      status
      customer {
        id
      }
      expense {
        amount
        category
        spentOn
        receiptRef
        description
        spender {
          id
        }
        customer {
          id
        }
      }
    }
  }
`);
async function claim(
  caller: Caller,
  amount: string,
  spentOn = today(),
  extra: Record<string, unknown> = {},
): Promise<string> {
  const d: any = await app.ok(
    FILE,
    { i: { amount, category: 'TRAVEL', spentOn, receiptRef: 'FP-0001', description: 'train to Suzhou', ...extra } },
    caller,
  );
  return d.fileExpenseClaim.id;
}
const approve = (id: string, caller: Caller) => app.exec(ApproveRequest, { id }, caller);
const reject = (id: string, caller: Caller) => app.exec(RejectRequest, { id }, caller);

const REPORT = graphql(`
  query BudgetsBudgetReport($y: Int!, $m: Int) {
    budgetReport(year: $y, month: $m) {
      year
      month
      firstDay
      lastDay
      rows {
        staff {
          id
        }
        budget
        approved
        pending
        remaining
        approvedClaims
        confirmedSales
        ratio
      }
      department {
        budget
        allocated
        unallocated
        approved
        pending
        remaining
        confirmedSales
        ratio
      }
    }
  }
`);
const report = (caller: Caller, year: number, month: number | null) => app.exec(REPORT, { y: year, m: month }, caller);
const rowOf = (d: any, who: Caller) => d.budgetReport.rows.find((r: any) => r.staff.id === String(who.staff.id));

describe('setBudget: who may set which budget', () => {
  it("the DIRECTOR sets the department's yearly budget and a salesperson's monthly one; setting again replaces it, audited", async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const dept: any = await setBudget(director, null, thisYear(), null, '80000.00');
    expect(dept.errors).toBeUndefined();
    expect(dept.data.setBudget).toMatchObject({
      year: thisYear(),
      month: null,
      amount: '80000.00',
      staff: null,
      setBy: { id: String(director.staff.id) },
    });
    const first: any = await setBudget(director, sales.staff.id, thisYear(), thisMonth(), '1000.00');
    const again: any = await setBudget(director, sales.staff.id, thisYear(), thisMonth(), '1200.50');
    expect(again.data.setBudget).toMatchObject({
      id: first.data.setBudget.id,
      month: thisMonth(),
      amount: '1200.50',
      staff: { id: String(sales.staff.id) },
    });
    expect(await count(app, 'budget', 'staffId = ?', [sales.staff.id])).toBe(1);
    const audit = await app.db.query('SELECT summary FROM audit_event WHERE action = ? AND entityId = ? ORDER BY id', [
      'budget.set',
      String(first.data.setBudget.id),
    ]);
    expect(audit.map((a: any) => a.summary)).toEqual([
      expect.stringMatching(/none -> 1000\.00/),
      expect.stringMatching(/1000\.00 -> 1200\.50/),
    ]);
  });

  it("a MANAGER sets the budgets of the people they lead, not their own, a fellow leader's or the department's", async () => {
    const sales = await app.staff(Role.SALESPERSON);
    expect((await setBudget(manager, sales.staff.id, thisYear(), null, '5000.00')).errors).toBeUndefined();
    expect((await setBudget(manager, collector.staff.id, thisYear(), null, '500.00')).errors).toBeUndefined();
    for (const [staffId, why] of [
      [manager.staff.id, 'own'],
      [manager2.staff.id, 'fellow manager'],
      [director.staff.id, 'director'],
      [null, 'department'],
    ] as const) {
      const r = await setBudget(manager, staffId, thisYear(), null, '99999.00');
      expect({ why, codes: errorCodes(r) }).toEqual({ why, codes: ['FORBIDDEN'] });
    }
  });

  it('nobody else sets budgets: a salesperson (not even their own), the assistant, a dispatcher, nobody signed in', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const before = await count(app, 'budget');
    for (const caller of [sales, assistant, dispatcher])
      expect(errorCodes(await setBudget(caller, sales.staff.id, thisYear(), null, '100.00'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.exec(SET, { s: String(sales.staff.id), y: thisYear(), m: null, a: '1.00' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(await count(app, 'budget')).toBe(before);
  });

  it('bad arguments are BAD_USER_INPUT naming the argument, and nothing is written: month 13 or 0, year 2099 or 1999, a negative or absurd amount, extra decimals; an unknown person is NOT_FOUND', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const before = await count(app, 'budget');
    const cases: Array<[number | null, number, number | null, string, string]> = [
      [sales.staff.id, thisYear(), 13, '100.00', 'month'],
      [sales.staff.id, thisYear(), 0, '100.00', 'month'],
      [sales.staff.id, thisYear(), -1, '100.00', 'month'],
      [sales.staff.id, 2099, null, '100.00', 'year'],
      [sales.staff.id, 1999, 1, '100.00', 'year'],
      [null, thisYear(), null, '100000000.01', 'amount'],
    ];
    for (const [staffId, year, month, amount, field] of cases) {
      const r = await setBudget(director, staffId, year, month, amount);
      expect({ field, codes: errorCodes(r), at: fieldOf(r) }).toEqual({ field, codes: ['BAD_USER_INPUT'], at: field });
    }
    // The Money scalar itself refuses a negative amount and extra decimals.
    expect(errorCodes(await setBudget(director, sales.staff.id, thisYear(), null, '-0.01'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await setBudget(director, sales.staff.id, thisYear(), null, '1.005'))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await setBudget(director, 987654, thisYear(), null, '1.00'))).toEqual(['NOT_FOUND']);
    const notAnId = await app.exec(SET, { s: 'abc', y: thisYear(), m: null, a: '1.00' }, director);
    expect([errorCodes(notAnId), fieldOf(notAnId)]).toEqual([['BAD_USER_INPUT'], 'staffId']);
    expect(await count(app, 'budget')).toBe(before);
    // Next year may be planned; zero is a budget too.
    expect((await setBudget(director, sales.staff.id, thisYear() + 1, 12, '0')).errors).toBeUndefined();
  });
});

describe('the budget report', () => {
  it('bad periods are BAD_USER_INPUT on the argument: month 13, month 0, year 2099, year 1999', async () => {
    for (const [y, m, field] of [
      [thisYear(), 13, 'month'],
      [thisYear(), 0, 'month'],
      [2099, null, 'year'],
      [1999, null, 'year'],
    ] as const) {
      const r = await report(director, y, m);
      expect({ codes: errorCodes(r), at: fieldOf(r) }).toEqual({ codes: ['BAD_USER_INPUT'], at: field });
    }
  });

  it('a row reconciles to its claims: approved, pending and rejected counted right, remaining = budget - approved, and the ratio against confirmed sales', async () => {
    const sales = await app.staff(Role.SALESPERSON);
    await setBudget(director, sales.staff.id, thisYear(), thisMonth(), '500.00');
    await setBudget(director, sales.staff.id, thisYear(), null, '6000.00');
    // Confirmed sales this month: one statement of 300.00 freight (1000 kg at 300.00 per tonne), confirmed today.
    const c = await makeCustomer(app, sales);
    await recordConsignment(app, collector, c.id, { shippedOn: today() });
    const st = await issueStatement(app, collector, c.id, today(), today());
    await confirmStatement(app, collector, st.id);

    expect((await approve(await claim(sales, '30.00'), manager)).errors).toBeUndefined();
    expect(
      (await approve(await claim(sales, '15.00', today(), { category: 'SAMPLES', customerId: String(c.id) }), manager))
        .errors,
    ).toBeUndefined();
    await claim(sales, '20.00'); // pending
    expect((await reject(await claim(sales, '40.00'), manager)).errors).toBeUndefined();

    const d: any = (await report(director, thisYear(), thisMonth())).data;
    expect(rowOf(d, sales)).toEqual({
      staff: { id: String(sales.staff.id) },
      budget: '500.00',
      approved: '45.00',
      pending: '20.00',
      remaining: '455.00',
      approvedClaims: 2,
      confirmedSales: '300.00',
      ratio: 0.15,
    });
    const y: any = (await report(director, thisYear(), null)).data;
    expect(y.budgetReport).toMatchObject({
      year: thisYear(),
      month: null,
      firstDay: `${thisYear()}-01-01`,
      lastDay: `${thisYear()}-12-31`,
    });
    expect(rowOf(y, sales)).toMatchObject({
      budget: '6000.00',
      approved: '45.00',
      pending: '20.00',
      remaining: '5955.00',
      confirmedSales: '300.00',
      ratio: 0.15,
    });
  });

  it("claims count in the month and year of the day they were spent on, in the company calendar: the last day of last month and of last year are not this month's or this year's", async () => {
    const sales = await app.staff(Role.SALESPERSON);
    const first = `${today().slice(0, 7)}-01`;
    const lastOfPrevious = addDays(first, -1);
    const lastOfLastYear = `${thisYear() - 1}-12-31`;
    await claim(sales, '1.00', first);
    await claim(sales, '2.00', lastOfPrevious);
    await claim(sales, '4.00', lastOfLastYear);
    await claim(sales, '8.00', today());
    const pendingIn = async (y: number, m: number | null) => rowOf((await report(director, y, m)).data, sales)?.pending;
    expect(await pendingIn(thisYear(), thisMonth())).toBe('9.00');
    const [py, pm] = lastOfPrevious.split('-').map(Number);
    // Last day of the previous month, plus (in January) last year's 31 December, which is the same day.
    expect(await pendingIn(py, pm)).toBe(lastOfPrevious === lastOfLastYear ? '6.00' : '2.00');
    expect(await pendingIn(thisYear(), null)).toBe(lastOfPrevious === lastOfLastYear ? '9.00' : '11.00');
    expect(await pendingIn(thisYear() - 1, 12)).toBe(lastOfPrevious === lastOfLastYear ? '6.00' : '4.00');
    expect(await pendingIn(thisYear() - 1, null)).toBe(lastOfPrevious === lastOfLastYear ? '6.00' : '4.00');
    // The month's bounds are the company's.
    const d: any = (await report(director, thisYear(), thisMonth())).data;
    expect([d.budgetReport.firstDay, d.budgetReport.lastDay]).toEqual([
      first,
      localDateIn('UTC', new Date(Date.UTC(thisYear(), thisMonth(), 0))),
    ]);
  });

  it("the department's totals are the rows' sums, its own budget apart: allocated = sum of the personal budgets, unallocated and remaining from the department's budget", async () => {
    const year = thisYear() + 1; // a year of its own: planned budgets only, no claims can be in the future
    const a = await app.staff(Role.SALESPERSON);
    const b = await app.staff(Role.SALESPERSON);
    await setBudget(director, null, year, 1, '10000.00');
    await setBudget(director, a.staff.id, year, 1, '3000.00');
    await setBudget(manager, b.staff.id, year, 1, '2500.50');
    const d: any = ((await report(director, year, 1)).data as any).budgetReport;
    expect(d.rows.map((r: any) => r.staff.id).sort()).toEqual([String(a.staff.id), String(b.staff.id)].sort());
    expect(d.department).toEqual({
      budget: '10000.00',
      allocated: '5500.50',
      unallocated: '4499.50',
      approved: '0.00',
      pending: '0.00',
      remaining: '10000.00',
      confirmedSales: '0.00',
      ratio: null,
    });

    // This month: every total is exactly the sum of the rows.
    const now: any = ((await report(director, thisYear(), thisMonth())).data as any).budgetReport;
    const fen = (s: string) => Math.round(Number(s) * 100);
    for (const k of ['approved', 'pending', 'confirmedSales'] as const) {
      expect(fen(now.department[k])).toBe(now.rows.reduce((s: number, r: any) => s + fen(r[k]), 0));
    }
    expect(fen(now.department.allocated)).toBe(now.rows.reduce((s: number, r: any) => s + fen(r.budget), 0));
    expect(fen(now.department.remaining)).toBe(fen(now.department.budget) - fen(now.department.approved));
  });

  it('a salesperson gets only their own row and no totals (null with FORBIDDEN); leaders and the assistant see all; other roles are FORBIDDEN', async () => {
    const a = await app.staff(Role.SALESPERSON);
    const b = await app.staff(Role.SALESPERSON);
    await setBudget(director, a.staff.id, thisYear(), thisMonth(), '100.00');
    await setBudget(director, b.staff.id, thisYear(), thisMonth(), '200.00');
    await claim(b, '10.00');
    const mine = await report(a, thisYear(), thisMonth());
    const d: any = (mine.data as any).budgetReport;
    expect(d.rows).toEqual([expect.objectContaining({ staff: { id: String(a.staff.id) }, budget: '100.00' })]);
    expect(d.department).toBeNull();
    expect(mine.errors!.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
      ['FORBIDDEN', 'budgetReport.department'],
    ]);
    // Without a row of their own: nothing at all of the others.
    const stranger = await app.staff(Role.SALESPERSON);
    expect(((await report(stranger, thisYear(), thisMonth())).data as any).budgetReport.rows).toEqual([]);
    for (const leader of [director, manager, assistant]) {
      const all: any = await report(leader, thisYear(), thisMonth());
      expect(all.errors).toBeUndefined();
      expect(rowOf(all.data, b)).toMatchObject({ budget: '200.00', pending: '10.00' });
      expect(rowOf(all.data, a)).toMatchObject({ budget: '100.00' });
    }
    expect(errorCodes(await report(dispatcher, thisYear(), thisMonth()))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.exec(REPORT, { y: thisYear(), m: thisMonth() }))).toEqual(['UNAUTHENTICATED']);
  });
});
