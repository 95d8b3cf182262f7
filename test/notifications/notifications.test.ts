import { graphql } from '../generated';
import { QueryFailedError } from 'typeorm';
import WebSocket from 'ws';
import { Caller, errorCodes, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, issueStatement, makeHeads, recordConsignment } from '../support/money-factories';
import { companyToday } from '../support/administration-factories';
import { rawConnect, Subscriber, wsUrl } from '../support/subscriber';
import { Department, Role } from '../../src/domain/roles';
import { Customer } from '../../src/features/customers/customer.entity';
import { CustomerStatus } from '../../src/features/customers/customer-enums';
import { inTransaction } from '../../src/db/transaction';
import { NotificationKind, recordNotification } from '../../src/features/notifications';
import { addDays } from '../../src/time';

const Inbox = graphql(`
  query NotificationsInbox($first: Int, $after: String, $u: Boolean) {
    notifications(first: $first, after: $after, unreadOnly: $u) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          message
          readAt
          customer {
            id
          }
        }
      }
    }
    unreadNotificationCount
  }
`);
const ApproveRequest = graphql(`
  mutation NotificationsApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);
const RecordComplaint = graphql(`
  mutation NotificationsRecordComplaint($c: ID!) {
    recordComplaint(input: { customerId: $c, description: "late delivery", severity: HIGH }) {
      id
    }
  }
`);
const AssignComplaint = graphql(`
  mutation NotificationsAssignComplaint($id: ID!, $h: ID!, $d: LocalDate!) {
    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {
      id
    }
  }
`);
const CreateOperationNotice = graphql(`
  mutation NotificationsCreateOperationNotice($c: ID!) {
    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [FINANCE, DISPATCH]) {
      id
      signatures {
        department
      }
    }
  }
`);
const RequestArrears = graphql(`
  mutation NotificationsRequestArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "month end", departments: [FINANCE]) {
      id
    }
  }
`);
const RecordVisitRequest = graphql(`
  mutation NotificationsRecordVisitRequest($c: ID!) {
    recordVisitRequest(customerId: $c, note: "问运价") {
      id
    }
  }
`);
const ReassignCustomer = graphql(`
  mutation NotificationsReassignCustomer($c: ID!, $o: ID!) {
    reassignCustomer(customerId: $c, ownerId: $o, reason: "territory") {
      id
    }
  }
`);
const RecordPayment = graphql(`
  mutation NotificationsRecordPayment($c: ID!, $d: LocalDate!) {
    recordPayment(
      customerId: $c
      amount: "123.45"
      receivedOn: $d
      reference: "BANK-9"
      idempotencyKey: "notify-pay-1"
    ) {
      id
    }
  }
`);
const RequestArrears2 = graphql(`
  mutation NotificationsRequestArrears2($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "month end", departments: []) {
      id
      departments
    }
  }
`);
const Logout = graphql(`
  mutation NotificationsLogout {
    logout
  }
`);
const ChangePassword = graphql(`
  mutation NotificationsChangePassword {
    changePassword(currentPassword: "Passw0rd!", newPassword: "N3wPassw0rd!") {
      token
    }
  }
`);
const DeactivateStaff = graphql(`
  mutation NotificationsDeactivateStaff($id: ID!) {
    deactivateStaff(staffId: $id) {
      id
    }
  }
`);
const RecordVisitRequest2 = graphql(`
  mutation NotificationsRecordVisitRequest2($c: ID!) {
    recordVisitRequest(customerId: $c, note: "visit") {
      id
    }
  }
`);
const RecordVisitRequest3 = graphql(`
  mutation NotificationsRecordVisitRequest3($c: ID!) {
    recordVisitRequest(customerId: $c) {
      id
    }
  }
`);
const InboxFirstNegative = graphql(`
  query NotificationsInboxFirstNegative {
    notifications(first: -1) {
      totalCount
    }
  }
`);
const UnreadNotificationCount = graphql(`
  query NotificationsUnreadNotificationCount {
    unreadNotificationCount
  }
`);
const MarkNotificationsRead2 = graphql(`
  mutation NotificationsMarkNotificationsRead2 {
    markNotificationsRead
  }
`);
const RecordPayment2 = graphql(`
  mutation NotificationsRecordPayment2($c: ID!, $d: LocalDate!) {
    recordPayment(
      customerId: $c
      amount: "10.00"
      receivedOn: $d
      reference: "BANK-F"
      idempotencyKey: "notify-fail-1"
    ) {
      id
    }
  }
`);
const Notifications3 = graphql(`
  query NotificationsNotifications3 {
    notifications(first: 1) {
      edges {
        node {
          kind
          customer {
            id
            address
          }
        }
      }
    }
  }
`);

/*
 * Notifications: each event goes, live over graphql-ws and into the inbox, to exactly the people
 * the rules make wait on it, and to nobody else; a socket needs a live session; the inbox pages,
 * counts and marks only the caller's own.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
jest.setTimeout(60_000);

let app: TestApp;
let url: string;
let director: Caller;
let manager: Caller;
let sales: Caller;
let otherSales: Caller;
let collector: Caller;
let heads: Record<string, Caller>;
const open: Subscriber[] = [];

beforeAll(async () => {
  app = await TestApp.start();
  url = wsUrl(await app.listen());
  director = await app.staff(Role.DIRECTOR);
  manager = await app.staff(Role.MANAGER);
  sales = await app.staff(Role.SALESPERSON);
  otherSales = await app.staff(Role.SALESPERSON);
  collector = await app.staff(Role.COLLECTOR);
  heads = await makeHeads(app, [Department.FINANCE, Department.WAREHOUSE, Department.DISPATCH]);
});
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  // The server lets go of closed sockets' listeners shortly after: the next test counts from zero.
  const bus = app.server.services.notificationBus;
  for (let i = 0; i < 250 && bus.listenerCount() > 0; i++) await new Promise((r) => setTimeout(r, 20));
});
afterAll(() => app.stop());

async function listen(caller: Caller): Promise<Subscriber> {
  const s = await Subscriber.of(app, url, caller);
  open.push(s);
  return s;
}

/** Every subscriber that must hear nothing of `kind`: waits until the notified ones are served, then checks. */
async function heardNothing(subscribers: Subscriber[], kind: string) {
  // Publication is in order per instance: a marker to each silent subscriber proves earlier events would have arrived.
  for (const s of subscribers) expect(s.ofKind(kind)).toEqual([]);
}

async function inbox(caller: Caller, args: Record<string, unknown> = {}): Promise<any> {
  return (await app.ok(Inbox, args, caller)) as any;
}

async function countNotifications(where: string, params: unknown[]): Promise<number> {
  const [row] = await app.db.query(`SELECT COUNT(*) AS n FROM notification WHERE ${where}`, params);
  return Number(row.n);
}

const RATE = graphql(`
  mutation NotificationsRequestRateChange($c: ID!, $r: Money!) {
    requestRateChange(customerId: $c, newRate: $r, reason: "volume") {
      id
    }
  }
`);

describe('approvals', () => {
  it('a request goes to the leaders who may decide it, never to its filer or another salesperson; the decision goes to the filer', async () => {
    const c = await makeCustomer(app, sales);
    const [d, m, s, o] = await Promise.all([listen(director), listen(manager), listen(sales), listen(otherSales)]);
    const r: any = await app.ok(RATE, { c: String(c.id), r: '290.00' }, sales);
    const id = r.requestRateChange.id;
    for (const leader of [d, m]) {
      const n = await leader.next('APPROVAL_REQUESTED');
      expect(n.approvalRequest).toEqual({ id, kind: 'RATE_CHANGE' });
      expect(n.customer).toEqual({ id: String(c.id), name: c.name });
    }
    await app.ok(ApproveRequest, { id }, manager);
    const decided = await s.next('APPROVAL_DECIDED');
    expect(decided.approvalRequest.id).toBe(id);
    expect(decided.message).toMatch(/approved/);
    await heardNothing([s, o], 'APPROVAL_REQUESTED');
    await heardNothing([o, d, m], 'APPROVAL_DECIDED');
  });

  it('a request only a DIRECTOR may approve (a rate cut beyond the policy) is not sent to the MANAGER', async () => {
    const c = await makeCustomer(app, sales);
    const [d, m] = await Promise.all([listen(director), listen(manager)]);
    const r: any = await app.ok(RATE, { c: String(c.id), r: '100.00' }, sales);
    expect((await d.next('APPROVAL_REQUESTED')).approvalRequest.id).toBe(r.requestRateChange.id);
    expect(
      await countNotifications('recipientId = ? AND approvalRequestId = ?', [
        manager.staff.id,
        Number(r.requestRateChange.id),
      ]),
    ).toBe(0);
    expect(m.ofKind('APPROVAL_REQUESTED').filter((n) => n.approvalRequest.id === r.requestRateChange.id)).toEqual([]);
  });
});

describe('the rulebook', () => {
  it('an assigned complaint goes to its handler only, linked to the complaint', async () => {
    const c = await makeCustomer(app, sales);
    const handler = await app.staff(Role.SALESPERSON);
    const [h, o] = await Promise.all([listen(handler), listen(otherSales)]);
    const r: any = await app.ok(RecordComplaint, { c: String(c.id) }, sales);
    const due = addDays(companyToday(app), 3);
    await app.ok(AssignComplaint, { id: r.recordComplaint.id, h: String(handler.staff.id), d: due }, manager);
    const n = await h.next('COMPLAINT_ASSIGNED');
    expect(n.complaint).toEqual({ id: r.recordComplaint.id, status: 'ASSIGNED' });
    expect(n.message).toContain(due);
    await heardNothing([o], 'COMPLAINT_ASSIGNED');
  });

  it('an expense claim goes to the leaders who may approve it: beyond the budget, the DIRECTOR alone; its decision to the spender', async () => {
    const [d, m, s] = await Promise.all([listen(director), listen(manager), listen(sales)]);
    const FILE = graphql(`
      mutation NotificationsFileExpenseClaim($a: Money!, $on: LocalDate!) {
        fileExpenseClaim(
          input: { amount: $a, category: TRAVEL, spentOn: $on, receiptRef: "R-1", description: "train to Nanjing" }
        ) {
          id
          kind
          customer {
            id
          }
        }
      }
    `);
    const r: any = await app.ok(FILE, { a: '120.00', on: companyToday(app) }, sales);
    const id = r.fileExpenseClaim.id;
    const n = await d.next('APPROVAL_REQUESTED');
    expect(n.approvalRequest).toEqual({ id, kind: 'EXPENSE' });
    expect(n.customer).toBeNull();
    // No budget was set for this salesperson, so the claim is beyond it: no MANAGER may approve it.
    expect(await countNotifications('recipientId = ? AND approvalRequestId = ?', [manager.staff.id, Number(id)])).toBe(
      0,
    );
    expect(m.ofKind('APPROVAL_REQUESTED').filter((x) => x.approvalRequest.id === id)).toEqual([]);
    await app.ok(ApproveRequest, { id }, director);
    const decided = await s.next('APPROVAL_DECIDED');
    expect(decided.approvalRequest.id).toBe(id);
    expect(decided.message).toMatch(/approved/);
  });
});

describe('two deciders at once', () => {
  it('one decision wins, and the filer is told once', async () => {
    const c = await makeCustomer(app, sales);
    const r: any = await app.ok(RATE, { c: String(c.id), r: '295.00' }, sales);
    const id = r.requestRateChange.id;
    const s = await listen(sales);
    const APPROVE = graphql(`
      mutation NotificationsApproveRequest2($id: ID!) {
        approveRequest(id: $id) {
          id
        }
      }
    `);
    const results = await Promise.all([app.exec(APPROVE, { id }, manager), app.exec(APPROVE, { id }, director)]);
    expect(results.map(errorCodes).flat()).toEqual(['CONFLICT']);
    await s.next('APPROVAL_DECIDED');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(s.ofKind('APPROVAL_DECIDED').filter((n) => n.approvalRequest.id === id)).toHaveLength(1);
    expect(await countNotifications('kind = ? AND approvalRequestId = ?', ['APPROVAL_DECIDED', Number(id)])).toBe(1);
  });
});

describe('forms', () => {
  it("each named department's head is asked to sign, an unnamed head is not; the filer hears when the last one signed", async () => {
    const c = await makeCustomer(app, sales, { status: CustomerStatus.PROSPECT });
    const [s, fin, dis, ware, o] = await Promise.all([
      listen(sales),
      listen(heads.FINANCE),
      listen(heads.DISPATCH),
      listen(heads.WAREHOUSE),
      listen(otherSales),
    ]);
    const created: any = await app.ok(CreateOperationNotice, { c: String(c.id) }, sales);
    const notice = created.createOperationNotice;
    expect(notice.signatures.map((x: any) => x.department).sort()).toEqual(['DISPATCH', 'FINANCE']);
    for (const head of [fin, dis]) expect((await head.next('SIGNATURE_REQUESTED')).customer.id).toBe(String(c.id));
    const SIGN = graphql(`
      mutation NotificationsSignOperationNotice($id: ID!, $d: Department!) {
        signOperationNotice(id: $id, department: $d) {
          status
        }
      }
    `);
    await app.ok(SIGN, { id: notice.id, d: 'FINANCE' }, heads.FINANCE);
    await app.ok(SIGN, { id: notice.id, d: 'DISPATCH' }, heads.DISPATCH);
    const done = await s.next('FORM_COMPLETED');
    expect(done.message).toMatch(/DISPATCH, FINANCE/);
    await heardNothing([ware, o, s], 'SIGNATURE_REQUESTED');
    await heardNothing([o, fin, dis], 'FORM_COMPLETED');
  });

  it('an approved arrears request asks the heads of the departments its consent names', async () => {
    const c = await makeCustomer(app, sales);
    const [fin, ware] = await Promise.all([listen(heads.FINANCE), listen(heads.WAREHOUSE)]);
    const r: any = await app.ok(RequestArrears, { c: String(c.id), d: addDays(companyToday(app), 10) }, sales);
    await app.ok(ApproveRequest, { id: r.requestArrears.id }, manager);
    const asked = await fin.next('SIGNATURE_REQUESTED');
    expect(asked.approvalRequest.id).toBe(r.requestArrears.id);
    expect(ware.ofKind('SIGNATURE_REQUESTED')).toEqual([]);
  });
});

describe('customers and money', () => {
  it('a visit request goes to the owner only', async () => {
    const c = await makeCustomer(app, sales);
    const [s, o] = await Promise.all([listen(sales), listen(otherSales)]);
    const r: any = await app.ok(RecordVisitRequest, { c: String(c.id) }, manager);
    expect((await s.next('VISIT_REQUESTED')).visitRequest).toEqual({ id: r.recordVisitRequest.id });
    await heardNothing([o], 'VISIT_REQUESTED');
  });

  it('a reassignment goes to the old and the new owner, not to a third salesperson', async () => {
    const third = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, sales);
    const [s, o, t] = await Promise.all([listen(sales), listen(otherSales), listen(third)]);
    await app.ok(ReassignCustomer, { c: String(c.id), o: String(otherSales.staff.id) }, manager);
    for (const owner of [s, o]) expect((await owner.next('CUSTOMER_REASSIGNED')).customer.id).toBe(String(c.id));
    await heardNothing([t], 'CUSTOMER_REASSIGNED');
  });

  it('a confirmed statement and a received payment go to the owner, with no amount in the message', async () => {
    const c = await makeCustomer(app, sales);
    const today = companyToday(app);
    const [s, o] = await Promise.all([listen(sales), listen(otherSales)]);
    await recordConsignment(app, collector, c.id, { shippedOn: today });
    const st = await issueStatement(app, collector, c.id, today, today);
    await confirmStatement(app, collector, st.id);
    const confirmed = await s.next('STATEMENT_CONFIRMED');
    expect(confirmed.statement).toEqual({ id: st.id, status: 'CONFIRMED' });
    await app.ok(RecordPayment, { c: String(c.id), d: today }, collector);
    const paid = await s.next('PAYMENT_RECEIVED');
    // No part of 123.45 (the names are random digits and can hold "123", so they are taken out first).
    expect(paid.message.replace(c.name, '').replace(collector.staff.name, '')).not.toMatch(/123|45/);
    await heardNothing([o], 'STATEMENT_CONFIRMED');
    await heardNothing([o], 'PAYMENT_RECEIVED');
  });
});

describe('overdue arrears', () => {
  it('is raised once, to the handler and the leaders, however many sweeps run at once', async () => {
    const c = await makeCustomer(app, sales);
    const today = companyToday(app);
    const r: any = await app.ok(RequestArrears2, { c: String(c.id), d: addDays(today, 3) }, sales);
    await app.ok(ApproveRequest, { id: r.requestArrears.id }, director);
    const [consent] = await app.db.query('SELECT id FROM arrears_consent WHERE requestId = ?', [
      Number(r.requestArrears.id),
    ]);
    const SIGN = graphql(`
      mutation NotificationsSignArrearsConsent($id: ID!, $d: Department!) {
        signArrearsConsent(id: $id, department: $d) {
          id
        }
      }
    `);
    // MARKET is headed by a MANAGER (the policy's FINANCE and MARKET always sign arrears consents).
    await app.db
      .query('UPDATE department_head SET headId = ? WHERE department = ?', [manager.staff.id, 'MARKET'])
      .catch(() => undefined);
    await app.db.query(
      'INSERT INTO department_head (department, headId) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM department_head WHERE department = ?)',
      ['MARKET', manager.staff.id, 'MARKET'],
    );
    for (const d of r.requestArrears.departments)
      await app.ok(SIGN, { id: String(consent.id), d }, d === 'MARKET' ? manager : heads[d]);
    // The consent's form is complete: its handler (who filed the request) is told, once.
    expect(
      await countNotifications('kind = ? AND recipientId = ? AND approvalRequestId = ?', [
        'FORM_COMPLETED',
        sales.staff.id,
        Number(r.requestArrears.id),
      ]),
    ).toBe(1);
    expect(
      await countNotifications('kind = ? AND approvalRequestId = ?', ['FORM_COMPLETED', Number(r.requestArrears.id)]),
    ).toBe(1);
    // Nothing is overdue before the promised date.
    expect(await app.server.services.arrearsConsents.raiseOverdue()).toBe(0);
    // Test setup: the promised date has passed and the customer owes past due.
    await app.db.query('UPDATE arrears_consent SET promisedDate = ? WHERE id = ?', [addDays(today, -2), consent.id]);
    await app.db.query(
      'INSERT INTO receivable (statementId, customerId, amount, confirmedOn, dueDate) VALUES (?, ?, ?, ?, ?)',
      [800000 + c.id, c.id, 30000, addDays(today, -40), addDays(today, -10)],
    );
    const [s, d, o] = await Promise.all([listen(sales), listen(director), listen(otherSales)]);
    const raised = await Promise.all([
      app.server.services.arrearsConsents.raiseOverdue(),
      app.server.services.arrearsConsents.raiseOverdue(),
    ]);
    expect(raised.sort()).toEqual([0, 1]);
    expect(await app.server.services.arrearsConsents.raiseOverdue()).toBe(0);
    for (const who of [s, d]) expect((await who.next('ARREARS_OVERDUE')).customer.id).toBe(String(c.id));
    const rows = await app.db.query(
      'SELECT recipientId FROM notification WHERE kind = ? AND customerId = ? ORDER BY recipientId',
      ['ARREARS_OVERDUE', c.id],
    );
    expect(rows.map((x: any) => Number(x.recipientId)).sort()).toEqual(
      [director.staff.id, manager.staff.id, sales.staff.id].sort(),
    );
    expect(o.ofKind('ARREARS_OVERDUE')).toEqual([]);
  });
});

describe('sockets need a live session', () => {
  it('no token closes with 4401; a bad, foreign or signed-out token with 4403', async () => {
    expect((await rawConnect(url, undefined)).code).toBe(4401);
    expect((await rawConnect(url, { authorization: 'Basic abc' })).code).toBe(4401);
    expect((await rawConnect(url, { authorization: 'Bearer not-a-token' })).code).toBe(4403);
    const gone = await app.staff(Role.SALESPERSON);
    await app.ok(Logout, {}, gone);
    expect((await rawConnect(url, { authorization: `Bearer ${gone.token}` })).code).toBe(4403);
    const ok = await rawConnect(url, { authorization: `Bearer ${sales.token}` });
    expect(ok.code).toBe('acked');
    ok.socket.close();
  });

  it('a database that cannot be reached closes with 1013 (try again), saying nothing of the error', async () => {
    const staff = app.server.services.staff;
    const loadCaller = staff.loadCaller;
    staff.loadCaller = async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:3306 (secret detail)');
    };
    try {
      const closed = await new Promise<{ code: number; reason: string }>((resolve) => {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        socket.on('open', () =>
          socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${sales.token}` } })),
        );
        socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
      });
      expect(closed.code).toBe(1013);
      expect(closed.reason).not.toMatch(/ECONNREFUSED|secret/);
    } finally {
      staff.loadCaller = loadCaller;
    }
  });

  it('logout, a password change and a deactivation end the live subscription', async () => {
    const a = await app.staff(Role.SALESPERSON);
    const b = await app.staff(Role.SALESPERSON);
    const c = await app.staff(Role.SALESPERSON);
    const [sa, sb, sc, bystander] = await Promise.all([listen(a), listen(b), listen(c), listen(sales)]);
    await app.ok(Logout, {}, a);
    await sa.until(() => sa.closeCode !== null);
    expect(sa.closeCode).toBe(4403);
    await app.ok(ChangePassword, {}, b);
    await sb.until(() => sb.closeCode !== null);
    expect(sb.closeCode).toBe(4403);
    await app.ok(DeactivateStaff, { id: String(c.staff.id) }, director);
    await sc.until(() => sc.closeCode !== null);
    expect(sc.closeCode).toBe(4403);
    expect(bystander.closeCode).toBeNull();
  });

  it('only subscriptions run over the socket', async () => {
    const s = await Subscriber.connect(url, sales.token, `query { unreadNotificationCount }`);
    open.push(s);
    await s.until(() => s.errors.length > 0 || s.completed);
    expect(JSON.stringify(s.errors)).toMatch(/Only subscriptions/);
    const invalid = await Subscriber.connect(url, sales.token, `subscription { notificationAdded { secret } }`);
    open.push(invalid);
    await invalid.until(() => invalid.errors.length > 0);
    expect(JSON.stringify(invalid.errors)).toMatch(/GRAPHQL_VALIDATION_FAILED/);
    const broken = await Subscriber.connect(url, sales.token, `subscription { notificationAdded { `);
    open.push(broken);
    await broken.until(() => broken.errors.length > 0);
    expect(JSON.stringify(broken.errors)).toMatch(/GRAPHQL_PARSE_FAILED/);
  });
});

describe('the inbox', () => {
  it("pages the caller's own notifications newest first, counts unread, marks read only the caller's", async () => {
    const me = await app.staff(Role.SALESPERSON);
    const someone = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, me);
    for (let i = 0; i < 5; i++) {
      await app.ok(RecordVisitRequest2, { c: String(c.id) }, manager);
    }
    const theirs = await makeCustomer(app, someone);
    await app.ok(RecordVisitRequest3, { c: String(theirs.id) }, manager);
    const first = await inbox(me, { first: 3 });
    expect(first.unreadNotificationCount).toBe(5);
    expect(first.notifications.totalCount).toBe(5);
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(me, { first: 3, after: first.notifications.pageInfo.endCursor });
    const ids = [...first.notifications.edges, ...second.notifications.edges].map((e: any) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(ids).toHaveLength(5);
    const theirId = (await inbox(someone)).notifications.edges[0].node.id;
    const MARK = graphql(`
      mutation NotificationsMarkNotificationsRead($ids: [ID!]) {
        markNotificationsRead(ids: $ids)
      }
    `);
    // Someone else's id, a nonsense id and an id of mine: only mine changes.
    expect(
      ((await app.ok(MARK, { ids: [theirId, 'x', '99999999', String(ids[0])] }, me)) as any).markNotificationsRead,
    ).toBe(1);
    expect(((await app.ok(MARK, { ids: [String(ids[0])] }, me)) as any).markNotificationsRead).toBe(0);
    expect((await inbox(someone)).unreadNotificationCount).toBe(1);
    const unread = await inbox(me, { u: true });
    expect(unread.notifications.edges.map((e: any) => Number(e.node.id))).toEqual(ids.slice(1));
    expect(((await app.ok(MARK, {}, me)) as any).markNotificationsRead).toBe(4);
    expect((await inbox(me)).unreadNotificationCount).toBe(0);
    expect((await inbox(me)).notifications.edges.every((e: any) => e.node.readAt !== null)).toBe(true);
    expect((await inbox(someone)).unreadNotificationCount).toBe(1);
    // An empty list marks nothing; more than 500 ids is refused, naming the argument.
    expect(((await app.ok(MARK, { ids: [] }, someone)) as any).markNotificationsRead).toBe(0);
    const tooMany = await app.exec(MARK, { ids: Array.from({ length: 501 }, (_, i) => String(i + 1)) }, someone);
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0].extensions?.field).toBe('ids');
    expect((await inbox(someone)).unreadNotificationCount).toBe(1);
    expect(errorCodes(await app.exec(InboxFirstNegative, {}, me))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses an anonymous caller', async () => {
    expect(errorCodes(await app.exec(UnreadNotificationCount))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await app.exec(MarkNotificationsRead2))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('stored once, published after commit', () => {
  it('a transaction that fails stores and publishes nothing', async () => {
    const c = await makeCustomer(app, sales);
    const s = await listen(sales);
    const payments = app.server.services.payments;
    const settle = payments.settle;
    payments.settle = async () => {
      throw new Error('injected failure after the payment row');
    };
    try {
      const r = await app.exec(RecordPayment2, { c: String(c.id), d: companyToday(app) }, collector);
      expect(errorCodes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      payments.settle = settle;
    }
    expect(await countNotifications('customerId = ?', [c.id])).toBe(0);
    // A later event arrives, and it is the only one.
    await app.ok(RecordVisitRequest3, { c: String(c.id) }, manager);
    await s.next('VISIT_REQUESTED');
    expect(s.received.filter((n) => n.customer?.id === String(c.id)).map((n) => n.kind)).toEqual(['VISIT_REQUESTED']);
  });

  it('a retried transaction stores and publishes its event once (MySQL retries deadlocks; SQLite has none)', async () => {
    const c = await makeCustomer(app, sales);
    const s = await listen(sales);
    let attempts = 0;
    await inTransaction(app.db, async (m) => {
      attempts++;
      await recordNotification(m, {
        kind: NotificationKind.VISIT_REQUESTED,
        message: `attempt ${attempts}`,
        to: { staffIds: [sales.staff.id] },
        customerId: c.id,
      });
      if (attempts === 1 && app.dialect === 'mysql')
        throw new QueryFailedError(
          'SELECT 1',
          [],
          Object.assign(new Error('Deadlock found'), { code: 'ER_LOCK_DEADLOCK' }),
        );
    });
    expect(attempts).toBe(app.dialect === 'mysql' ? 2 : 1);
    const rows = await app.db.query('SELECT message FROM notification WHERE customerId = ?', [c.id]);
    expect(rows.map((r: any) => r.message)).toEqual([`attempt ${attempts}`]);
    await s.next('VISIT_REQUESTED');
    await new Promise((r) => setTimeout(r, 200));
    expect(s.received.filter((n) => n.customer?.id === String(c.id)).map((n) => n.message)).toEqual([
      `attempt ${attempts}`,
    ]);
  });

  it('recordNotification refuses a manager that is not a transaction of inTransaction', async () => {
    await expect(
      recordNotification(app.db.manager, {
        kind: NotificationKind.VISIT_REQUESTED,
        message: 'x',
        to: { staffIds: [sales.staff.id] },
      }),
    ).rejects.toThrow(/inTransaction/);
  });
});

describe('links follow the normal field rules', () => {
  it("the old owner of a reassigned customer gets the notification but not the customer's contacts", async () => {
    const c = await makeCustomer(app, sales);
    await app.ok(ReassignCustomer, { c: String(c.id), o: String(otherSales.staff.id) }, manager);
    const r = await app.exec(Notifications3, {}, sales);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    expect((r.data as any).notifications.edges[0].node.kind).toBe('CUSTOMER_REASSIGNED');
    expect((r.data as any).notifications.edges[0].node.customer.address).toBeNull();
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
  });
});

void Customer;
