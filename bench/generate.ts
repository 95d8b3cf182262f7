import argon2 from 'argon2';
import { createConnection, Connection } from 'mysql2/promise';
import { openDataSource, migrate } from '../src/db/data-source';
import { freightFen } from '../src/features/consignments/freight';
import { customerNameKey, normalizeCustomerName } from '../src/features/customers/customer-identity';
import { rebuildKeptBalances } from '../src/features/ledger/kept-balances';

/**
 * The benchmark's data set, written with multi-row INSERTs through mysql2 (no ORM): at scale 1 (four
 * months of history; scale N is 4N months of the same customers)
 * about 50 staff, 5,000 customers, 50,000 visits, 200,000 consignments and 20,000 confirmed
 * statements (10 consignment lines each) with their receivables, payments and allocations.
 * Rows keep the entities' invariants: a statement's total is the sum of its lines, a receivable
 * is its confirmed statement's total, allocations settle the oldest receivables first and never
 * exceed the payment.
 */
export const BENCH_PASSWORD = 'BenchPassw0rd!';

export interface BenchData {
  salespeople: Array<{ id: number; email: string }>;
  manager: { id: number; email: string };
  collector: { id: number; email: string };
  customers: number;
}

async function bulk(
  conn: Connection,
  table: string,
  columns: string[],
  rows: unknown[][],
  batch = 2000,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    await conn.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(',')}) VALUES ?`, [chunk]);
  }
}

const REQUEST_COLUMNS = ['id', 'kind', 'status', 'customerId', 'requesterId', 'reason', 'newRate', 'oldRate'];
/** A pending rate-change request (a 3.3 % cut, within a MANAGER's policy) filed by the customer's owner. */
const pendingRequestRow = (id: number, customerId: number, ownerId: number) => [
  id,
  'RATE_CHANGE',
  'PENDING',
  customerId,
  ownerId,
  'Volume discount',
  29000,
  30000,
];

/**
 * Files `count` more pending requests like the data set's (round-robin over the customers) and
 * returns their ids, oldest first. The approval scenario approves each request once, so it files
 * more before each timed run rather than running dry (a dry pool answers every call with an error
 * at once, and its figures mean nothing).
 */
export async function filePendingRequests(conn: Connection, count: number): Promise<number[]> {
  const [customers] = (await conn.query('SELECT id, ownerId FROM customer ORDER BY id')) as unknown as [
    Array<{ id: number; ownerId: number }>,
  ];
  const [[{ top }]] = (await conn.query('SELECT COALESCE(MAX(id), 0) AS top FROM approval_request')) as unknown as [
    Array<{ top: number }>,
  ];
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const c = customers[i % customers.length];
    rows.push(pendingRequestRow(Number(top) + 1 + i, Number(c.id), Number(c.ownerId)));
  }
  await bulk(conn, 'approval_request', REQUEST_COLUMNS, rows);
  return rows.map((r) => r[0] as number);
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

export async function generate(rootUrl: string, dbName: string, scale: number): Promise<BenchData> {
  const admin = await createConnection({ uri: rootUrl });
  await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  const url = `${rootUrl.replace(/\/[^/]*$/, '')}/${dbName}`;
  const ds = await openDataSource({ type: 'mysql', url, replicaUrls: [] });
  await migrate(ds);
  await ds.destroy();

  const conn = await createConnection({
    uri: url,
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: true,
    timezone: 'Z',
  });
  await conn.query('SET unique_checks = 0');
  const hash = await argon2.hash(BENCH_PASSWORD);
  // The scale deepens the history (months of statements, payments and visits) over the same company:
  // that is how the data of one company grows, and what the reports must not be slowed by.
  const nSales = 44;
  const staff: unknown[][] = [];
  const roles: unknown[][] = [];
  const salespeople: BenchData['salespeople'] = [];
  let id = 0;
  const add = (role: string, department: string) => {
    id++;
    const email = `${role.toLowerCase()}.${id}@bench.example`;
    staff.push([id, `${role} ${id}`, email, hash, department, 1]);
    roles.push([id, role]);
    return { id, email };
  };
  for (let i = 0; i < nSales; i++) salespeople.push(add('SALESPERSON', 'MARKET'));
  const manager = add('MANAGER', 'MARKET');
  add('MANAGER', 'MARKET');
  add('DIRECTOR', 'MARKET');
  add('ASSISTANT_MANAGER', 'MARKET');
  const collector = add('COLLECTOR', 'FINANCE');
  add('COLLECTOR', 'FINANCE');
  await bulk(conn, 'staff', ['id', 'name', 'email', 'passwordHash', 'department', 'active'], staff);
  await bulk(conn, 'staff_role', ['staffId', 'role'], roles);

  const nCustomers = 5000;
  const customers: unknown[][] = [];
  const ownerOf: number[] = [];
  for (let c = 1; c <= nCustomers; c++) {
    const owner = salespeople[c % salespeople.length].id;
    ownerOf[c] = owner;
    const name = `Bench Customer ${String(c).padStart(6, '0')}`;
    customers.push([
      c,
      name,
      normalizeCustomerName(name),
      customerNameKey(name),
      'Contact',
      `1390${String(c).padStart(7, '0')}`,
      c % 10 === 0 ? 'PROSPECT' : 'ACTIVE',
      owner,
      'MONTHLY',
      30000,
      30,
    ]);
  }
  await bulk(
    conn,
    'customer',
    [
      'id',
      'name',
      'normalizedName',
      'nameKey',
      'contactName',
      'contactPhone',
      'status',
      'ownerId',
      'settlementMethod',
      'freightRate',
      'paymentTermDays',
    ],
    customers,
  );
  // Every phone a customer holds is claimed in customer_phone, as registration does.
  await bulk(
    conn,
    'customer_phone',
    ['phone', 'customerId'],
    customers.map((row) => [row[5], row[0]]),
  );

  // Visits by the owner, spread over the past year.
  const visits: unknown[][] = [];
  const base = new Date(Date.UTC(2025, 10, 1, 1, 30));
  const nVisits = Math.round(50_000 * scale);
  for (let v = 1; v <= nVisits; v++) {
    const c = (v % nCustomers) + 1;
    const at = new Date(base.getTime() + ((v * 7919) % (365 * 24)) * 3_600_000);
    visits.push([v, c, ownerOf[c], ownerOf[c], at, `Visit ${v}`, v % 5 === 0 ? 'PLANNED' : 'COMPLETED']);
  }
  await bulk(
    conn,
    'visit',
    ['id', 'customerId', 'salespersonId', 'plannedById', 'plannedAt', 'purpose', 'status'],
    visits,
  );

  // Statements: each customer's months, 10 consignments a statement; confirmed 5 days after the period.
  const nStatements = Math.round(20_000 * scale);
  const consignments: unknown[][] = [];
  const lines: unknown[][] = [];
  const statements: unknown[][] = [];
  const receivables: Array<{ id: number; customerId: number; amount: number; confirmedOn: string; dueDate: string }> =
    [];
  let consignmentId = 0;
  for (let s = 1; s <= nStatements; s++) {
    const c = ((s - 1) % nCustomers) + 1;
    const monthIndex = Math.floor((s - 1) / nCustomers); // 0.. months back from 2026-10
    const start = new Date(Date.UTC(2026, 9 - monthIndex, 1));
    const end = new Date(Date.UTC(2026, 10 - monthIndex, 0));
    let total = 0;
    for (let k = 0; k < 10; k++) {
      consignmentId++;
      const shipped = addDays(start, (k * 3) % 28);
      const weight = 100_000 + ((consignmentId * 37) % 900_000);
      const freight = freightFen(weight, 30000);
      const fees = [500, 1000, (consignmentId % 3) * 100];
      const amount = freight + fees[0] + fees[1] + fees[2];
      total += amount;
      consignments.push([
        consignmentId,
        c,
        `BW${String(consignmentId).padStart(9, '0')}`,
        day(shipped),
        'Shanghai',
        'Chengdu',
        weight,
        1 + (k % 5),
        30000,
        freight,
        fees[0],
        fees[1],
        fees[2],
        collector.id,
      ]);
      lines.push([s, 'CONSIGNMENT', `Waybill BW${String(consignmentId).padStart(9, '0')}`, amount, consignmentId]);
    }
    const confirmed = addDays(end, 5);
    const due = addDays(confirmed, 30);
    statements.push([
      s,
      c,
      day(start),
      day(end),
      'CONFIRMED',
      total,
      collector.id,
      'Finance clerk',
      day(confirmed),
      day(due),
    ]);
    receivables.push({ id: s, customerId: c, amount: total, confirmedOn: day(confirmed), dueDate: day(due) });
  }
  await bulk(
    conn,
    'consignment',
    [
      'id',
      'customerId',
      'waybillNo',
      'shippedOn',
      'origin',
      'destination',
      'weightGrams',
      'pieces',
      'rate',
      'freight',
      'countingFee',
      'handlingFee',
      'otherFee',
      'recordedById',
    ],
    consignments,
  );
  await bulk(
    conn,
    'statement',
    [
      'id',
      'customerId',
      'periodStart',
      'periodEnd',
      'status',
      'total',
      'issuedById',
      'confirmedBy',
      'confirmedOn',
      'dueDate',
    ],
    statements,
  );
  await bulk(conn, 'statement_line', ['statementId', 'kind', 'description', 'amount', 'consignmentId'], lines);
  await bulk(
    conn,
    'receivable',
    ['id', 'statementId', 'customerId', 'amount', 'confirmedOn', 'dueDate'],
    receivables.map((r) => [r.id, r.id, r.customerId, r.amount, r.confirmedOn, r.dueDate]),
  );

  // Payments: most customers paid their older receivables (oldest first), some only in part.
  const byCustomer = new Map<number, typeof receivables>();
  for (const r of receivables) byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r]);
  const payments: unknown[][] = [];
  const allocations: unknown[][] = [];
  let paymentId = 0;
  for (const [c, list] of byCustomer) {
    list.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
    const payable = list.slice(0, list.length - 1);
    for (const [i, r] of payable.entries()) {
      paymentId++;
      const amount = i === payable.length - 1 && c % 3 === 0 ? Math.floor(r.amount / 2) : r.amount;
      const on = day(addDays(new Date(`${r.dueDate}T00:00:00Z`), -3));
      payments.push([paymentId, c, amount, on, `Bank ref ${paymentId}`, `bench-${paymentId}`, collector.id]);
      allocations.push([paymentId, r.id, amount, on]);
    }
  }
  await bulk(
    conn,
    'payment',
    ['id', 'customerId', 'amount', 'receivedOn', 'reference', 'idempotencyKey', 'recordedById'],
    payments,
  );
  await bulk(conn, 'payment_allocation', ['paymentId', 'receivableId', 'amount', 'allocatedOn'], allocations);
  // Pending rate-change requests, three per customer (the approval scenario files more while it runs:
  // filePendingRequests).
  const requests: unknown[][] = [];
  for (let n = 1; n <= 3 * nCustomers; n++) {
    const c = ((n - 1) % nCustomers) + 1;
    requests.push(pendingRequestRow(n, c, ownerOf[c]));
  }
  await bulk(conn, 'approval_request', REQUEST_COLUMNS, requests);
  // Rows were bulk-written around the services: the reports' kept balances come from the ledger once.
  await rebuildKeptBalances(conn);
  await conn.query(
    'ANALYZE TABLE customer_month_balance, customer, visit, receivable, payment, payment_allocation, staff, staff_role',
  );
  await conn.end();
  return { salespeople, manager, collector, customers: nCustomers };
}
