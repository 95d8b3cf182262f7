import { graphql } from '../generated';
import type { ExpenseCategory, ExpenseClaimInput } from '../generated/graphql';
import { errorCodes, TestApp, Caller, ClientError } from '../support/app';
import { makeCustomer } from '../support/factories';
import { count } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { addDays, localDateIn } from '../../src/time';

const ApproveRequest = graphql(`
  mutation ClaimsApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
      status
    }
  }
`);
const RejectRequest = graphql(`
  mutation ClaimsRejectRequest($id: ID!) {
    rejectRequest(id: $id, note: "not a business expense") {
      id
      status
    }
  }
`);
const SetBudget = graphql(`
  mutation ClaimsSetBudget($s: ID, $y: Int!, $m: Int, $a: Money!) {
    setBudget(staffId: $s, year: $y, month: $m, amount: $a) {
      id
    }
  }
`);
const ApprovalRequest = graphql(`
  query ClaimsApprovalRequest($id: ID!) {
    approvalRequest(id: $id) {
      id
      expense {
        amount
      }
    }
  }
`);
const RequestRateChange = graphql(`
  mutation ClaimsRequestRateChange($c: ID!) {
    requestRateChange(customerId: $c, newRate: "310.00", reason: "x") {
      id
      expense {
        amount
      }
    }
  }
`);
const RequestSpecialOperation = graphql(`
  mutation ClaimsRequestSpecialOperation($c: ID!) {
    requestSpecialOperation(customerId: $c, details: "night loading", departments: [WAREHOUSE]) {
      id
    }
  }
`);
const ApprovalRequest2 = graphql(`
  query ClaimsApprovalRequest2($id: ID!) {
    approvalRequest(id: $id) {
      id
      kind
      expense {
        amount
      }
    }
  }
`);

/*
 * Expense claims: filed by the spender (kind EXPENSE), decided with the approval machinery. A
 * MANAGER approves within the spender's remaining monthly and yearly budget and the per-claim
 * limit, judged when deciding; beyond either only the DIRECTOR; nobody decides their own claim;
 * a claim is decided once. And the ways around it: another person's customer, a date in the
 * future, negative amounts, stale and simultaneous decisions.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
let app: TestApp;
let director: Caller;
let director2: Caller;
let manager: Caller;
let manager2: Caller;
let assistant: Caller;
let dispatcher: Caller;

const LIMIT = 100_000; // a MANAGER approves single claims up to 1000.00 in these tests

beforeAll(async () => {
  app = await TestApp.start({ expenseClaimManagerLimit: LIMIT });
  director = await app.staff(Role.DIRECTOR);
  director2 = await app.staff(Role.DIRECTOR);
  manager = await app.staff(Role.MANAGER);
  manager2 = await app.staff(Role.MANAGER);
  assistant = await app.staff(Role.ASSISTANT_MANAGER);
  dispatcher = await app.staff(Role.DISPATCHER);
});
afterAll(() => app.stop());

const today = () => localDateIn('Asia/Shanghai', new Date());
const thisYear = () => Number(today().slice(0, 4));
const thisMonth = () => Number(today().slice(5, 7));
const fieldOf = (r: { errors?: ClientError[] }) => r.errors?.[0]?.extensions?.field;
const codeOf = (r: { errors?: ClientError[] }) => (errorCodes(r)[0] as string | undefined) ?? 'OK';

const FILE = graphql(`
  mutation ClaimsFileExpenseClaim($i: ExpenseClaimInput!) {
    fileExpenseClaim(input: $i) {
      id
      kind
      status
      requester {
        id
      }
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
const input = (amount: string, extra: Partial<ExpenseClaimInput> = {}): ExpenseClaimInput => ({
  amount,
  category: 'ENTERTAINMENT',
  spentOn: today(),
  receiptRef: 'FP-2026-118',
  description: 'dinner with the buyer',
  ...extra,
});
const file = (caller: Caller, amount: string, extra: Partial<ExpenseClaimInput> = {}) =>
  app.exec(FILE, { i: input(amount, extra) }, caller);
async function claim(caller: Caller, amount: string, extra: Partial<ExpenseClaimInput> = {}): Promise<string> {
  const d: any = await app.ok(FILE, { i: input(amount, extra) }, caller);
  return d.fileExpenseClaim.id;
}
const approve = (id: string, caller: Caller) => app.exec(ApproveRequest, { id }, caller);
const reject = (id: string, caller: Caller) => app.exec(RejectRequest, { id }, caller);
const status = async (id: string) =>
  (await app.db.query('SELECT status FROM approval_request WHERE id = ?', [Number(id)]))[0].status;
async function budgets(who: Caller, monthly: string, yearly: string) {
  await app.ok(SetBudget, { s: String(who.staff.id), y: thisYear(), m: thisMonth(), a: monthly }, director);
  await app.ok(SetBudget, { s: String(who.staff.id), y: thisYear(), m: null, a: yearly }, director);
}
async function salesperson(monthly = '500.00', yearly = '5000.00'): Promise<Caller> {
  const s = await app.staff(Role.SALESPERSON);
  await budgets(s, monthly, yearly);
  return s;
}

describe('filing a claim', () => {
  it('the spender files an EXPENSE request with its details, for their own customer or none; audited', async () => {
    const sales = await salesperson();
    const c = await makeCustomer(app, sales);
    const r: any = await file(sales, '128.50', { customerId: String(c.id), category: 'GIFTS' });
    expect(r.errors).toBeUndefined();
    expect(r.data.fileExpenseClaim).toEqual({
      id: expect.any(String),
      kind: 'EXPENSE',
      status: 'PENDING',
      requester: { id: String(sales.staff.id) },
      customer: { id: String(c.id) },
      expense: {
        amount: '128.50',
        category: 'GIFTS',
        spentOn: today(),
        receiptRef: 'FP-2026-118',
        description: 'dinner with the buyer',
        spender: { id: String(sales.staff.id) },
        customer: { id: String(c.id) },
      },
    });
    const none: any = await app.ok(FILE, { i: input('12.00', { category: 'TRAVEL' }) }, sales);
    expect(none.fileExpenseClaim).toMatchObject({ customer: null, expense: { customer: null, category: 'TRAVEL' } });
    const audit = await app.db.query('SELECT summary FROM audit_event WHERE action = ? AND entityId = ?', [
      'approval.requested',
      r.data.fileExpenseClaim.id,
    ]);
    expect(audit[0].summary).toMatch(/EXPENSE of 128\.50 \(GIFTS\)/);
  });

  it("a claim for another salesperson's customer is FORBIDDEN and writes nothing; a leader may name any customer", async () => {
    const sales = await salesperson();
    const other = await app.staff(Role.SALESPERSON);
    const theirs = await makeCustomer(app, other);
    const before = [await count(app, 'approval_request'), await count(app, 'expense_claim')];
    expect(errorCodes(await file(sales, '50.00', { customerId: String(theirs.id) }))).toEqual(['FORBIDDEN']);
    expect([await count(app, 'approval_request'), await count(app, 'expense_claim')]).toEqual(before);
    expect((await file(manager, '50.00', { customerId: String(theirs.id) })).errors).toBeUndefined();
    const missing = await file(sales, '50.00', { customerId: '999999' });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    const notAnId = await file(sales, '50.00', { customerId: 'x1' });
    expect([errorCodes(notAnId), fieldOf(notAnId)]).toEqual([['BAD_USER_INPUT'], 'customerId']);
  });

  it('bad input is BAD_USER_INPUT on the field and writes nothing: zero, negative, absurd or over-precise amounts; a day in the future or in 2099 or before 2000; an empty receipt or description', async () => {
    const sales = await salesperson();
    const before = await count(app, 'expense_claim');
    const onField: Array<[Record<string, unknown>, string]> = [
      [{ amount: '0' }, 'amount'],
      [{ amount: '100000.01' }, 'amount'],
      [{ spentOn: addDays(today(), 1) }, 'spentOn'],
      [{ spentOn: '2099-01-01' }, 'spentOn'],
      [{ spentOn: '1999-12-31' }, 'spentOn'],
      [{ receiptRef: '   ' }, 'receiptRef'],
      [{ receiptRef: 'R'.repeat(101) }, 'receiptRef'],
      [{ description: '' }, 'description'],
    ];
    for (const [extra, field] of onField) {
      const r = await app.exec(FILE, { i: { ...input('10.00'), ...extra } }, sales);
      expect({ field, codes: errorCodes(r), at: fieldOf(r) }).toEqual({ field, codes: ['BAD_USER_INPUT'], at: field });
    }
    // Refused by the Money scalar and the enum before the service runs.
    for (const extra of [{ amount: '-5.00' }, { amount: '1.005' }, { amount: '1e3' }]) {
      expect(errorCodes(await app.exec(FILE, { i: { ...input('10.00'), ...extra } }, sales))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    // Not a category at all: the cast sends what a stale or hand-written client might.
    const holiday = 'HOLIDAY' as ExpenseCategory;
    expect((await app.exec(FILE, { i: { ...input('10.00'), category: holiday } }, sales)).errors).toBeDefined();
    expect(await count(app, 'expense_claim')).toBe(before);
    // The company's today is allowed (at 16:30 UTC on the last day of a month that is already the 1st).
    expect((await file(sales, '10.00', { spentOn: today() })).errors).toBeUndefined();
  });

  it('who may file: spenders of the department; a dispatcher is FORBIDDEN, nobody signed in UNAUTHENTICATED', async () => {
    expect(errorCodes(await file(dispatcher, '10.00'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await app.exec(FILE, { i: input('10.00') }))).toEqual(['UNAUTHENTICATED']);
    expect((await file(assistant, '10.00')).errors).toBeUndefined();
  });
});

describe('deciding a claim', () => {
  it('within the remaining monthly and yearly budget and the per-claim limit a MANAGER approves it', async () => {
    const sales = await salesperson('500.00', '5000.00');
    const id = await claim(sales, '500.00');
    expect((await approve(id, manager)).errors).toBeUndefined();
    expect(await status(id)).toBe('APPROVED');
  });

  it('beyond the remaining monthly budget: the MANAGER is FORBIDDEN with the reason, the claim stays pending, the DIRECTOR may approve it', async () => {
    const sales = await salesperson('300.00', '5000.00');
    await approve(await claim(sales, '200.00'), manager);
    const id = await claim(sales, '100.01');
    const denied = await approve(id, manager);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors![0].message).toMatch(
      /budget 300\.00, approved 200\.00, remaining 100\.00\) and needs a DIRECTOR/,
    );
    expect(await status(id)).toBe('PENDING');
    expect((await approve(id, director)).errors).toBeUndefined();
    // A MANAGER may still reject what they may not approve.
    expect((await reject(await claim(sales, '900.00'), manager)).errors).toBeUndefined();
  });

  it("beyond the remaining yearly budget though within the month's: only the DIRECTOR", async () => {
    const sales = await salesperson('800.00', '300.00');
    const id = await claim(sales, '300.01');
    expect(errorCodes(await approve(id, manager))).toEqual(['FORBIDDEN']);
    expect((await approve(id, director)).errors).toBeUndefined();
  });

  it('no budget set is no budget: a MANAGER approves nothing for that person; without a monthly budget neither', async () => {
    const none = await app.staff(Role.SALESPERSON);
    expect(errorCodes(await approve(await claim(none, '1.00'), manager))).toEqual(['FORBIDDEN']);
    const yearOnly = await app.staff(Role.SALESPERSON);
    await app.ok(SetBudget, { s: String(yearOnly.staff.id), y: thisYear(), a: '9000.00' }, director);
    expect(errorCodes(await approve(await claim(yearOnly, '1.00'), manager))).toEqual(['FORBIDDEN']);
  });

  it('above the per-claim limit (EXPENSE_CLAIM_MANAGER_LIMIT) only the DIRECTOR, even within the budget', async () => {
    const sales = await salesperson('5000.00', '50000.00');
    const big = await claim(sales, '1000.01');
    const denied = await approve(big, manager);
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    expect(denied.errors![0].message).toMatch(/above 1000\.00 needs a DIRECTOR/);
    expect((await approve(big, director)).errors).toBeUndefined();
    expect((await approve(await claim(sales, '1000.00'), manager)).errors).toBeUndefined();
  });

  it('the budget is the one in force when deciding: lowered after filing, the MANAGER may no longer approve; raised, they may', async () => {
    const sales = await salesperson('500.00', '5000.00');
    const id = await claim(sales, '400.00');
    await budgets(sales, '300.00', '5000.00');
    expect(errorCodes(await approve(id, manager))).toEqual(['FORBIDDEN']);
    await budgets(sales, '450.00', '5000.00');
    expect((await approve(id, manager)).errors).toBeUndefined();
  });

  it("claims of other months and other people do not use this month's budget; rejected claims use none", async () => {
    const sales = await salesperson('100.00', '5000.00');
    const other = await salesperson('100.00', '5000.00');
    await approve(await claim(other, '100.00'), manager);
    const lastMonthDay = addDays(`${today().slice(0, 7)}-01`, -1);
    const earlier = await claim(sales, '100.00', { spentOn: lastMonthDay });
    await approve(earlier, director);
    await reject(await claim(sales, '100.00'), manager);
    // Last month's claim uses this year's budget only when last month is in this year; the month's budget is untouched.
    expect((await approve(await claim(sales, '100.00'), manager)).errors).toBeUndefined();
  });

  it('nobody decides their own claim: SELF_APPROVAL for a MANAGER and a DIRECTOR, who get theirs decided by another leader', async () => {
    await budgets(manager, '1000.00', '10000.00');
    const mine = await claim(manager, '100.00');
    expect(errorCodes(await approve(mine, manager))).toEqual(['SELF_APPROVAL']);
    expect(errorCodes(await reject(mine, manager))).toEqual(['SELF_APPROVAL']);
    expect((await approve(mine, manager2)).errors).toBeUndefined();
    const directors = await claim(director, '2000.00');
    expect(errorCodes(await approve(directors, director))).toEqual(['SELF_APPROVAL']);
    expect(errorCodes(await approve(directors, manager))).toEqual(['FORBIDDEN']); // no budget, above the limit
    expect((await approve(directors, director2)).errors).toBeUndefined();
  });

  it('a salesperson or the assistant cannot decide claims at all', async () => {
    const sales = await salesperson();
    const id = await claim(sales, '10.00');
    const colleague = await app.staff(Role.SALESPERSON);
    for (const caller of [colleague, assistant, dispatcher])
      expect(errorCodes(await approve(id, caller))).toEqual(['FORBIDDEN']);
    expect(await status(id)).toBe('PENDING');
  });

  it('a stale decision is CONFLICT: approving twice, or approving what was rejected', async () => {
    const sales = await salesperson();
    const id = await claim(sales, '10.00');
    expect((await approve(id, manager)).errors).toBeUndefined();
    expect(errorCodes(await approve(id, manager2))).toEqual(['CONFLICT']);
    const other = await claim(sales, '10.00');
    await reject(other, manager);
    expect(errorCodes(await approve(other, director))).toEqual(['CONFLICT']);
    expect(await status(other)).toBe('REJECTED');
  });

  it('two claims that each fit the remaining budget but not together: decided in turn, the second needs the DIRECTOR', async () => {
    const sales = await salesperson('300.00', '5000.00');
    const a = await claim(sales, '200.00');
    const b = await claim(sales, '200.00');
    expect((await approve(a, manager)).errors).toBeUndefined();
    expect(errorCodes(await approve(b, manager))).toEqual(['FORBIDDEN']);
    expect((await approve(b, director)).errors).toBeUndefined();
  });

  it('the same two claims approved at the same moment by two managers: one is approved, the other FORBIDDEN', async () => {
    for (let i = 0; i < 5; i++) {
      const sales = await salesperson('300.00', '5000.00');
      const a = await claim(sales, '200.00');
      const b = await claim(sales, '200.00');
      const results = await Promise.all([approve(a, manager), approve(b, manager2)]);
      expect(results.map(codeOf).sort()).toEqual(['FORBIDDEN', 'OK']);
      const approved = await app.db.query(
        `SELECT SUM(e.amount) AS s FROM expense_claim e JOIN approval_request r ON r.id = e.requestId WHERE e.spenderId = ? AND r.status = 'APPROVED'`,
        [sales.staff.id],
      );
      expect(Number(approved[0].s)).toBe(20000);
    }
  });

  it("a DIRECTOR's approval beyond the budget and a MANAGER's at the same moment: the MANAGER's lands only if it was decided first, within the budget", async () => {
    for (let i = 0; i < 5; i++) {
      const sales = await salesperson('100.00', '5000.00');
      const big = await claim(sales, '80.00');
      const small = await claim(sales, '50.00');
      const [byDirector, byManager] = await Promise.all([approve(big, director), approve(small, manager)]);
      expect(codeOf(byDirector)).toBe('OK');
      expect(['OK', 'FORBIDDEN']).toContain(codeOf(byManager));
      if (codeOf(byManager) === 'OK') {
        const rows = await app.db.query('SELECT id, decidedAt FROM approval_request WHERE id IN (?, ?)', [
          Number(big),
          Number(small),
        ]);
        const at = new Map<string, number>(rows.map((r: any) => [String(r.id), new Date(r.decidedAt).getTime()]));
        expect(at.get(small)!).toBeLessThanOrEqual(at.get(big)!);
      }
    }
  });

  it('one claim decided by two managers at the same moment: one decision and one CONFLICT', async () => {
    for (let i = 0; i < 5; i++) {
      const sales = await salesperson();
      const id = await claim(sales, '10.00');
      const results = await Promise.all([approve(id, manager), reject(id, manager2)]);
      expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    }
  });
});

describe('who sees a claim', () => {
  it("a salesperson lists only their own claims; another's is NOT_FOUND; leaders and the assistant see every claim with its details", async () => {
    const a = await salesperson();
    const b = await salesperson();
    const mine = await claim(a, '11.00');
    const theirs = await claim(b, '22.00');
    const LIST = graphql(`
      query ClaimsApprovalRequests {
        approvalRequests(kind: EXPENSE, first: 100) {
          edges {
            node {
              id
              expense {
                amount
                spender {
                  id
                }
              }
            }
          }
        }
      }
    `);
    const ids = (d: any) => d.approvalRequests.edges.map((e: any) => e.node.id);
    const own: any = await app.ok(LIST, {}, a);
    expect(ids(own)).toContain(mine);
    expect(ids(own)).not.toContain(theirs);
    expect(own.approvalRequests.edges.every((e: any) => e.node.expense.spender.id === String(a.staff.id))).toBe(true);
    expect(errorCodes(await app.exec(ApprovalRequest, { id: theirs }, a))).toEqual(['NOT_FOUND']);
    for (const leader of [director, manager, assistant]) {
      const all: any = await app.ok(LIST, {}, leader);
      const node = all.approvalRequests.edges.find((e: any) => e.node.id === theirs).node;
      expect(node.expense).toEqual({ amount: '22.00', spender: { id: String(b.staff.id) } });
    }
    // Other kinds have no expense details.
    const c = await makeCustomer(app, a);
    const rate: any = await app.ok(RequestRateChange, { c: String(c.id) }, a);
    expect(rate.requestRateChange.expense).toBeNull();
  });

  it("a department head reading the liaison forms they sign gets expense null without an error (nothing of anyone's is hidden there)", async () => {
    const sales = await salesperson();
    const head = await app.staff(Role.DEPARTMENT_HEAD);
    const c = await makeCustomer(app, sales);
    const form: any = await app.ok(RequestSpecialOperation, { c: String(c.id) }, sales);
    await approve(form.requestSpecialOperation.id, manager);
    const seen = await app.exec(ApprovalRequest2, { id: form.requestSpecialOperation.id }, head);
    expect(seen.errors).toBeUndefined();
    expect((seen.data as any).approvalRequest).toEqual({
      id: form.requestSpecialOperation.id,
      kind: 'SPECIAL_OPERATION',
      expense: null,
    });
  });
});
