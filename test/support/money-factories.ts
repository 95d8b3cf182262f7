import { TestApp, Caller } from './app';
import { graphql } from '../generated';
import type { RecordConsignmentInput } from '../generated/graphql';
import { DepartmentHead } from '../../src/features/staff/department-head.entity';
import { Department, Role } from '../../src/domain/roles';

let waybill = 0;

const RecordConsignment = graphql(`
  mutation FactoryRecordConsignment($input: RecordConsignmentInput!) {
    recordConsignment(input: $input) {
      id
      freight
      rate
      total
      shippedOn
    }
  }
`);
const IssueStatement = graphql(`
  mutation FactoryIssueStatement($c: ID!, $s: LocalDate!, $e: LocalDate!) {
    issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) {
      id
      status
      total
      lines {
        kind
        description
        amount
      }
    }
  }
`);
const ConfirmStatement = graphql(`
  mutation FactoryConfirmStatement($id: ID!) {
    confirmStatement(id: $id, confirmedBy: "客户 王先生") {
      id
      status
      dueDate
      total
      confirmedBy
    }
  }
`);
const RecordPayment = graphql(`
  mutation FactoryRecordPayment($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) {
    recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: "BANK-1", idempotencyKey: $k) {
      id
      amount
      receivedOn
      reference
    }
  }
`);

/** What a test may override; a Money input also takes a number with at most two decimals (the scalar accepts both). */
type ConsignmentOverrides = Partial<Omit<RecordConsignmentInput, 'countingFee' | 'handlingFee' | 'otherFee'>> &
  Partial<Record<'countingFee' | 'handlingFee' | 'otherFee', string | number>>;

/** Records a consignment through the API as a COLLECTOR; returns its id and money fields. */
export async function recordConsignment(
  app: TestApp,
  collector: Caller,
  customerId: number,
  extra: ConsignmentOverrides = {},
) {
  const input = {
    customerId: String(customerId),
    waybillNo: `WB-${process.pid}-${Date.now()}-${++waybill}`,
    shippedOn: '2026-10-05',
    origin: '上海',
    destination: '杭州',
    weightKg: 1000,
    pieces: 10,
    countingFee: '0',
    handlingFee: '0',
    otherFee: '0',
    ...extra,
  } as RecordConsignmentInput;
  return (await app.ok(RecordConsignment, { input }, collector)).recordConsignment;
}

export async function issueStatement(app: TestApp, collector: Caller, customerId: number, start: string, end: string) {
  return (await app.ok(IssueStatement, { c: String(customerId), s: start, e: end }, collector)).issueStatement;
}

export async function confirmStatement(app: TestApp, collector: Caller, id: string) {
  return (await app.ok(ConfirmStatement, { id }, collector)).confirmStatement;
}

export async function pay(
  app: TestApp,
  collector: Caller,
  customerId: number,
  amount: string,
  key: string,
  receivedOn = '2026-10-20',
) {
  return (await app.ok(RecordPayment, { c: String(customerId), a: amount, d: receivedOn, k: key }, collector))
    .recordPayment;
}

/** Makes a fresh head for each department (upserting department_head). */
export async function makeHeads(app: TestApp, departments: Department[]): Promise<Record<string, Caller>> {
  const heads: Record<string, Caller> = {};
  for (const d of departments) {
    heads[d] = await app.staff(Role.DEPARTMENT_HEAD, { department: d });
    await app.db.getRepository(DepartmentHead).upsert({ department: d, headId: heads[d].staff.id }, ['department']);
  }
  return heads;
}

export async function count(app: TestApp, table: string, where = '1=1', params: unknown[] = []): Promise<number> {
  const rows = await app.db.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`, params);
  return Number(rows[0].n);
}
