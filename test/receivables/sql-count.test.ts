import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { TestApp, Caller } from '../support/app';
import { countStatements } from '../support/statements';
import { makeCustomer } from '../support/factories';
import { confirmStatement, issueStatement, recordConsignment } from '../support/money-factories';
import { Role } from '../../src/domain/roles';
import { graphql } from '../generated';

const SqlCountReceivables = graphql(`
  query SqlCountReceivables($n: Int) {
    receivables(first: $n) {
      edges {
        node {
          outstanding
          settled
          overdue
          customer {
            name
            balance
          }
          statement {
            total
            lines {
              amount
            }
            invoice {
              id
            }
          }
        }
      }
    }
  }
`);
const SqlCountStatements = graphql(`
  query SqlCountStatements($n: Int) {
    statements(first: $n) {
      edges {
        node {
          total
          customer {
            balance
          }
          lines {
            amount
          }
        }
      }
    }
  }
`);
const SqlCountConsignments = graphql(`
  query SqlCountConsignments($n: Int) {
    consignments(first: $n) {
      edges {
        node {
          total
          customer {
            name
            balance
          }
        }
      }
    }
  }
`);

let app: TestApp;
let collector: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  collector = await app.staff(Role.COLLECTOR);
  const owner = await app.staff(Role.SALESPERSON);
  for (let i = 0; i < 12; i++) {
    const c = await makeCustomer(app, owner);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-03-02' });
    const s = await issueStatement(app, collector, c.id, '2026-03-01', '2026-03-31');
    await confirmStatement(app, collector, s.id);
  }
});
afterAll(() => app.stop());

const countQueries = (run: () => Promise<unknown>) => countStatements(app.db, run);

describe('list fields batch their relations (SQL count independent of page size)', () => {
  it.each<[string, TypedDocumentNode<unknown, { n?: number | null }>]>([
    ['receivables', SqlCountReceivables],
    ['statements', SqlCountStatements],
    ['consignments', SqlCountConsignments],
  ])('%s', async (_name, query) => {
    const small = await countQueries(() => app.ok(query, { n: 2 }, collector));
    const large = await countQueries(() => app.ok(query, { n: 12 }, collector));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
