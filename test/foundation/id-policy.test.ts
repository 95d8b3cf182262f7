import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import { Caller, ClientError, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { addDays } from '../../src/time';
import { companyToday } from '../support/administration-factories';
import { Role } from '../../src/domain/roles';

/**
 * The one id policy (docs/api.md, "Ids"), table-driven over queries and mutations of several
 * features: an id that cannot be one is BAD_USER_INPUT naming the argument, a well-formed id that
 * names nothing is NOT_FOUND (a filter simply matches nothing), and neither writes anything.
 */

const Statement = graphql(`
  query IdPolicyStatement($id: ID!) {
    statement(id: $id) {
      id
    }
  }
`);
const ApprovalRequest = graphql(`
  query IdPolicyApprovalRequest($id: ID!) {
    approvalRequest(id: $id) {
      id
    }
  }
`);
const Customer = graphql(`
  query IdPolicyCustomer($id: ID!) {
    customer(id: $id) {
      id
    }
  }
`);
const IssueStatement = graphql(`
  mutation IdPolicyIssueStatement($customerId: ID!, $from: LocalDate!, $to: LocalDate!) {
    issueStatement(customerId: $customerId, periodStart: $from, periodEnd: $to) {
      id
    }
  }
`);
const RecordPayment = graphql(`
  mutation IdPolicyRecordPayment($customerId: ID!, $on: LocalDate!, $key: String!) {
    recordPayment(
      customerId: $customerId
      amount: "10.00"
      receivedOn: $on
      reference: "bank 1"
      idempotencyKey: $key
    ) {
      id
    }
  }
`);
const RateChange = graphql(`
  mutation IdPolicyRateChange($customerId: ID!) {
    requestRateChange(customerId: $customerId, newRate: "1.20", reason: "market") {
      id
    }
  }
`);
const Pickup = graphql(`
  mutation IdPolicyPickup($customerId: ID!, $on: LocalDate!) {
    createPickupNotice(customerId: $customerId, goods: "boxes", pickupDate: $on) {
      id
    }
  }
`);
const Reassign = graphql(`
  mutation IdPolicyReassign($customerId: ID!, $ownerId: ID!) {
    reassignCustomer(customerId: $customerId, ownerId: $ownerId, reason: "cover") {
      id
    }
  }
`);
const Approve = graphql(`
  mutation IdPolicyApprove($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);
const Invoice = graphql(`
  mutation IdPolicyInvoice($id: ID!) {
    issueInvoice(statementId: $id, invoiceNo: "INV-1", amount: "1.00") {
      id
    }
  }
`);
const Unlock = graphql(`
  mutation IdPolicyUnlock($staffId: ID!) {
    unlockStaff(staffId: $staffId) {
      id
    }
  }
`);
const SendSheet = graphql(`
  mutation IdPolicySendSheet($ids: [ID!]!) {
    sendOrderSheetToWarehouse(orderIds: $ids, placedAt: "Dock 1") {
      id
    }
  }
`);
const Statements = graphql(`
  query IdPolicyStatements($customerId: ID) {
    statements(customerId: $customerId) {
      totalCount
    }
  }
`);
const Orders = graphql(`
  query IdPolicyOrders($customerId: ID) {
    warehouseOrders(customerId: $customerId) {
      totalCount
    }
  }
`);

const MALFORMED = ['abc', '0', '-1', '1.5', '', ' 7', '1e3', '0x10', '9'.repeat(30), "1' OR '1'='1"];
const UNKNOWN = '99999999';

let app: TestApp;
let boss: Caller;
let customerId: string;
let today: string;
beforeAll(async () => {
  app = await TestApp.start();
  boss = await app.staff([Role.DIRECTOR, Role.COLLECTOR, Role.ORDER_CLERK]);
  customerId = String((await makeCustomer(app, await app.staff(Role.SALESPERSON))).id);
  today = companyToday(app);
});
afterAll(() => app.stop());

interface Case {
  name: string;
  /** The argument the id goes in; the rest of the variables are valid. */
  field: string;
  run(id: string): Promise<{ errors?: ClientError[]; data?: unknown }>;
  /** What a well-formed unknown id gives: NOT_FOUND, or (a nullable lookup, a filter) no error. */
  unknown: 'NOT_FOUND' | 'NO_ERROR';
}

function exec<TData, TVars extends Record<string, unknown>>(doc: TypedDocumentNode<TData, TVars>, vars: TVars) {
  return app.exec(doc, vars, boss);
}

const cases: Case[] = [
  { name: 'statement(id)', field: 'id', unknown: 'NOT_FOUND', run: (id) => exec(Statement, { id }) },
  { name: 'approvalRequest(id)', field: 'id', unknown: 'NOT_FOUND', run: (id) => exec(ApprovalRequest, { id }) },
  { name: 'customer(id)', field: 'id', unknown: 'NO_ERROR', run: (id) => exec(Customer, { id }) },
  {
    name: 'issueStatement(customerId)',
    field: 'customerId',
    unknown: 'NOT_FOUND',
    run: (id) => exec(IssueStatement, { customerId: id, from: '2025-01-01', to: '2025-01-31' }),
  },
  {
    name: 'recordPayment(customerId)',
    field: 'customerId',
    unknown: 'NOT_FOUND',
    run: (id) => exec(RecordPayment, { customerId: id, on: '2025-01-05', key: `k-${Math.random()}` }),
  },
  {
    name: 'requestRateChange(customerId)',
    field: 'customerId',
    unknown: 'NOT_FOUND',
    run: (id) => exec(RateChange, { customerId: id }),
  },
  {
    name: 'createPickupNotice(customerId)',
    field: 'customerId',
    unknown: 'NOT_FOUND',
    run: (id) => exec(Pickup, { customerId: id, on: addDays(today, 1) }),
  },
  {
    name: 'reassignCustomer(customerId)',
    field: 'customerId',
    unknown: 'NOT_FOUND',
    run: (id) => exec(Reassign, { customerId: id, ownerId: String(boss.staff.id) }),
  },
  {
    name: 'reassignCustomer(ownerId)',
    field: 'ownerId',
    unknown: 'NOT_FOUND',
    run: (id) => exec(Reassign, { customerId, ownerId: id }),
  },
  { name: 'approveRequest(id)', field: 'id', unknown: 'NOT_FOUND', run: (id) => exec(Approve, { id }) },
  { name: 'issueInvoice(statementId)', field: 'statementId', unknown: 'NOT_FOUND', run: (id) => exec(Invoice, { id }) },
  { name: 'unlockStaff(staffId)', field: 'staffId', unknown: 'NOT_FOUND', run: (id) => exec(Unlock, { staffId: id }) },
  {
    name: 'sendOrderSheetToWarehouse(orderIds)',
    field: 'orderIds',
    unknown: 'NOT_FOUND',
    run: (id) => exec(SendSheet, { ids: [id] }),
  },
  {
    name: 'statements(customerId) filter',
    field: 'customerId',
    unknown: 'NO_ERROR',
    run: (id) => exec(Statements, { customerId: id }),
  },
  {
    name: 'warehouseOrders(customerId) filter',
    field: 'customerId',
    unknown: 'NO_ERROR',
    run: (id) => exec(Orders, { customerId: id }),
  },
];

describe('one id policy', () => {
  it.each(cases)('$name: a malformed id is BAD_USER_INPUT naming $field', async (c) => {
    for (const bad of MALFORMED) {
      const result = await c.run(bad);
      expect({ bad, errors: result.errors?.map((e) => e.extensions) }).toEqual({
        bad,
        errors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: c.field })],
      });
    }
  });

  it.each(cases)('$name: a well-formed unknown id is $unknown', async (c) => {
    const result = await c.run(UNKNOWN);
    if (c.unknown === 'NOT_FOUND') expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    else expect(result.errors).toBeUndefined();
  });

  it('wrote nothing for any refused id', async () => {
    const rows = async (table: string) => Number((await app.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    expect(await rows('statement')).toBe(0);
    expect(await rows('payment')).toBe(0);
    expect(await rows('approval_request')).toBe(0);
    expect(await rows('pickup_notice')).toBe(0);
  });
});
