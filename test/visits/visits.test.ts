import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { count, makeCustomer, must, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';

const ReassignCustomer = graphql(`
  mutation VisitsReassignCustomer($c: ID!, $o: ID!) {
    reassignCustomer(customerId: $c, ownerId: $o, reason: "territory") {
      id
    }
  }
`);

/**
 * The visits below are planned on fixed days of 2026: their customers existed by then (a visit is never planned before
 * its customer existed).
 */
const KNOWN_SINCE_2026 = { firstContactAt: new Date('2026-01-01T00:00:00Z') };

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start({ visitCheckInRadiusMeters: 300 });
});
afterAll(() => app.stop());

const Plan = graphql(`
  mutation VisitsPlanVisit($i: PlanVisitInput!) {
    planVisit(input: $i) {
      id
      status
      plannedAt
      purpose
      salesperson {
        id
      }
      plannedBy {
        id
      }
      customer {
        id
      }
      visitRequest {
        id
      }
    }
  }
`);
const CheckIn = graphql(`
  mutation VisitsCheckInVisit($v: ID!, $lat: Float, $lng: Float, $acc: Float, $t: DateTimeISO) {
    checkInVisit(visitId: $v, latitude: $lat, longitude: $lng, accuracy: $acc, clientTime: $t) {
      id
      status
      checkedInAt
      clientReportedAt
      checkInLatitude
      checkInLongitude
      checkInAccuracyMeters
      checkInDistanceMeters
      checkInFlagged
    }
  }
`);
const Complete = graphql(`
  mutation VisitsCompleteVisit($v: ID!, $s: String!) {
    completeVisit(visitId: $v, summary: $s) {
      id
      status
      summary
      completedAt
    }
  }
`);
const Cancel = graphql(`
  mutation VisitsCancelVisit($v: ID!, $r: String!) {
    cancelVisit(visitId: $v, reason: $r) {
      id
      status
      cancelReason
    }
  }
`);
const MarkFalse = graphql(`
  mutation VisitsMarkVisitFalse($v: ID!, $r: String!) {
    markVisitFalse(visitId: $v, reason: $r) {
      id
      status
      falseReason
      markedFalseAt
      markedFalseBy {
        id
      }
    }
  }
`);

async function plan(caller: Parameters<typeof must>[1], customerId: number, extra: Record<string, unknown> = {}) {
  const { planVisit } = await must(app, caller, Plan, {
    i: { customerId: String(customerId), plannedAt: '2026-11-20T01:30:00Z', purpose: 'Quarterly review', ...extra },
  });
  return planVisit;
}

async function visitRow(id: string) {
  const rows = await app.db.query('SELECT status FROM visit WHERE id = ?', [Number(id)]);
  return rows[0];
}

describe('planVisit', () => {
  it('lets a salesperson plan visits to own customers, and leaders to any (made by the owner)', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const mine = await plan(owner, c.id);
    expect(mine).toMatchObject({
      status: 'PLANNED',
      plannedAt: '2026-11-20T01:30:00.000Z',
      salesperson: { id: String(owner.staff.id) },
      plannedBy: { id: String(owner.staff.id) },
      visitRequest: null,
    });
    const byLeader = await plan(manager, c.id);
    expect(byLeader).toMatchObject({
      salesperson: { id: String(owner.staff.id) },
      plannedBy: { id: String(manager.staff.id) },
    });
  });

  it("refuses another salesperson's customer and roles that do not record visits; nothing written", async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const input = { customerId: String(c.id), plannedAt: '2026-11-20T01:30:00Z', purpose: 'steal' };
    for (const caller of [
      await app.staff(Role.SALESPERSON),
      await app.staff(Role.ASSISTANT_MANAGER),
      await app.staff(Role.COLLECTOR),
      await app.staff(Role.ORDER_CLERK),
    ]) {
      expect(errorCodes(await run(app, caller, Plan, { i: input }))).toEqual(['FORBIDDEN']);
    }
    expect(
      errorCodes(
        await run(app, owner, Plan, {
          i: { ...input, salespersonId: String((await app.staff(Role.SALESPERSON)).staff.id) },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, owner, Plan, { i: { ...input, purpose: '  ' } }))).toEqual(['BAD_USER_INPUT']);
    // A leader plans for the owner, never for a salesperson who does not own the customer.
    const manager = await app.staff(Role.MANAGER);
    const other = await run(app, manager, Plan, {
      i: { ...input, salespersonId: String((await app.staff(Role.SALESPERSON)).staff.id) },
    });
    expect(errorCodes(other)).toEqual(['BAD_USER_INPUT']);
    expect(other.errors![0].extensions?.field).toBe('salespersonId');
    expect(await count(app, 'visit', 'customerId = ?', [c.id])).toBe(0);
    await app.ok(Plan, { i: { ...input, salespersonId: String(owner.staff.id) } }, manager);
    expect(await count(app, 'visit', 'customerId = ? AND salespersonId = ?', [c.id, owner.staff.id])).toBe(1);
  });
});

describe('check-in and completion', () => {
  it('takes the server time, keeps the client time and location, and computes the distance (near: not flagged)', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { ...KNOWN_SINCE_2026, latitude: 31.2304, longitude: 121.4737 });
    const v = await plan(owner, c.id);
    const before = Date.now();
    const { checkInVisit } = await must(app, owner, CheckIn, {
      v: v.id,
      lat: 31.2313,
      lng: 121.4737,
      acc: 12.5,
      t: '2020-01-01T00:00:00.000Z',
    });
    expect(checkInVisit).toMatchObject({
      status: 'CHECKED_IN',
      clientReportedAt: '2020-01-01T00:00:00.000Z',
      checkInLatitude: 31.2313,
      checkInAccuracyMeters: 12.5,
      checkInFlagged: false,
    });
    expect(Date.parse(checkInVisit.checkedInAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(checkInVisit.checkInDistanceMeters).toBeGreaterThan(95);
    expect(checkInVisit.checkInDistanceMeters).toBeLessThan(105);
  });

  it('flags a check-in farther than the configured radius, and one without location when the site is known', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { ...KNOWN_SINCE_2026, latitude: 31.2304, longitude: 121.4737 });
    const far = await plan(owner, c.id);
    const r1 = (await must(app, owner, CheckIn, { v: far.id, lat: 31.2404, lng: 121.4737 })).checkInVisit;
    expect(r1.checkInFlagged).toBe(true);
    expect(r1.checkInDistanceMeters).toBeGreaterThan(1000);
    const blind = await plan(owner, c.id);
    expect((await must(app, owner, CheckIn, { v: blind.id })).checkInVisit).toMatchObject({
      checkInFlagged: true,
      checkInDistanceMeters: null,
    });
    const noSite = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v3 = await plan(owner, noSite.id);
    expect((await must(app, owner, CheckIn, { v: v3.id, lat: 10, lng: 10 })).checkInVisit).toMatchObject({
      checkInFlagged: false,
      checkInDistanceMeters: null,
    });
  });

  it('refuses a second check-in, completion before check-in, and a second completion', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id);
    const early = await run(app, owner, Complete, { v: v.id, s: 'made up' });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect((await visitRow(v.id)).status).toBe('PLANNED');
    await must(app, owner, CheckIn, { v: v.id });
    expect(errorCodes(await run(app, owner, CheckIn, { v: v.id }))).toEqual(['CONFLICT']);
    const { completeVisit } = await must(app, owner, Complete, { v: v.id, s: 'Agreed a trial shipment' });
    expect(completeVisit).toMatchObject({ status: 'COMPLETED', summary: 'Agreed a trial shipment' });
    expect(errorCodes(await run(app, owner, Complete, { v: v.id, s: 'again' }))).toEqual(['CONFLICT']);
  });

  it('gives one winner when two check-ins race', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id);
    const results = await Promise.all([run(app, owner, CheckIn, { v: v.id }), run(app, owner, CheckIn, { v: v.id })]);
    expect(results.map((r) => (r.errors ? errorCodes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('refuses check-in and completion by others; leaders may record; bad coordinates are BAD_USER_INPUT', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const director = await app.staff(Role.DIRECTOR);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id);
    for (const caller of [
      await app.staff(Role.SALESPERSON),
      await app.staff(Role.ASSISTANT_MANAGER),
      await app.staff(Role.COLLECTOR),
    ]) {
      expect(errorCodes(await run(app, caller, CheckIn, { v: v.id }))).toEqual(['FORBIDDEN']);
    }
    expect((await visitRow(v.id)).status).toBe('PLANNED');
    const bad = await run(app, owner, CheckIn, { v: v.id, lat: 95, lng: 10 });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.field).toBe('latitude');
    expect(errorCodes(await run(app, owner, CheckIn, { v: v.id, lat: 31 }))).toEqual(['BAD_USER_INPUT']);
    await must(app, director, CheckIn, { v: v.id });
    expect(errorCodes(await run(app, await app.staff(Role.SALESPERSON), Complete, { v: v.id, s: 'x' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await must(app, director, Complete, { v: v.id, s: 'done' })).completeVisit.status).toBe('COMPLETED');
  });
  it('refuses the salesperson once the customer has moved to someone else', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const next = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id);
    await must(app, manager, ReassignCustomer, { c: String(c.id), o: String(next.staff.id) });
    expect(errorCodes(await run(app, owner, CheckIn, { v: v.id }))).toEqual(['FORBIDDEN']);
    expect((await visitRow(v.id)).status).toBe('PLANNED');
  });
});

describe('cancelVisit', () => {
  it('cancels a planned visit only, by its salesperson or a leader', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id);
    expect(errorCodes(await run(app, await app.staff(Role.SALESPERSON), Cancel, { v: v.id, r: 'x' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect((await must(app, owner, Cancel, { v: v.id, r: 'Customer closed that day' })).cancelVisit).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Customer closed that day',
    });
    expect(errorCodes(await run(app, owner, CheckIn, { v: v.id }))).toEqual(['CONFLICT']);
    const v2 = await plan(owner, c.id);
    await must(app, owner, CheckIn, { v: v2.id });
    expect(errorCodes(await run(app, owner, Cancel, { v: v2.id, r: 'too late' }))).toEqual(['CONFLICT']);
    expect((await visitRow(v2.id)).status).toBe('CHECKED_IN');
  });
});

describe('visits list', () => {
  it('shows a salesperson only their own visits; leaders and the assistant manager see all; filters apply', async () => {
    const a = await app.staff(Role.SALESPERSON);
    const b = await app.staff(Role.SALESPERSON);
    const ca = await makeCustomer(app, a, KNOWN_SINCE_2026);
    const cb = await makeCustomer(app, b, KNOWN_SINCE_2026);
    const va1 = await plan(a, ca.id, { plannedAt: '2026-10-01T03:00:00Z' });
    const va2 = await plan(a, ca.id, { plannedAt: '2026-10-05T17:00:00Z' }); // 2026-10-06 in Shanghai
    const vb = await plan(b, cb.id, { plannedAt: '2026-10-02T03:00:00Z' });
    await must(app, a, CheckIn, { v: va1.id });
    const q = graphql(`
      query VisitsVisits($f: VisitFilter) {
        visits(first: 100, filter: $f) {
          totalCount
          edges {
            node {
              id
            }
          }
        }
      }
    `);
    const ids = async (caller: Parameters<typeof must>[1], f: Record<string, unknown>) =>
      (await must(app, caller, q, { f })).visits.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(a, {})).toEqual(expect.arrayContaining([va1.id, va2.id]));
    expect(await ids(a, {})).not.toContain(vb.id);
    expect(errorCodes(await run(app, a, q, { f: { salespersonId: String(b.staff.id) } }))).toEqual(['FORBIDDEN']);
    for (const role of [Role.MANAGER, Role.DIRECTOR, Role.ASSISTANT_MANAGER]) {
      const reader = await app.staff(role);
      expect(await ids(reader, { salespersonId: String(b.staff.id) })).toEqual([vb.id]);
      expect(await ids(reader, { customerId: String(ca.id), status: 'CHECKED_IN' })).toEqual([va1.id]);
      expect(await ids(reader, { customerId: String(ca.id), from: '2026-10-06', to: '2026-10-06' })).toEqual([va2.id]);
      expect(await ids(reader, { customerId: String(ca.id), from: '2026-10-01', to: '2026-10-05' })).toEqual([va1.id]);
    }
    for (const role of [Role.COLLECTOR, Role.ORDER_CLERK, Role.DISPATCHER]) {
      expect(errorCodes(await run(app, await app.staff(role), q, {}))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('markVisitFalse', () => {
  it("marks the report false and records the visit's company-local day as unexcused absence, audited", async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    // 2026-11-20T17:30Z is 2026-11-21 01:30 in Shanghai.
    const v = await plan(owner, c.id, { plannedAt: '2026-11-20T17:30:00Z' });
    await must(app, owner, CheckIn, { v: v.id });
    await must(app, owner, Complete, { v: v.id, s: 'Visited' });
    await app.db.query(`INSERT INTO attendance_record (staffId, date, status) VALUES (?, '2026-11-21', 'PRESENT')`, [
      owner.staff.id,
    ]);
    const { markVisitFalse } = await must(app, manager, MarkFalse, { v: v.id, r: 'Customer says nobody came' });
    expect(markVisitFalse).toMatchObject({
      status: 'FALSE_REPORT',
      falseReason: 'Customer says nobody came',
      markedFalseBy: { id: String(manager.staff.id) },
    });
    const rows = await app.db.query(
      'SELECT date, status, falseVisitId, recordedById FROM attendance_record WHERE staffId = ?',
      [owner.staff.id],
    );
    expect(rows).toEqual([
      { date: '2026-11-21', status: 'UNEXCUSED_ABSENCE', falseVisitId: Number(v.id), recordedById: manager.staff.id },
    ]);
    expect(await count(app, 'audit_event', "action = 'visit.marked_false' AND entityId = ?", [v.id])).toBe(1);
    expect(errorCodes(await run(app, manager, MarkFalse, { v: v.id, r: 'again' }))).toEqual(['CONFLICT']);
  });

  it('inserts the absence when the day had no attendance yet (checked-in visit, by the DIRECTOR)', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const director = await app.staff(Role.DIRECTOR);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id, { plannedAt: '2026-11-03T02:00:00Z' });
    await must(app, owner, CheckIn, { v: v.id });
    await must(app, director, MarkFalse, { v: v.id, r: 'Location spoofed' });
    const rows = await app.db.query('SELECT date, status, falseVisitId FROM attendance_record WHERE staffId = ?', [
      owner.staff.id,
    ]);
    expect(rows).toEqual([{ date: '2026-11-03', status: 'UNEXCUSED_ABSENCE', falseVisitId: Number(v.id) }]);
  });

  it('refuses other roles and a visit that reported nothing; nothing changes', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner, KNOWN_SINCE_2026);
    const v = await plan(owner, c.id);
    await must(app, owner, CheckIn, { v: v.id });
    for (const caller of [owner, await app.staff(Role.ASSISTANT_MANAGER), await app.staff(Role.COLLECTOR)]) {
      expect(errorCodes(await run(app, caller, MarkFalse, { v: v.id, r: 'x' }))).toEqual(['FORBIDDEN']);
    }
    expect((await visitRow(v.id)).status).toBe('CHECKED_IN');
    const planned = await plan(owner, c.id);
    expect(errorCodes(await run(app, manager, MarkFalse, { v: planned.id, r: 'x' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, manager, MarkFalse, { v: '99999999', r: 'x' }))).toEqual(['NOT_FOUND']);
    expect(await count(app, 'attendance_record', 'staffId = ?', [owner.staff.id])).toBe(0);
  });
});
