import { TestApp, Caller } from './app';
import { DepartmentHead } from '../../src/features/staff/department-head.entity';
import { Department, Role } from '../../src/domain/roles';

/* eslint-disable @typescript-eslint/no-explicit-any */
let waybill = 0;

/** Records a consignment through the API as a COLLECTOR; returns its id and money fields. */
export async function recordConsignment(app: TestApp, collector: Caller, customerId: number, extra: Record<string, unknown> = {}): Promise<any> {
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
  };
  const data: any = await app.ok(
    `mutation($input: RecordConsignmentInput!) { recordConsignment(input: $input) { id freight rate total shippedOn } }`,
    { input },
    collector,
  );
  return data.recordConsignment;
}

export async function issueStatement(app: TestApp, collector: Caller, customerId: number, start: string, end: string): Promise<any> {
  const data: any = await app.ok(
    `mutation($c: ID!, $s: LocalDate!, $e: LocalDate!) { issueStatement(customerId: $c, periodStart: $s, periodEnd: $e) { id status total lines { kind description amount } } }`,
    { c: String(customerId), s: start, e: end },
    collector,
  );
  return data.issueStatement;
}

export async function confirmStatement(app: TestApp, collector: Caller, id: string): Promise<any> {
  const data: any = await app.ok(`mutation($id: ID!) { confirmStatement(id: $id, confirmedBy: "客户 王先生") { id status dueDate total confirmedBy } }`, { id }, collector);
  return data.confirmStatement;
}

export async function pay(app: TestApp, collector: Caller, customerId: number, amount: string, key: string, receivedOn = '2026-10-20'): Promise<any> {
  const data: any = await app.ok(
    `mutation($c: ID!, $a: Money!, $d: LocalDate!, $k: String!) { recordPayment(customerId: $c, amount: $a, receivedOn: $d, reference: "BANK-1", idempotencyKey: $k) { id amount receivedOn reference } }`,
    { c: String(customerId), a: amount, d: receivedOn, k: key },
    collector,
  );
  return data.recordPayment;
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
