import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { TestApp, Caller } from '../support/app';
import { countStatements } from '../support/statements';
import { makeCustomer } from '../support/factories';
import { Role } from '../../src/domain/roles';
import { Visit } from '../../src/features/visits/visit.entity';
import { rebuildKeptBalances } from '../../src/features/ledger';
import { graphql } from '../generated';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * The dashboard (a page of customers with owner, balance, last three visits and open receivables)
 * costs a fixed number of SQL statements whatever the page size: every relation is batched.
 */
let app: TestApp;
let owner: Caller;
let other: Caller;
let manager: Caller;
const customerIds: number[] = [];
const CUSTOMERS = 100;

beforeAll(async () => {
  app = await TestApp.start();
  owner = await app.staff(Role.SALESPERSON);
  other = await app.staff(Role.SALESPERSON);
  manager = await app.staff(Role.MANAGER);
  for (let i = 0; i < CUSTOMERS; i++) customerIds.push((await makeCustomer(app, owner)).id);
  const visits: Partial<Visit>[] = [];
  const receivables: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];
  const allocations: Record<string, unknown>[] = [];
  customerIds.forEach((customerId, i) => {
    for (let v = 0; v < 4; v++) {
      visits.push({
        customerId,
        salespersonId: owner.staff.id,
        plannedById: owner.staff.id,
        plannedAt: new Date(Date.UTC(2026, 9, 1 + v, 2)),
        purpose: `Visit ${v}`,
      });
    }
    // A visit by another salesperson (e.g. a former owner): hidden from the owner's own list.
    visits.push({
      customerId,
      salespersonId: other.staff.id,
      plannedById: other.staff.id,
      plannedAt: new Date(Date.UTC(2026, 9, 20, 2)),
      purpose: 'By the other salesperson',
    });
    for (let r = 0; r < 3; r++) {
      receivables.push({
        statementId: i * 3 + r + 1,
        customerId,
        amount: 10_000,
        confirmedOn: `2026-0${r + 4}-01`,
        dueDate: `2026-0${r + 5}-01`,
      });
    }
  });
  await app.db.getRepository(Visit).insert(visits);
  await app.db.createQueryBuilder().insert().into('receivable').values(receivables).execute();
  // The first receivable of every customer is fully paid, the second half paid.
  const rows: Array<{ id: number; customerId: number; statementId: number }> = await app.db.query(
    'SELECT id, customerId, statementId FROM receivable ORDER BY id',
  );
  rows.forEach((r, n) => {
    if (r.statementId % 3 === 1)
      payments.push({
        customerId: r.customerId,
        amount: 15_000,
        receivedOn: '2026-06-01',
        reference: `P${n}`,
        idempotencyKey: `sql-count-${n}`,
        recordedById: manager.staff.id,
      });
  });
  await app.db.createQueryBuilder().insert().into('payment').values(payments).execute();
  const paid: Array<{ id: number; customerId: number }> = await app.db.query(
    'SELECT id, customerId FROM payment ORDER BY id',
  );
  const paymentOf = new Map(paid.map((p) => [Number(p.customerId), Number(p.id)]));
  for (const r of rows) {
    const k = r.statementId % 3;
    if (k === 0) continue;
    allocations.push({
      paymentId: paymentOf.get(Number(r.customerId)),
      receivableId: r.id,
      amount: k === 1 ? 10_000 : 5_000,
      allocatedOn: '2026-06-01',
    });
  }
  await app.db.createQueryBuilder().insert().into('payment_allocation').values(allocations).execute();
  // Written around the services, as the benchmark's bulk load is: the kept balances follow the ledger.
  await rebuildKeptBalances(app.db);
});
afterAll(() => app.stop());

const countQueries = (run: () => Promise<unknown>) => countStatements(app.db, run);

const Dashboard = graphql(`
  query PerformanceDashboard($n: Int) {
    customers(first: $n) {
      edges {
        node {
          id
          name
          status
          owner {
            id
            name
          }
          balance
          recentVisits {
            id
            plannedAt
            purpose
            status
          }
          openReceivables {
            id
            amount
            dueDate
            outstanding
            overdue
          }
        }
      }
    }
  }
`);
const CustomersWithoutCount = graphql(`
  query PerformanceCustomersWithoutCount {
    customers(first: 10) {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const CustomersWithCount = graphql(`
  query PerformanceCustomersWithCount {
    customers(first: 10) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const VisitsPage = graphql(`
  query PerformanceVisitsPage($n: Int) {
    visits(first: $n) {
      edges {
        node {
          id
          customer {
            id
            name
            balance
          }
          salesperson {
            id
          }
        }
      }
    }
  }
`);
const ReceivablesPage = graphql(`
  query PerformanceReceivablesPage($n: Int) {
    receivables(first: $n) {
      edges {
        node {
          id
          outstanding
          customer {
            id
            recentVisits {
              id
            }
            openReceivables {
              id
            }
          }
        }
      }
    }
  }
`);
const OwnerRoles = graphql(`
  query PerformanceOwnerRoles {
    customers(first: 3) {
      edges {
        node {
          owner {
            id
            name
            roles
          }
        }
      }
    }
  }
`);
const RecentVisitsLimit = graphql(`
  query PerformanceRecentVisitsLimit($limit: Int!) {
    customers(first: 1) {
      edges {
        node {
          recentVisits(limit: $limit) {
            purpose
          }
        }
      }
    }
  }
`);
const RecentVisitsBadLimit = graphql(`
  query PerformanceRecentVisitsBadLimit($limit: Int!) {
    customers(first: 1) {
      edges {
        node {
          recentVisits(limit: $limit) {
            id
          }
        }
      }
    }
  }
`);

describe('the dashboard costs a fixed number of SQL statements', () => {
  it.each([
    ['a salesperson', () => owner],
    ['a manager', () => manager],
  ])(
    'as %s: the same count at page sizes 10, 50 and 100, at most 6 (the caller lookup included)',
    async (_who, caller) => {
      const counts: number[] = [];
      for (const n of [10, 50, 100]) {
        counts.push(
          await countQueries(async () => {
            const data: any = await app.ok(Dashboard, { n }, caller());
            expect(data.customers.edges).toHaveLength(n);
          }),
        );
      }
      expect(counts[0]).toBeGreaterThan(0);
      expect(counts[0]).toBeLessThanOrEqual(6);
      expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    },
  );

  it('counts the whole list only when totalCount is selected', async () => {
    const without = await countQueries(() => app.ok(CustomersWithoutCount, {}, manager));
    let total = 0;
    const withCount = await countQueries(async () => {
      const data = await app.ok(CustomersWithCount, {}, manager);
      total = data.customers.totalCount;
    });
    expect(withCount).toBe(without + 1);
    expect(total).toBe(Number((await app.db.query('SELECT COUNT(*) AS n FROM customer'))[0].n));
  });

  it('visits (own) and receivables list the same way at any page size', async () => {
    for (const query of [VisitsPage, ReceivablesPage] as TypedDocumentNode<unknown, { n?: number | null }>[]) {
      const counts: number[] = [];
      for (const n of [10, 50, 100]) counts.push(await countQueries(() => app.ok(query, { n }, manager)));
      expect(counts).toEqual([counts[0], counts[0], counts[0]]);
    }
  });
});

describe('recentVisits and openReceivables', () => {
  it('gives the last three visits newest first and the unsettled receivables oldest first, with what is outstanding', async () => {
    const data: any = await app.ok(Dashboard, { n: 1 }, manager);
    const node = data.customers.edges[0].node;
    expect(node.recentVisits.map((v: any) => v.purpose)).toEqual(['By the other salesperson', 'Visit 3', 'Visit 2']);
    expect(node.openReceivables.map((r: any) => [r.amount, r.outstanding, r.dueDate])).toEqual([
      ['100.00', '50.00', '2026-06-01'],
      ['100.00', '100.00', '2026-07-01'],
    ]);
    expect(node.balance).toBe('150.00');
  });

  it('batch-loads each owner with the roles they hold', async () => {
    const data: any = await app.ok(OwnerRoles, {}, manager);
    expect(data.customers.edges.map((e: any) => e.node.owner)).toEqual(
      Array(3).fill({ id: String(owner.staff.id), name: owner.staff.name, roles: ['SALESPERSON'] }),
    );
  });

  it('reads the owners and balances with the page itself: caller, page, visits, receivables, whoever asks', async () => {
    const asOwner = await countQueries(() => app.ok(Dashboard, { n: 10 }, owner));
    const asManager = await countQueries(() => app.ok(Dashboard, { n: 10 }, manager));
    expect([asOwner, asManager]).toEqual([4, 4]);
    const data: any = await app.ok(OwnerRoles, {}, owner);
    expect(data.customers.edges.map((e: any) => e.node.owner)).toEqual(
      Array(3).fill({ id: String(owner.staff.id), name: owner.staff.name, roles: ['SALESPERSON'] }),
    );
  });

  it('a salesperson sees only the visits they made, and receivables only of customers they own', async () => {
    const mine: any = await app.ok(Dashboard, { n: 1 }, owner);
    expect(mine.customers.edges[0].node.recentVisits.map((v: any) => v.purpose)).toEqual([
      'Visit 3',
      'Visit 2',
      'Visit 1',
    ]);
    expect(mine.customers.edges[0].node.openReceivables).toHaveLength(2);
    // Another salesperson: own visits only, and the customer's money null with FORBIDDEN, not an empty list.
    const theirs: any = await app.exec(Dashboard, { n: 1 }, other);
    expect(theirs.data.customers.edges[0].node.recentVisits.map((v: any) => v.purpose)).toEqual([
      'By the other salesperson',
    ]);
    expect(theirs.data.customers.edges[0].node).toMatchObject({ balance: null, openReceivables: null });
    expect(theirs.errors?.map((e: any) => [e.path.join('.'), e.extensions.code]).sort()).toEqual([
      ['customers.edges.0.node.balance', 'FORBIDDEN'],
      ['customers.edges.0.node.openReceivables', 'FORBIDDEN'],
    ]);
  });

  it('takes a limit of 1 to 10 and refuses anything else with BAD_USER_INPUT on limit', async () => {
    const one: any = await app.ok(RecentVisitsLimit, { limit: 1 }, manager);
    expect(one.customers.edges[0].node.recentVisits).toHaveLength(1);
    const ten: any = await app.ok(RecentVisitsLimit, { limit: 10 }, manager);
    expect(ten.customers.edges[0].node.recentVisits).toHaveLength(5);
    for (const limit of [0, 11]) {
      const bad = await app.exec(RecentVisitsBadLimit, { limit }, manager);
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions?.field).toBe('limit');
    }
  });
});
