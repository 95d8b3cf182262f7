import { graphql } from '../generated';
import { TestApp, Caller, errorCodes } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Complaint } from '../../src/features/complaints/complaint.entity';
import { SatisfactionSurvey } from '../../src/features/customers/satisfaction-survey.entity';
import { Staff } from '../../src/features/staff/staff.entity';
import { makeCustomer } from '../support/factories';
import { must, run } from '../support/customer-factories';
import { companyToday, rolesExcept } from '../support/administration-factories';
import { addDays } from '../../src/time';

/* eslint-disable @typescript-eslint/no-explicit-any */

graphql(`
  fragment RulebookComplaintsFields on Complaint {
    id
    status
    severity
    dueDate
    overdue
    handledInTime
    handlingHours
    description
    resolution
    customer {
      id
    }
    handler {
      id
    }
    recordedBy {
      id
    }
    followUpSurvey {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation RulebookComplaintsRecord($input: ComplaintInput!) {
    recordComplaint(input: $input) {
      ...RulebookComplaintsFields
    }
  }
`);
const ASSIGN = graphql(`
  mutation RulebookComplaintsAssign($id: ID!, $h: ID!, $d: LocalDate!) {
    assignComplaint(id: $id, handlerId: $h, dueDate: $d) {
      ...RulebookComplaintsFields
    }
  }
`);
const RESOLVE = graphql(`
  mutation RulebookComplaintsResolve($id: ID!, $r: String!) {
    resolveComplaint(id: $id, resolution: $r) {
      ...RulebookComplaintsFields
    }
  }
`);
const LINK = graphql(`
  mutation RulebookComplaintsLinkComplaintFollowUp($id: ID!, $s: ID!) {
    linkComplaintFollowUp(id: $id, surveyId: $s) {
      id
      followUpSurvey {
        id
      }
    }
  }
`);
const LIST = graphql(`
  query RulebookComplaintsComplaints($f: ComplaintFilter, $first: Int, $after: String) {
    complaints(filter: $f, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          status
          overdue
          description
          customer {
            id
          }
          handler {
            id
          }
        }
      }
    }
  }
`);

let app: TestApp;
let director: Caller;
let manager: Caller;
let owner: Caller;
let other: Caller;
let collector: Caller;
let customerId: number;
let today: string;

beforeAll(async () => {
  app = await TestApp.start();
  director = await app.staff(Role.DIRECTOR);
  manager = await app.staff(Role.MANAGER);
  owner = await app.staff(Role.SALESPERSON, { name: 'C Owner' });
  other = await app.staff(Role.SALESPERSON, { name: 'C Other' });
  collector = await app.staff(Role.COLLECTOR);
  customerId = (await makeCustomer(app, owner)).id;
  today = companyToday(app);
});
afterAll(() => app.stop());

const record = (caller: Caller, input: Record<string, unknown> = {}) =>
  run(app, caller, RECORD, {
    input: { customerId: String(customerId), description: '货物外包装破损，客户要求赔偿', severity: 'HIGH', ...input },
  });
const ids = (data: any) => data.complaints.edges.map((e: any) => e.node.id);

describe('complaints', () => {
  it('goes from recorded to assigned to resolved, each step by the right person, with its handling time', async () => {
    const recorded = await record(collector);
    expect(recorded.errors?.map((e) => [e.extensions!.code, e.path!.join('.')])).toEqual([
      ['FORBIDDEN', 'recordComplaint.description'],
      ['FORBIDDEN', 'recordComplaint.resolution'],
      ['FORBIDDEN', 'recordComplaint.followUpSurvey'],
    ]);
    const c = recorded.data!.recordComplaint;
    expect(c).toMatchObject({
      status: 'OPEN',
      severity: 'HIGH',
      dueDate: null,
      overdue: false,
      handler: null,
      description: null,
      recordedBy: { id: String(collector.staff.id) },
    });

    // Resolving before assignment is a conflict; only leaders assign.
    expect(errorCodes(await run(app, owner, RESOLVE, { id: c.id, r: 'x' }))).toEqual(['CONFLICT']);
    for (const role of rolesExcept(Role.MANAGER, Role.DIRECTOR)) {
      expect(
        errorCodes(await run(app, await app.staff(role), ASSIGN, { id: c.id, h: String(other.staff.id), d: today })),
      ).toEqual(['FORBIDDEN']);
    }
    const assigned = await must(app, manager, ASSIGN, { id: c.id, h: String(other.staff.id), d: addDays(today, 3) });
    expect(assigned.assignComplaint).toMatchObject({
      status: 'ASSIGNED',
      handler: { id: String(other.staff.id) },
      dueDate: addDays(today, 3),
      overdue: false,
      description: '货物外包装破损，客户要求赔偿',
    });

    // Only the handler resolves, once.
    for (const c2 of [owner, manager, director, collector])
      expect(errorCodes(await run(app, c2, RESOLVE, { id: c.id, r: 'x' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, other, RESOLVE, { id: c.id, r: '   ' }))).toEqual(['BAD_USER_INPUT']);
    const resolved = await must(app, other, RESOLVE, { id: c.id, r: '已赔偿 200 元并致歉' });
    expect(resolved.resolveComplaint).toMatchObject({
      status: 'RESOLVED',
      resolution: '已赔偿 200 元并致歉',
      handledInTime: true,
      handlingHours: 0,
      overdue: false,
    });
    expect(errorCodes(await run(app, other, RESOLVE, { id: c.id, r: 'again' }))).toEqual(['CONFLICT']);
    expect(errorCodes(await run(app, manager, ASSIGN, { id: c.id, h: String(owner.staff.id), d: today }))).toEqual([
      'CONFLICT',
    ]);
    const audit = await app.db.query(
      `SELECT action FROM audit_event WHERE entityType = 'Complaint' AND entityId = ? ORDER BY id`,
      [c.id],
    );
    expect(audit.map((a: any) => a.action)).toEqual(['complaint.recorded', 'complaint.assigned', 'complaint.resolved']);
  });

  it('shows details only to the owner, the handler and leaders, and lists rows only for them', async () => {
    const c = (
      await must(app, owner, RECORD, {
        input: { customerId: String(customerId), description: '司机态度差', severity: 'LOW' },
      })
    ).recordComplaint;
    const handler = await app.staff(Role.SALESPERSON, { name: 'C Handler' });
    await must(app, director, ASSIGN, { id: c.id, h: String(handler.staff.id), d: today });
    // The handler and the owner see it in their lists, with details; another salesperson sees no row.
    for (const who of [handler, owner, manager, director]) {
      const list = await must(app, who, LIST, { f: { customerId: String(customerId) } });
      const node = list.complaints.edges.find((e: any) => e.node.id === c.id)?.node;
      expect(node?.description).toBe('司机态度差');
    }
    expect(ids(await must(app, other, LIST, {}))).not.toContain(c.id);
    expect(ids(await must(app, collector, LIST, {}))).toEqual([]);
    // Asking by handler or customer does not get around the row filter.
    expect(ids(await must(app, other, LIST, { f: { handlerId: String(handler.staff.id) } }))).toEqual([]);
    // (other handles the first test's complaint of this customer: that row only.)
    expect(ids(await must(app, other, LIST, { f: { customerId: String(customerId) } }))).not.toContain(c.id);
    // Reassigned to someone else: the former handler loses the row and the details.
    await must(app, manager, ASSIGN, { id: c.id, h: String(other.staff.id), d: today });
    expect(ids(await must(app, handler, LIST, {}))).not.toContain(c.id);
    const asFormer = await run(app, handler, RESOLVE, { id: c.id, r: 'x' });
    expect(errorCodes(asFormer)).toEqual(['FORBIDDEN']);
    expect(ids(await must(app, other, LIST, {}))).toContain(c.id);
  });

  it('lists overdue complaints by the company-local day', async () => {
    const c = (await record(owner, { severity: 'CRITICAL' })).data!.recordComplaint;
    await must(app, manager, ASSIGN, { id: c.id, h: String(owner.staff.id), d: today });
    // Due today is not overdue yet; due yesterday is.
    expect(ids(await must(app, manager, LIST, { f: { overdue: true } }))).not.toContain(c.id);
    await app.db.getRepository(Complaint).update({ id: Number(c.id) }, { dueDate: addDays(today, -1) });
    const overdue = await must(app, manager, LIST, { f: { overdue: true } });
    expect(ids(overdue)).toContain(c.id);
    expect(overdue.complaints.edges.every((e: any) => e.node.overdue && e.node.status === 'ASSIGNED')).toBe(true);
    expect(ids(await must(app, manager, LIST, { f: { overdue: false } }))).not.toContain(c.id);
    expect(ids(await must(app, owner, LIST, { f: { overdue: true, handlerId: String(owner.staff.id) } }))).toEqual([
      c.id,
    ]);
    // Resolved late: no longer overdue, not handled in time.
    const late = await must(app, owner, RESOLVE, { id: c.id, r: '已处理' });
    expect(late.resolveComplaint).toMatchObject({ overdue: false, handledInTime: false });
  });

  it('links a satisfaction follow-up of the same customer once', async () => {
    const c = (await record(owner)).data!.recordComplaint;
    await must(app, manager, ASSIGN, { id: c.id, h: String(owner.staff.id), d: today });
    const survey = async (cust: number, on: string) =>
      String(
        (
          await app.db
            .getRepository(SatisfactionSurvey)
            .insert({ customerId: cust, surveyedById: owner.staff.id, surveyedOn: on, comments: 'ok' })
        ).identifiers[0].id,
      );
    const s = await survey(customerId, today);
    expect(errorCodes(await run(app, owner, LINK, { id: c.id, s }))).toEqual(['CONFLICT']); // not resolved yet
    await must(app, owner, RESOLVE, { id: c.id, r: '已处理' });
    const otherCustomer = (await makeCustomer(app, other)).id;
    expect(errorCodes(await run(app, owner, LINK, { id: c.id, s: await survey(otherCustomer, today) }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await run(app, owner, LINK, { id: c.id, s: await survey(customerId, '2020-01-01') }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await run(app, other, LINK, { id: c.id, s }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, owner, LINK, { id: c.id, s: '99999999' }))).toEqual(['NOT_FOUND']);
    expect((await must(app, owner, LINK, { id: c.id, s })).linkComplaintFollowUp.followUpSurvey).toEqual({ id: s });
    expect(errorCodes(await run(app, manager, LINK, { id: c.id, s }))).toEqual(['CONFLICT']);
  });

  it('refuses bad input and gives two assigners one state', async () => {
    expect(errorCodes(await record(owner, { customerId: 'abc' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await record(owner, { customerId: '99999999' }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await record(owner, { description: '' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await record(owner, { description: 'x'.repeat(2001) }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await record(owner, { severity: 'SEVERE' }))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await run(app, null, RECORD, { input: { customerId: String(customerId), description: 'x', severity: 'LOW' } }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
    const c = (await record(owner)).data!.recordComplaint;
    expect(errorCodes(await run(app, manager, ASSIGN, { id: 'zzz', h: String(other.staff.id), d: today }))).toEqual([
      'BAD_USER_INPUT',
    ]); // the one id policy: a malformed id names its argument
    expect(errorCodes(await run(app, manager, ASSIGN, { id: c.id, h: 'zzz', d: today }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, manager, ASSIGN, { id: c.id, h: '99999999', d: today }))).toEqual(['NOT_FOUND']);
    for (const d of [addDays(today, -1), '2099-01-01']) {
      const r = await run(app, manager, ASSIGN, { id: c.id, h: String(other.staff.id), d });
      expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0].extensions!.field).toBe('dueDate');
    }
    const gone = await app.staff(Role.SALESPERSON);
    await app.db.getRepository(Staff).update({ id: gone.staff.id }, { active: false });
    expect(errorCodes(await run(app, manager, ASSIGN, { id: c.id, h: String(gone.staff.id), d: today }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const both = await Promise.all([
      run(app, manager, ASSIGN, { id: c.id, h: String(other.staff.id), d: today }),
      run(app, director, ASSIGN, { id: c.id, h: String(owner.staff.id), d: addDays(today, 1) }),
    ]);
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
    const row = await app.db.getRepository(Complaint).findOneByOrFail({ id: Number(c.id) });
    expect([both[0].data?.assignComplaint.handler?.id, both[1].data?.assignComplaint.handler?.id]).toContain(
      String(row.handlerId),
    );
    expect(errorCodes(await run(app, manager, LIST, { f: { handlerId: 'x' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, manager, LIST, { after: 'not-a-cursor' }))).toEqual(['BAD_USER_INPUT']);
  });

  it('records one resolution when the handler sends it twice at once', async () => {
    const c = (await record(owner)).data!.recordComplaint;
    await must(app, manager, ASSIGN, { id: c.id, h: String(owner.staff.id), d: today });
    const both = await Promise.all([
      run(app, owner, RESOLVE, { id: c.id, r: 'first' }),
      run(app, owner, RESOLVE, { id: c.id, r: 'second' }),
    ]);
    expect(both.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
    const row = await app.db.getRepository(Complaint).findOneByOrFail({ id: Number(c.id) });
    expect(both.find((r) => !r.errors)!.data?.resolveComplaint.resolution).toBe(row.resolution);
  });

  it('pages as a Relay connection', async () => {
    const first = await must(app, manager, LIST, { first: 2 });
    expect(first.complaints.edges).toHaveLength(2);
    expect(first.complaints.pageInfo.hasNextPage).toBe(true);
    const next = await must(app, manager, LIST, { first: 100, after: first.complaints.pageInfo.endCursor });
    expect(next.complaints.edges.length + 2).toBe(first.complaints.totalCount);
    expect(ids(next)).not.toContain(ids(first)[0]);
  });
});
