import { graphql } from '../generated';
import type { DepartmentScoreInput, SatisfactionSurveyInput } from '../generated/graphql';
import { errorCodes, TestApp } from '../support/app';
import { count, customerRow, makeCustomer, must, run } from '../support/customer-factories';
import { Role } from '../../src/domain/roles';
import { CustomerStatus } from '../../src/features/customers/customer-enums';
import { activateCustomer } from '../../src/features/customers/customer-lifecycle';
import { inTransaction } from '../../src/db/transaction';

const IntentReports = graphql(`
  query CustomerLifecycleIntentReports($c: ID) {
    intentReports(customerId: $c) {
      totalCount
      edges {
        node {
          id
          customer {
            name
          }
        }
      }
    }
  }
`);
const IntentReports2 = graphql(`
  query CustomerLifecycleIntentReports2 {
    intentReports {
      totalCount
    }
  }
`);
const LostCustomerAnalyses = graphql(`
  query CustomerLifecycleLostCustomerAnalyses($c: ID) {
    lostCustomerAnalyses(customerId: $c) {
      totalCount
      edges {
        node {
          reasons
          retentionActions
          recordedBy {
            id
          }
          customer {
            status
          }
        }
      }
    }
  }
`);
const LostCustomerAnalyses2 = graphql(`
  query CustomerLifecycleLostCustomerAnalyses2 {
    lostCustomerAnalyses {
      totalCount
    }
  }
`);
const SatisfactionSurveys = graphql(`
  query CustomerLifecycleSatisfactionSurveys($c: ID) {
    satisfactionSurveys(customerId: $c) {
      totalCount
      edges {
        node {
          comments
          surveyedBy {
            id
          }
        }
      }
    }
  }
`);
const SatisfactionAverages = graphql(`
  query CustomerLifecycleSatisfactionAverages {
    satisfactionAverages(from: "2020-03-01", to: "2020-03-31") {
      department
      averageScore
      surveyCount
    }
  }
`);
const SatisfactionSurveys2 = graphql(`
  query CustomerLifecycleSatisfactionSurveys2 {
    satisfactionSurveys {
      totalCount
    }
  }
`);
const SatisfactionAverages2 = graphql(`
  query CustomerLifecycleSatisfactionAverages2 {
    satisfactionAverages {
      department
    }
  }
`);
const Customers = graphql(`
  query CustomerLifecycleCustomers($f: CustomerFilter) {
    customers(first: 100, filter: $f) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const Customer = graphql(`
  query CustomerLifecycleCustomer {
    customer(id: "99999999") {
      id
    }
  }
`);
const Customers3 = graphql(`
  query CustomerLifecycleCustomers3 {
    customers {
      totalCount
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const Intent = graphql(`
  mutation CustomerLifecycleReportCustomerIntent($c: ID!, $d: String!) {
    reportCustomerIntent(customerId: $c, details: $d) {
      id
      details
      reportedAt
      customer {
        id
        status
      }
      reportedBy {
        id
      }
    }
  }
`);
const Lost = graphql(`
  mutation CustomerLifecycleMarkCustomerLost($c: ID!, $r: String!, $a: String!) {
    markCustomerLost(customerId: $c, reasons: $r, retentionActions: $a) {
      id
      status
    }
  }
`);
const Survey = graphql(`
  mutation CustomerLifecycleRecordSatisfactionSurvey($i: SatisfactionSurveyInput!) {
    recordSatisfactionSurvey(input: $i) {
      id
      surveyedOn
      comments
      scores {
        department
        score
      }
      customer {
        id
      }
      surveyedBy {
        id
      }
    }
  }
`);

describe('reportCustomerIntent and intentReports', () => {
  it('lets the owner move a prospect to INTENT with a report that leaders list', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT });
    const { reportCustomerIntent } = await must(app, owner, Intent, {
      c: String(c.id),
      d: '20 t/month Shanghai-Hangzhou',
    });
    expect(reportCustomerIntent).toMatchObject({
      details: '20 t/month Shanghai-Hangzhou',
      customer: { status: 'INTENT' },
      reportedBy: { id: String(owner.staff.id) },
    });
    for (const role of [Role.MANAGER, Role.DIRECTOR, Role.ASSISTANT_MANAGER]) {
      const { intentReports } = await must(app, await app.staff(role), IntentReports, { c: String(c.id) });
      expect(intentReports.totalCount).toBe(1);
      expect(intentReports.edges[0].node.customer.name).toBe(c.name);
    }
    expect(await count(app, 'audit_event', "action = 'customer.status_changed' AND entityId = ?", [String(c.id)])).toBe(
      1,
    );
  });

  it('refuses non-owners, other roles and an illegal move; nothing changes', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const prospect = await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT });
    for (const caller of [
      await app.staff(Role.SALESPERSON),
      await app.staff(Role.MANAGER),
      await app.staff(Role.COLLECTOR),
      await app.staff(Role.ASSISTANT_MANAGER),
    ]) {
      expect(errorCodes(await run(app, caller, Intent, { c: String(prospect.id), d: 'x' }))).toEqual(['FORBIDDEN']);
    }
    const active = await makeCustomer(app, owner, { status: CustomerStatus.ACTIVE });
    const illegal = await run(app, owner, Intent, { c: String(active.id), d: 'again' });
    expect(errorCodes(illegal)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, owner, Intent, { c: String(prospect.id), d: '   ' }))).toEqual(['BAD_USER_INPUT']);
    expect((await customerRow(app, prospect.id)).status).toBe('PROSPECT');
    expect((await customerRow(app, active.id)).status).toBe('ACTIVE');
    expect(await count(app, 'intent_report', 'customerId IN (?, ?)', [prospect.id, active.id])).toBe(0);
  });

  it('is listed for leaders only', async () => {
    for (const role of [Role.SALESPERSON, Role.COLLECTOR, Role.ORDER_CLERK]) {
      expect(errorCodes(await run(app, await app.staff(role), IntentReports2))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('markCustomerLost and lostCustomerAnalyses', () => {
  it('moves an ACTIVE customer to LOST with the analysis, for the owner and leaders', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const a = await makeCustomer(app, owner);
    const b = await makeCustomer(app, owner);
    expect(
      (await must(app, owner, Lost, { c: String(a.id), r: 'Cheaper competitor', a: 'Offered 5% discount request' }))
        .markCustomerLost.status,
    ).toBe('LOST');
    expect(
      (await must(app, manager, Lost, { c: String(b.id), r: 'Moved away', a: 'Called twice' })).markCustomerLost.status,
    ).toBe('LOST');
    const { lostCustomerAnalyses } = await must(app, manager, LostCustomerAnalyses, { c: String(a.id) });
    expect(lostCustomerAnalyses.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        reasons: 'Cheaper competitor',
        retentionActions: 'Offered 5% discount request',
        recordedBy: { id: String(owner.staff.id) },
        customer: { status: 'LOST' },
      },
    ]);
  });

  it('refuses a non-ACTIVE customer, other salespeople and other roles; nothing changes', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const prospect = await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT });
    const active = await makeCustomer(app, owner);
    expect(errorCodes(await run(app, owner, Lost, { c: String(prospect.id), r: 'r', a: 'a' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    for (const caller of [
      await app.staff(Role.SALESPERSON),
      await app.staff(Role.COLLECTOR),
      await app.staff(Role.ASSISTANT_MANAGER),
    ]) {
      expect(errorCodes(await run(app, caller, Lost, { c: String(active.id), r: 'r', a: 'a' }))).toEqual(['FORBIDDEN']);
    }
    expect((await customerRow(app, active.id)).status).toBe('ACTIVE');
    expect(await count(app, 'lost_customer_analysis', 'customerId IN (?, ?)', [prospect.id, active.id])).toBe(0);
    expect(errorCodes(await run(app, owner, LostCustomerAnalyses2))).toEqual(['FORBIDDEN']);
  });
});

describe('activateCustomer (called by the operation notice)', () => {
  it.each([CustomerStatus.PROSPECT, CustomerStatus.INTENT, CustomerStatus.LOST])(
    'moves %s to ACTIVE, audited',
    async (from) => {
      const owner = await app.staff(Role.SALESPERSON);
      const manager = await app.staff(Role.MANAGER);
      const c = await makeCustomer(app, owner, { status: from });
      const result = await inTransaction(app.db, (m) => activateCustomer(m, c.id, manager.staff.id));
      expect(result.status).toBe('ACTIVE');
      expect((await customerRow(app, c.id)).status).toBe('ACTIVE');
      const events = await app.db.query(
        `SELECT actorId, summary FROM audit_event WHERE action = 'customer.status_changed' AND entityId = ?`,
        [String(c.id)],
      );
      expect(events).toHaveLength(1);
      expect(events[0].actorId).toBe(manager.staff.id);
      expect(events[0].summary).toContain(`${from} -> ACTIVE`);
    },
  );

  it('refuses an ACTIVE customer as BAD_USER_INPUT and an unknown one as NOT_FOUND, rolling back', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner, { status: CustomerStatus.ACTIVE });
    await expect(inTransaction(app.db, (m) => activateCustomer(m, c.id, null))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(inTransaction(app.db, (m) => activateCustomer(m, 99999999, null))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await count(app, 'audit_event', "action = 'customer.status_changed' AND entityId = ?", [String(c.id)])).toBe(
      0,
    );
  });
});

describe('satisfaction surveys', () => {
  it('records scores per department; leaders see each survey and the averages per department', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const director = await app.staff(Role.DIRECTOR);
    const c = await makeCustomer(app, owner);
    const { recordSatisfactionSurvey: s } = await must(app, owner, Survey, {
      i: {
        customerId: String(c.id),
        surveyedOn: '2020-03-02',
        scores: [
          { department: 'DISPATCH', score: 4 },
          { department: 'WAREHOUSE', score: 2 },
        ],
        comments: 'Late pickups',
      },
    });
    expect(s).toMatchObject({
      surveyedOn: '2020-03-02',
      comments: 'Late pickups',
      scores: [
        { department: 'DISPATCH', score: 4 },
        { department: 'WAREHOUSE', score: 2 },
      ],
    });
    await must(app, director, Survey, {
      i: {
        customerId: String(c.id),
        surveyedOn: '2020-03-05',
        scores: [{ department: 'DISPATCH', score: 5 }],
        comments: '',
      },
    });
    const { satisfactionSurveys } = await must(app, director, SatisfactionSurveys, { c: String(c.id) });
    expect(satisfactionSurveys.totalCount).toBe(2);
    const { satisfactionAverages } = await must(app, director, SatisfactionAverages);
    expect(satisfactionAverages).toEqual([
      { department: 'DISPATCH', averageScore: 4.5, surveyCount: 2 },
      { department: 'WAREHOUSE', averageScore: 2, surveyCount: 1 },
    ]);
  });

  it.each<[string, DepartmentScoreInput[]]>([
    ['a score of 0', [{ department: 'DISPATCH', score: 0 }]],
    ['a score of 6', [{ department: 'DISPATCH', score: 6 }]],
    [
      'a department twice',
      [
        { department: 'DISPATCH', score: 3 },
        { department: 'DISPATCH', score: 4 },
      ],
    ],
    ['no scores', []],
  ])('refuses %s', async (_label, scores) => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner);
    expect(
      errorCodes(await run(app, owner, Survey, { i: { customerId: String(c.id), scores, comments: 'x' } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await count(app, 'satisfaction_survey', 'customerId = ?', [c.id])).toBe(0);
  });

  it('refuses other salespeople and roles, and hides the surveys from salespeople', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner);
    const input: SatisfactionSurveyInput = {
      customerId: String(c.id),
      scores: [{ department: 'FINANCE', score: 3 }],
      comments: 'x',
    };
    for (const caller of [
      await app.staff(Role.SALESPERSON),
      await app.staff(Role.COLLECTOR),
      await app.staff(Role.ASSISTANT_MANAGER),
    ]) {
      expect(errorCodes(await run(app, caller, Survey, { i: input }))).toEqual(['FORBIDDEN']);
    }
    expect(await count(app, 'satisfaction_survey', 'customerId = ?', [c.id])).toBe(0);
    expect(errorCodes(await run(app, owner, SatisfactionSurveys2))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, owner, SatisfactionAverages2))).toEqual(['FORBIDDEN']);
  });
});

describe('customers list', () => {
  it('filters by status, owner and a case- and width-folded name search, matching % and _ literally', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const reader = await app.staff(Role.SALESPERSON);
    const tag = `Zq${Date.now() % 100000}`;
    const acme = await makeCustomer(app, owner, { name: `${tag} ＡＣＭＥ Freight`, status: CustomerStatus.PROSPECT });
    const other = await makeCustomer(app, owner, { name: `${tag} Beta 100% Co`, status: CustomerStatus.LOST });
    await makeCustomer(app, reader, { name: `${tag} Gamma`, status: CustomerStatus.PROSPECT });
    const ids = async (filter: Record<string, unknown>) => {
      const { customers } = await must(app, reader, Customers, { f: filter });
      expect(customers.totalCount).toBe(customers.edges.length);
      return customers.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    };
    expect(await ids({ search: `${tag.toLowerCase()} acme` })).toEqual([acme.id]);
    expect(await ids({ search: tag, ownerId: String(owner.staff.id) })).toEqual([other.id, acme.id]);
    expect(await ids({ search: tag, status: 'PROSPECT', ownerId: String(owner.staff.id) })).toEqual([acme.id]);
    // % and _ are matched literally (issue 9): only names that contain them.
    expect(await ids({ search: `${tag} beta 100%` })).toEqual([other.id]);
    expect(await ids({ search: `${tag} beta 1000` })).toEqual([]);
    expect(await ids({ search: `${tag} %` })).toEqual([]);
    expect(await ids({ search: '%%__%%' })).toEqual([]);
    expect(await ids({ search: `${tag}_beta` })).toEqual([]);
    expect(await ids({ search: `${tag}x%` })).toEqual([]);
  });

  it('pages with cursors on id, and returns null for an unknown customer', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    for (let i = 0; i < 3; i++) await makeCustomer(app, owner);
    const q = graphql(`
      query CustomerLifecycleCustomers2($a: String, $o: ID) {
        customers(first: 2, after: $a, filter: { ownerId: $o }) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            cursor
            node {
              id
            }
          }
        }
      }
    `);
    const p1 = (await must(app, owner, q, { o: String(owner.staff.id) })).customers;
    expect(p1.totalCount).toBe(3);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    // Every edge's cursor continues after it; the last one's is the page's endCursor.
    expect(p1.edges[1].cursor).toBe(p1.pageInfo.endCursor);
    const afterFirst = (await must(app, owner, q, { o: String(owner.staff.id), a: p1.edges[0].cursor })).customers;
    expect(afterFirst.edges.map((e) => e.node.id)).toEqual([p1.edges[1].node.id, expect.any(String)]);
    const p2 = (await must(app, owner, q, { o: String(owner.staff.id), a: p1.pageInfo.endCursor })).customers;
    expect(p2.edges).toHaveLength(1);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    // The count is of the whole filter, not of what follows the cursor.
    expect(p2.totalCount).toBe(3);
    expect((await must(app, owner, Customer)).customer).toBeNull();
    expect(errorCodes(await run(app, null, Customers3))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('contact log', () => {
  const RecordContact = graphql(`
    mutation CustomerLifecycleRecordContact($i: RecordContactInput!) {
      recordContact(input: $i) {
        id
        kind
        summary
        contactedAt
        staff {
          id
        }
        customer {
          id
        }
      }
    }
  `);
  const Log = graphql(`
    query CustomerLifecycleContactLog($c: ID!) {
      contactLog(customerId: $c) {
        totalCount
        edges {
          node {
            kind
            summary
          }
        }
      }
    }
  `);

  it('records calls and materials sent by the owner or a leader; those who may see contacts read it', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const manager = await app.staff(Role.MANAGER);
    const c = await makeCustomer(app, owner);
    await must(app, owner, RecordContact, {
      i: { customerId: String(c.id), kind: 'CALL', summary: 'Discussed rates', contactedAt: '2026-01-05T02:00:00Z' },
    });
    await must(app, manager, RecordContact, {
      i: { customerId: String(c.id), kind: 'MATERIALS_SENT', summary: 'Sent price list' },
    });
    for (const reader of [owner, manager, await app.staff(Role.COLLECTOR)]) {
      const { contactLog } = await must(app, reader, Log, { c: String(c.id) });
      expect(contactLog.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['MATERIALS_SENT', 'CALL']);
    }
    expect(await count(app, 'contact_access', 'customerId = ?', [c.id])).toBe(2);
  });

  it('refuses other salespeople and roles; a future contact is BAD_USER_INPUT', async () => {
    const owner = await app.staff(Role.SALESPERSON);
    const other = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, owner);
    expect(
      errorCodes(
        await run(app, other, RecordContact, { i: { customerId: String(c.id), kind: 'CALL', summary: 'poaching' } }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await run(app, await app.staff(Role.ORDER_CLERK), RecordContact, {
          i: { customerId: String(c.id), kind: 'CALL', summary: 'x' },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await run(app, other, Log, { c: String(c.id) }))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await run(app, owner, RecordContact, {
          i: { customerId: String(c.id), kind: 'CALL', summary: 'x', contactedAt: '2999-01-01T00:00:00Z' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(await count(app, 'contact_log_entry', 'customerId = ?', [c.id])).toBe(0);
  });
});
