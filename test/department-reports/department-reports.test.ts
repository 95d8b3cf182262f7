import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../generated';
import { TestApp, Caller, errorCodes } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Visit, VisitStatus } from '../../src/features/visits/visit.entity';
import { OwnershipChange } from '../../src/features/customers/ownership-change.entity';
import { IntentReport } from '../../src/features/customers/intent-report.entity';
import { ApprovalRequest } from '../../src/features/approvals/approval-request.entity';
import { ApprovalKind, ApprovalStatus } from '../../src/features/approvals/approval-enums';
import { Statement, StatementStatus } from '../../src/features/statements/statement.entity';
import { Payment } from '../../src/features/ledger/payment.entity';
import { Customer } from '../../src/features/customers/customer.entity';
import { Staff } from '../../src/features/staff/staff.entity';
import { makeCustomer } from '../support/factories';
import { must, registration } from '../support/customer-factories';
import { confirmStatement, issueStatement, pay, recordConsignment } from '../support/money-factories';
import { companyToday, rolesExcept } from '../support/administration-factories';

/* eslint-disable @typescript-eslint/no-explicit-any */

const WORKLOAD = graphql(`
  query DepartmentReportsWorkload($m: String!) {
    workloadReport(month: $m) {
      staff {
        id
        name
      }
      visitsCompleted
      customersRegistered
      intentReports
      requestsFiled
      statementsIssued
      amountCollected
    }
  }
`);
const REVENUE = graphql(`
  query DepartmentReportsRevenue($m: String!) {
    monthlyRevenueReport(month: $m) {
      month
      statements
      total
      byCustomer {
        customer {
          id
          name
        }
        statements
        total
      }
      bySalesperson {
        salesperson {
          id
          name
        }
        customers
        statements
        total
      }
    }
  }
`);
const REGISTER = graphql(`
  mutation DepartmentReportsRegister($input: RegisterCustomerInput!) {
    registerCustomer(input: $input) {
      id
    }
  }
`);

// November 2026 in Asia/Shanghai (UTC+8) runs from 2026-10-31T16:00Z to 2026-11-30T16:00Z.
const IN_FIRST = new Date('2026-10-31T16:30:00Z'); // 1 Nov 00:30 Shanghai
const IN_LAST = new Date('2026-11-30T15:30:00Z'); // 30 Nov 23:30 Shanghai
const BEFORE = new Date('2026-10-31T15:30:00Z'); // 31 Oct 23:30 Shanghai
const AFTER = new Date('2026-11-30T16:30:00Z'); // 1 Dec 00:30 Shanghai

let app: TestApp;
let assistant: Caller;
let manager: Caller;
let director: Caller;
let salesA: Caller;
let salesB: Caller;
let collector: Caller;
let seq = 0;

beforeAll(async () => {
  app = await TestApp.start();
  expect(app.config.timeZone).toBe('Asia/Shanghai');
  assistant = await app.staff(Role.ASSISTANT_MANAGER, { name: 'R Assistant' });
  manager = await app.staff(Role.MANAGER, { name: 'R Manager' });
  director = await app.staff(Role.DIRECTOR, { name: 'R Director' });
  salesA = await app.staff(Role.SALESPERSON, { name: 'R Sales A' });
  salesB = await app.staff(Role.SALESPERSON, { name: 'R Sales B' });
  collector = await app.staff(Role.COLLECTOR, { name: 'R Collector' });
});
afterAll(() => app.stop());

async function visit(customerId: number, salesperson: Caller, status: VisitStatus, completedAt: Date | null) {
  await app.db.getRepository(Visit).insert({
    customerId,
    salespersonId: salesperson.staff.id,
    plannedById: salesperson.staff.id,
    plannedAt: completedAt ?? IN_FIRST,
    purpose: 'report test',
    status,
    completedAt,
  });
}
async function intent(customerId: number, by: Caller, reportedAt: Date) {
  const r = await app.db
    .getRepository(IntentReport)
    .insert({ customerId, reportedById: by.staff.id, details: 'wants 10 t a week' });
  await app.db.getRepository(IntentReport).update({ id: r.identifiers[0].id }, { reportedAt });
}
async function request(customerId: number, by: Caller, createdAt: Date, status = ApprovalStatus.PENDING) {
  const r = await app.db
    .getRepository(ApprovalRequest)
    .insert({ kind: ApprovalKind.FREE_SHIPMENT, status, customerId, requesterId: by.staff.id, reason: 'report test' });
  await app.db.getRepository(ApprovalRequest).update({ id: r.identifiers[0].id }, { createdAt });
}
async function statement(
  customerId: number,
  values: { total: number; issuedBy?: Caller; issuedAt?: Date; status?: StatementStatus; confirmedOn?: string | null },
) {
  const r = await app.db.getRepository(Statement).insert({
    customerId,
    periodStart: '2026-09-01',
    periodEnd: '2026-09-30',
    status: values.status ?? StatementStatus.CONFIRMED,
    total: values.total,
    issuedById: (values.issuedBy ?? collector).staff.id,
    confirmedOn: values.confirmedOn ?? null,
    confirmedBy: values.confirmedOn ? '客户' : null,
  });
  if (values.issuedAt)
    await app.db.getRepository(Statement).update({ id: r.identifiers[0].id }, { issuedAt: values.issuedAt });
}
async function payment(customerId: number, amount: number, receivedOn: string, by: Caller = collector) {
  await app.db.getRepository(Payment).insert({
    customerId,
    amount,
    receivedOn,
    reference: 'R',
    idempotencyKey: `report-${process.pid}-${++seq}`,
    recordedById: by.staff.id,
  });
}

describe('workloadReport', () => {
  it("counts each staff member's records of the company-local month exactly, and nothing just outside it", async () => {
    const c = (await makeCustomer(app, salesA)).id;

    // Visits: completed ones by completion time; a report found false does not count.
    await visit(c, salesA, VisitStatus.COMPLETED, IN_FIRST);
    await visit(c, salesA, VisitStatus.COMPLETED, IN_LAST);
    await visit(c, salesA, VisitStatus.COMPLETED, BEFORE);
    await visit(c, salesA, VisitStatus.COMPLETED, AFTER);
    await visit(c, salesA, VisitStatus.FALSE_REPORT, IN_FIRST);
    await visit(c, salesA, VisitStatus.PLANNED, null);
    await visit(c, salesB, VisitStatus.COMPLETED, IN_LAST);

    // Registrations through the API (first contact), then moved to the boundary instants.
    const reg = async (caller: Caller, at: Date, owner?: Caller) => {
      const input = registration(owner ? { ownerId: String(owner.staff.id) } : {});
      const data = await must(app, caller, REGISTER, { input });
      await app.db
        .getRepository(OwnershipChange)
        .update({ customerId: Number(data.registerCustomer.id) }, { changedAt: at });
      return Number(data.registerCustomer.id);
    };
    const regA = await reg(salesA, IN_FIRST);
    await reg(salesA, BEFORE);
    await reg(salesB, IN_LAST);
    await reg(salesB, AFTER);
    // Registered by the manager for salesB: salesB made the first contact and owns it.
    await reg(manager, IN_FIRST, salesB);
    // A reassignment in the month is not a registration.
    await app.db.getRepository(OwnershipChange).insert({
      customerId: regA,
      fromOwnerId: salesA.staff.id,
      toOwnerId: salesB.staff.id,
      reason: 'moved',
      changedById: manager.staff.id,
    });
    await app.db.getRepository(OwnershipChange).update({ customerId: regA, reason: 'moved' }, { changedAt: IN_LAST });

    await intent(c, salesA, IN_FIRST);
    await intent(c, salesA, BEFORE);
    await intent(c, salesB, IN_LAST);
    await intent(c, salesB, AFTER);

    await request(c, salesA, IN_LAST, ApprovalStatus.REJECTED);
    await request(c, salesA, IN_FIRST);
    await request(c, salesA, AFTER);
    await request(c, manager, IN_FIRST, ApprovalStatus.APPROVED);

    await statement(c, { total: 100, issuedAt: IN_FIRST, status: StatementStatus.VOID });
    await statement(c, { total: 100, issuedAt: IN_LAST, status: StatementStatus.ISSUED });
    await statement(c, { total: 100, issuedAt: BEFORE, status: StatementStatus.ISSUED });
    await statement(c, { total: 100, issuedAt: AFTER, status: StatementStatus.ISSUED });
    await statement(c, { total: 100, issuedBy: assistant, issuedAt: IN_LAST, status: StatementStatus.ISSUED });

    // Payments by the day received: one through the API.
    await pay(app, collector, c, '1000000000.01', `report-api-${process.pid}`, '2026-11-01');
    await payment(c, 99, '2026-11-30');
    await payment(c, 12345, '2026-10-31');
    await payment(c, 12345, '2026-12-01');
    await payment(c, 7, '2026-11-15', director);

    const data = await must(app, assistant, WORKLOAD, { m: '2026-11' });
    const zero = {
      visitsCompleted: 0,
      customersRegistered: 0,
      intentReports: 0,
      requestsFiled: 0,
      statementsIssued: 0,
      amountCollected: '0.00',
    };
    const row = (c: Caller, v: Partial<typeof zero>) => ({
      staff: { id: String(c.staff.id), name: c.staff.name },
      ...zero,
      ...v,
    });
    expect(data.workloadReport).toEqual([
      row(assistant, { statementsIssued: 1 }),
      row(collector, { statementsIssued: 2, amountCollected: '1000000001.00' }),
      row(director, { amountCollected: '0.07' }),
      row(manager, { requestsFiled: 1 }),
      row(salesA, { visitsCompleted: 2, customersRegistered: 1, intentReports: 1, requestsFiled: 2 }),
      row(salesB, { visitsCompleted: 1, customersRegistered: 2, intentReports: 1 }),
    ]);

    // The neighbouring months see exactly the records just outside November.
    const oct = await must(app, assistant, WORKLOAD, { m: '2026-10' });
    const dec = await must(app, assistant, WORKLOAD, { m: '2026-12' });
    const pick = (rows: any[], c: Caller) => rows.find((r) => r.staff.id === String(c.staff.id));
    expect(pick(oct.workloadReport, salesA)).toMatchObject({
      visitsCompleted: 1,
      customersRegistered: 1,
      intentReports: 1,
      requestsFiled: 0,
    });
    expect(pick(oct.workloadReport, collector)).toMatchObject({ statementsIssued: 1, amountCollected: '123.45' });
    expect(pick(dec.workloadReport, salesA)).toMatchObject({
      visitsCompleted: 1,
      customersRegistered: 0,
      intentReports: 0,
      requestsFiled: 1,
    });
    expect(pick(dec.workloadReport, salesB)).toMatchObject({ customersRegistered: 1, intentReports: 1 });
    expect(pick(dec.workloadReport, collector)).toMatchObject({ statementsIssued: 1, amountCollected: '123.45' });
  });

  it('lists a deactivated staff member only in a month they have records', async () => {
    const gone = await app.staff(Role.SALESPERSON, { name: 'R Gone' });
    const c = (await makeCustomer(app, gone)).id;
    await visit(c, gone, VisitStatus.COMPLETED, new Date('2027-03-10T02:00:00Z'));
    await app.db.getRepository(Staff).update({ id: gone.staff.id }, { active: false });
    const march = await must(app, assistant, WORKLOAD, { m: '2027-03' });
    expect(march.workloadReport.find((r: any) => r.staff.id === String(gone.staff.id))).toMatchObject({
      visitsCompleted: 1,
    });
    const april = await must(app, assistant, WORKLOAD, { m: '2027-04' });
    expect(april.workloadReport.find((r: any) => r.staff.id === String(gone.staff.id))).toBeUndefined();
  });

  it('refuses a malformed month', async () => {
    const result = await app.exec(WORKLOAD, { m: '2026-13' }, assistant);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('monthlyRevenueReport', () => {
  it('sums the statements confirmed in the month per customer and per owner at confirmation, reconciling exactly', async () => {
    const c1 = await makeCustomer(app, salesA);
    const c2 = await makeCustomer(app, salesB);
    const c3 = await makeCustomer(app, salesB);
    // c2 was registered by A and reassigned to B on 10 Feb 11:00 Shanghai.
    await app.db.getRepository(OwnershipChange).insert({
      customerId: c2.id,
      fromOwnerId: null,
      toOwnerId: salesA.staff.id,
      reason: 'registered (first contact)',
      changedById: salesA.staff.id,
    });
    await app.db
      .getRepository(OwnershipChange)
      .update({ customerId: c2.id }, { changedAt: new Date('2027-01-05T02:00:00Z') });
    await app.db.getRepository(OwnershipChange).insert({
      customerId: c2.id,
      fromOwnerId: salesA.staff.id,
      toOwnerId: salesB.staff.id,
      reason: 'moved',
      changedById: manager.staff.id,
    });
    await app.db
      .getRepository(OwnershipChange)
      .update({ customerId: c2.id, reason: 'moved' }, { changedAt: new Date('2027-02-10T03:00:00Z') });

    await statement(c1.id, { total: 10010, confirmedOn: '2027-02-01' });
    await statement(c1.id, { total: 20005, confirmedOn: '2027-02-28' });
    await statement(c1.id, { total: 99900, confirmedOn: '2027-01-31' });
    await statement(c1.id, { total: 99900, confirmedOn: '2027-03-01' });
    await statement(c1.id, { total: 99900, status: StatementStatus.ISSUED });
    await statement(c1.id, { total: 99900, status: StatementStatus.VOID });
    await statement(c2.id, { total: 5000, confirmedOn: '2027-02-05' });
    await statement(c2.id, { total: 7001, confirmedOn: '2027-02-20' });
    await statement(c3.id, { total: 100, confirmedOn: '2027-02-15' });

    const data = await must(app, manager, REVENUE, { m: '2027-02' });
    const customer = (c: Customer) => ({ id: String(c.id), name: c.name });
    const staff = (c: Caller) => ({ id: String(c.staff.id), name: c.staff.name });
    expect(data.monthlyRevenueReport).toEqual({
      month: '2027-02',
      statements: 5,
      total: '421.16',
      byCustomer: [
        { customer: customer(c1), statements: 2, total: '300.15' },
        { customer: customer(c2), statements: 2, total: '120.01' },
        { customer: customer(c3), statements: 1, total: '1.00' },
      ],
      bySalesperson: [
        { salesperson: staff(salesA), customers: 2, statements: 3, total: '350.15' },
        { salesperson: staff(salesB), customers: 2, statements: 2, total: '71.01' },
      ],
    });

    const empty = await must(app, director, REVENUE, { m: '2027-05' });
    expect(empty.monthlyRevenueReport).toEqual({
      month: '2027-05',
      statements: 0,
      total: '0.00',
      byCustomer: [],
      bySalesperson: [],
    });
  });

  it('counts a statement confirmed through the API in the company month of its confirmation', async () => {
    const c = await makeCustomer(app, salesA);
    await recordConsignment(app, collector, c.id, { shippedOn: '2026-09-05' });
    const st = await issueStatement(app, collector, c.id, '2026-09-01', '2026-09-30');
    await confirmStatement(app, collector, st.id);
    const month = companyToday(app).slice(0, 7);
    const data = await must(app, assistant, REVENUE, { m: month });
    expect(data.monthlyRevenueReport.byCustomer).toContainEqual({
      customer: { id: String(c.id), name: c.name },
      statements: 1,
      total: st.total,
    });
    const sum = (rows: Array<{ total: string }>) => rows.reduce((s, r) => s + Math.round(Number(r.total) * 100), 0);
    const total = Math.round(Number(data.monthlyRevenueReport.total) * 100);
    expect(sum(data.monthlyRevenueReport.byCustomer)).toBe(total);
    expect(sum(data.monthlyRevenueReport.bySalesperson)).toBe(total);
  });
});

describe('who may read the reports', () => {
  const allowed = [Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR];
  it.each(allowed)('%s may read both reports', async (role) => {
    const caller = await app.staff(role);
    await must(app, caller, WORKLOAD, { m: '2026-11' });
    await must(app, caller, REVENUE, { m: '2026-11' });
  });
  it.each(rolesExcept(...allowed))('%s is refused both reports (FORBIDDEN)', async (role) => {
    const caller = await app.staff(role);
    const reports: Array<TypedDocumentNode<unknown, { m: string }>> = [WORKLOAD, REVENUE];
    for (const q of reports) {
      const result = await app.exec(q, { m: '2026-11' }, caller);
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
      expect(result.data ?? null).toBeNull();
    }
  });
  it('an anonymous caller is refused (UNAUTHENTICATED)', async () => {
    const result = await app.exec(WORKLOAD, { m: '2026-11' }, null);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
  });
});
