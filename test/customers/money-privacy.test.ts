import { graphql } from '../generated';
import { Caller, ClientError, TestApp } from '../support/app';
import { makeCustomer } from '../support/factories';
import { confirmStatement, issueStatement, makeHeads, pay, recordConsignment } from '../support/money-factories';
import { Department, Role } from '../../src/domain/roles';
import { addDays, localDateIn } from '../../src/time';
import { CustomerStatus } from '../../src/features/customers/customer-enums';

const IssueInvoice = graphql(`
  mutation MoneyPrivacyIssueInvoice($s: ID!, $a: Money!) {
    issueInvoice(statementId: $s, invoiceNo: "INV-MONEY-1", amount: $a) {
      id
    }
  }
`);
const RequestArrears = graphql(`
  mutation MoneyPrivacyRequestArrears($c: ID!, $d: LocalDate!) {
    requestArrears(customerId: $c, amount: "300.00", promisedDate: $d, reason: "month end") {
      id
    }
  }
`);
const ApproveRequest = graphql(`
  mutation MoneyPrivacyApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
    }
  }
`);
const CreatePickupNotice = graphql(`
  mutation MoneyPrivacyCreatePickupNotice($c: ID!, $d: LocalDate!) {
    createPickupNotice(customerId: $c, pickupDate: $d, goods: "10 箱") {
      id
    }
  }
`);
const Customers = graphql(`
  query MoneyPrivacyCustomers {
    customers(first: 100) {
      edges {
        node {
          id
          balance
        }
      }
    }
  }
`);
const Consignments = graphql(`
  query MoneyPrivacyConsignments($c: ID) {
    consignments(customerId: $c) {
      edges {
        node {
          waybillNo
          freight
          countingFee
          handlingFee
          otherFee
          total
          customer {
            balance
          }
        }
      }
    }
  }
`);
const ArrearsConsents = graphql(`
  query MoneyPrivacyArrearsConsents {
    arrearsConsents {
      amount
      unpaidAmount
      promisedDate
      customer {
        id
        balance
      }
      request {
        amount
      }
    }
  }
`);
const PickupNotices = graphql(`
  query MoneyPrivacyPickupNotices {
    pickupNotices {
      goods
      customer {
        id
        balance
        openReceivables {
          id
        }
      }
    }
  }
`);
const CreateOperationNotice = graphql(`
  mutation MoneyPrivacyCreateOperationNotice($c: ID!) {
    createOperationNotice(customerId: $c, kind: NEW_CUSTOMER, departments: [WAREHOUSE]) {
      id
    }
  }
`);
const OperationNotices = graphql(`
  query MoneyPrivacyOperationNotices($c: ID) {
    operationNotices(customerId: $c) {
      kind
      customer {
        id
        balance
      }
    }
  }
`);
const CheckProspect = graphql(`
  query MoneyPrivacyCheckProspect($n: String) {
    checkProspect(name: $n) {
      registered
      customer {
        id
        balance
      }
    }
  }
`);
const Consignments2 = graphql(`
  query MoneyPrivacyConsignments2($c: ID) {
    consignments(customerId: $c) {
      edges {
        node {
          freight
          countingFee
          total
        }
      }
    }
  }
`);
const Statements = graphql(`
  query MoneyPrivacyStatements($c: ID) {
    statements(customerId: $c) {
      edges {
        node {
          total
          lines {
            amount
            description
          }
          invoice {
            amount
          }
        }
      }
    }
  }
`);
const Customer2 = graphql(`
  query MoneyPrivacyCustomer2($id: ID!) {
    customer(id: $id) {
      balance
    }
  }
`);
const ReassignCustomer = graphql(`
  mutation MoneyPrivacyReassignCustomer($c: ID!, $o: ID!) {
    reassignCustomer(customerId: $c, ownerId: $o, reason: "territory") {
      id
    }
  }
`);
const Consignments3 = graphql(`
  query MoneyPrivacyConsignments3($c: ID) {
    consignments(customerId: $c) {
      edges {
        node {
          freight
        }
      }
    }
  }
`);

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * A customer's money is seen by exactly those who may read its receivables (the owner, the
 * COLLECTOR and the leaders): to anyone else every field showing it is null with FORBIDDEN on
 * that path, whichever way the customer or its money is reached, and the rest of the answer stays.
 */
let app: TestApp;
let owner: Caller;
let customerId: string;
const callers: Record<string, Caller> = {};
const today = () => localDateIn('Asia/Shanghai', new Date());

beforeAll(async () => {
  app = await TestApp.start();
  owner = await app.staff(Role.SALESPERSON, { name: 'Money Owner' });
  for (const role of [
    Role.SALESPERSON,
    Role.DISPATCHER,
    Role.ORDER_CLERK,
    Role.COLLECTOR,
    Role.MANAGER,
    Role.ASSISTANT_MANAGER,
    Role.DIRECTOR,
  ]) {
    callers[role] = await app.staff(role);
  }
  const customer = await makeCustomer(app, owner);
  customerId = String(customer.id);
  const collector = callers[Role.COLLECTOR];
  await recordConsignment(app, collector, customer.id, { countingFee: '12.00' });
  const statement = await issueStatement(app, collector, customer.id, '2026-10-01', '2026-10-31');
  await confirmStatement(app, collector, statement.id);
  await app.ok(IssueInvoice, { s: statement.id, a: statement.total! }, collector);
  await pay(app, collector, customer.id, '100.00', `money-privacy-${process.pid}-${Date.now()}`);
  const r: any = await app.ok(RequestArrears, { c: customerId, d: addDays(today(), 10) }, owner);
  await app.ok(ApproveRequest, { id: r.requestArrears.id }, callers[Role.MANAGER]);
  await app.ok(CreatePickupNotice, { c: customerId, d: addDays(today(), 1) }, owner);
});
afterAll(() => app.stop());

const forbiddenPaths = (errors: ClientError[] | undefined) =>
  (errors ?? [])
    .filter((e) => e.extensions?.code === 'FORBIDDEN')
    .map((e) => (e.path ?? []).filter((p) => typeof p === 'string').join('.'));

const CustomerMoney = graphql(`
  query MoneyPrivacyCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      balance
      openReceivables {
        id
        amount
        outstanding
      }
    }
  }
`);

describe("a customer's money follows one rule", () => {
  it.each([Role.COLLECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER, Role.DIRECTOR])(
    '%s sees balance and open receivables',
    async (role) => {
      const result: any = await app.exec(CustomerMoney, { id: customerId }, callers[role]);
      expect(result.errors).toBeUndefined();
      expect(result.data.customer.balance).toMatch(/^\d+\.\d{2}$/);
      expect(result.data.customer.openReceivables).toHaveLength(1);
    },
  );

  it('the owner sees them', async () => {
    const result: any = await app.exec(CustomerMoney, { id: customerId }, owner);
    expect(result.errors).toBeUndefined();
    expect(result.data.customer.openReceivables[0].outstanding).toBe(result.data.customer.balance);
  });

  it.each([Role.SALESPERSON, Role.DISPATCHER, Role.ORDER_CLERK])(
    '%s gets null with FORBIDDEN on balance and openReceivables, the rest intact',
    async (role) => {
      const result: any = await app.exec(CustomerMoney, { id: customerId }, callers[role]);
      expect(result.data.customer).toMatchObject({ id: customerId, balance: null, openReceivables: null });
      expect(forbiddenPaths(result.errors).sort()).toEqual(['customer.balance', 'customer.openReceivables']);
    },
  );

  it('another salesperson reads no balance in the customer list either', async () => {
    const result: any = await app.exec(Customers, {}, callers[Role.SALESPERSON]);
    const node = result.data.customers.edges.map((e: any) => e.node).find((n: any) => n.id === customerId);
    expect(node).toEqual({ id: customerId, balance: null });
    expect(forbiddenPaths(result.errors)).toContain('customers.edges.node.balance');
  });

  it('the dispatcher reads neither the charges of consignments nor the arrears, nor the balance through a pickup notice', async () => {
    const dispatcher = callers[Role.DISPATCHER];
    const consignments: any = await app.exec(Consignments, { c: customerId }, dispatcher);
    const node = consignments.data.consignments.edges[0].node;
    expect(node).toMatchObject({
      freight: null,
      countingFee: null,
      handlingFee: null,
      otherFee: null,
      total: null,
      customer: { balance: null },
    });
    expect(node.waybillNo).toMatch(/^WB-/);
    expect(new Set(forbiddenPaths(consignments.errors))).toEqual(
      new Set(
        ['freight', 'countingFee', 'handlingFee', 'otherFee', 'total', 'customer.balance'].map(
          (f) => `consignments.edges.node.${f}`,
        ),
      ),
    );

    const consents: any = await app.exec(ArrearsConsents, {}, dispatcher);
    const consent = consents.data.arrearsConsents.find((c: any) => c.customer.id === customerId);
    expect(consent).toMatchObject({
      amount: null,
      unpaidAmount: null,
      customer: { balance: null },
      request: { amount: null },
    });
    expect(consent.promisedDate).toBe(addDays(today(), 10));

    const notices: any = await app.exec(PickupNotices, {}, dispatcher);
    const notice = notices.data.pickupNotices.find((n: any) => n.customer.id === customerId);
    expect(notice).toEqual({ goods: '10 箱', customer: { id: customerId, balance: null, openReceivables: null } });
  });

  it('no other path reaches the balance: an operation notice for a department head, checkProspect for another salesperson', async () => {
    const { WAREHOUSE: head } = await makeHeads(app, [Department.WAREHOUSE]);
    const prospect = String((await makeCustomer(app, owner, { status: CustomerStatus.PROSPECT })).id);
    await app.ok(CreateOperationNotice, { c: prospect }, owner);
    const notices: any = await app.exec(OperationNotices, { c: prospect }, head);
    expect(notices.data.operationNotices).toEqual([
      { kind: 'NEW_CUSTOMER', customer: { id: prospect, balance: null } },
    ]);
    expect(forbiddenPaths(notices.errors)).toEqual(['operationNotices.customer.balance']);

    const name = (await app.db.query('SELECT name FROM customer WHERE id = ?', [Number(customerId)]))[0].name as string;
    const check: any = await app.exec(CheckProspect, { n: name }, callers[Role.SALESPERSON]);
    expect(check.data.checkProspect).toEqual({ registered: true, customer: { id: customerId, balance: null } });
    expect(forbiddenPaths(check.errors)).toEqual(['checkProspect.customer.balance']);
  });

  it('the collector reads every money field on the same paths', async () => {
    const consignments: any = await app.exec(Consignments2, { c: customerId }, callers[Role.COLLECTOR]);
    expect(consignments.errors).toBeUndefined();
    expect(consignments.data.consignments.edges[0].node.countingFee).toBe('12.00');
    const statements: any = await app.exec(Statements, { c: customerId }, callers[Role.COLLECTOR]);
    expect(statements.errors).toBeUndefined();
    expect(statements.data.statements.edges[0].node.invoice.amount).toBe(
      statements.data.statements.edges[0].node.total,
    );
  });

  it("a customer reassigned away takes its money out of the former owner's sight", async () => {
    const former = await app.staff(Role.SALESPERSON);
    const c = await makeCustomer(app, former);
    await recordConsignment(app, callers[Role.COLLECTOR], c.id);
    const before: any = await app.exec(Customer2, { id: String(c.id) }, former);
    expect(before.errors).toBeUndefined();
    await app.ok(ReassignCustomer, { c: String(c.id), o: String(owner.staff.id) }, callers[Role.MANAGER]);
    const after: any = await app.exec(Consignments3, { c: String(c.id) }, former);
    // The former owner no longer lists the customer's consignments, or sees no charge on them.
    const nodes = after.data?.consignments?.edges ?? [];
    for (const e of nodes) expect(e.node.freight).toBeNull();
    const balance: any = await app.exec(Customer2, { id: String(c.id) }, former);
    expect(balance.data.customer.balance).toBeNull();
    expect(forbiddenPaths(balance.errors)).toEqual(['customer.balance']);
  });
});
