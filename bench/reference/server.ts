import http from 'node:http';
import DataLoader from 'dataloader';
import { buildSchema, graphql, GraphQLSchema } from 'graphql';
import { createPool, Pool } from 'mysql2/promise';
import { formatMoney } from '../../src/graphql/money';
import { approveRequest, recordPayment } from './mutations';

/**
 * The hand-written reference for the benchmark: node:http + graphql-js with the SDL of exactly the
 * benchmarked operations (same field names as ours), plain resolvers, mysql2 with batched SQL.
 * No ORM, no permission layer, no authentication. Each report is ONE hand-written SQL query; the
 * mutations (./mutations.ts) act for the staff member the `x-staff-id` header names.
 */
const sdl = `
  type Staff { id: ID! name: String! }
  type Visit { id: ID! plannedAt: String! purpose: String! status: String! }
  type Receivable { id: ID! amount: String! dueDate: String! outstanding: String! }
  type Customer { id: ID! name: String! status: String! owner: Staff! balance: String! recentVisits: [Visit!]! openReceivables: [Receivable!]! }
  type CustomerEdge { node: Customer! }
  type CustomerConnection { edges: [CustomerEdge!]! }
  input CustomerFilter { ownerId: ID }
  type Figures { opening: String! added: String! received: String! closing: String! }
  type OwnerRow { owner: Staff! opening: String! added: String! received: String! closing: String! }
  type MonthlyReceivablesReport { month: String! byOwner: [OwnerRow!]! totals: Figures! }
  type Aging { notDue: String! d1to30: String! d31to60: String! d61to90: String! over90: String! total: String! }
  type AgingReport { asOf: String! totals: Aging! }
  scalar LocalDate
  type Query {
    customers(first: Int, filter: CustomerFilter): CustomerConnection!
    monthlyReceivablesReport(month: String!): MonthlyReceivablesReport!
    agingReport(asOf: LocalDate): AgingReport!
  }
  type Payment { id: ID! amount: String! }
  type ApprovalRequest { id: ID! status: String! }
  type Mutation {
    recordPayment(customerId: ID!, amount: String!, receivedOn: String!, reference: String!, idempotencyKey: String!): Payment!
    approveRequest(id: ID!, note: String): ApprovalRequest!
  }
`;

type Row = Record<string, unknown>;
const money = (v: unknown) => formatMoney(Number(v ?? 0));

function loaders(pool: Pool) {
  const q = async (sql: string, params: unknown[]) => (await pool.query(sql, params))[0] as Row[];
  const group = (rows: Row[], key: string, ids: readonly number[]) => {
    const m = new Map<number, Row[]>();
    for (const r of rows) m.set(Number(r[key]), [...(m.get(Number(r[key])) ?? []), r]);
    return ids.map((id) => m.get(id) ?? []);
  };
  return {
    staff: new DataLoader<number, Row>(async (ids) => {
      const rows = await q('SELECT id, name FROM staff WHERE id IN (?)', [ids]);
      const m = new Map(rows.map((r) => [Number(r.id), r]));
      return ids.map((id) => m.get(id)!);
    }),
    balance: new DataLoader<number, number>(async (ids) => {
      const rows = await q(
        'SELECT c.id, COALESCE((SELECT SUM(amount) FROM receivable WHERE customerId = c.id), 0) - COALESCE((SELECT SUM(amount) FROM payment WHERE customerId = c.id), 0) AS b FROM customer c WHERE c.id IN (?)',
        [ids],
      );
      const m = new Map(rows.map((r) => [Number(r.id), Number(r.b)]));
      return ids.map((id) => m.get(id) ?? 0);
    }),
    visits: new DataLoader<number, Row[]>(async (ids) =>
      group(
        await q(
          'SELECT id, customerId, plannedAt, purpose, status FROM (SELECT v.*, ROW_NUMBER() OVER (PARTITION BY customerId ORDER BY plannedAt DESC, id DESC) AS rn FROM visit v WHERE customerId IN (?)) t WHERE rn <= 3 ORDER BY plannedAt DESC, id DESC',
          [ids],
        ),
        'customerId',
        ids,
      ),
    ),
    open: new DataLoader<number, Row[]>(async (ids) =>
      group(
        await q(
          'SELECT * FROM (SELECT r.id, r.customerId, r.amount, r.dueDate, r.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a WHERE a.receivableId = r.id), 0) AS outstanding FROM receivable r WHERE r.customerId IN (?)) t WHERE outstanding > 0 ORDER BY dueDate, id',
          [ids],
        ),
        'customerId',
        ids,
      ),
    ),
  };
}

export function referenceSchema(): GraphQLSchema {
  return buildSchema(sdl);
}

function root(pool: Pool, l: ReturnType<typeof loaders>, actorId: number) {
  const customer = (c: Row) => ({
    id: String(c.id),
    name: c.name,
    status: c.status,
    owner: async () => {
      const s = await l.staff.load(Number(c.ownerId));
      return { id: String(s.id), name: s.name };
    },
    balance: async () => money(await l.balance.load(Number(c.id))),
    recentVisits: async () => (await l.visits.load(Number(c.id))).map((v) => ({ id: String(v.id), plannedAt: (v.plannedAt as Date).toISOString(), purpose: v.purpose, status: v.status })),
    openReceivables: async () => (await l.open.load(Number(c.id))).map((r) => ({ id: String(r.id), amount: money(r.amount), dueDate: r.dueDate, outstanding: money(r.outstanding) })),
  });
  return {
    recordPayment: (args: Parameters<typeof recordPayment>[2]) => recordPayment(pool, actorId, args),
    approveRequest: (args: { id: string; note?: string | null }) => approveRequest(pool, actorId, args),
    customers: async ({ first, filter }: { first?: number; filter?: { ownerId?: string } }) => {
      const [rows] = filter?.ownerId
        ? await pool.query('SELECT id, name, status, ownerId FROM customer WHERE ownerId = ? ORDER BY id DESC LIMIT ?', [Number(filter.ownerId), first ?? 20])
        : await pool.query('SELECT id, name, status, ownerId FROM customer ORDER BY id DESC LIMIT ?', [first ?? 20]);
      return { edges: (rows as Row[]).map((c) => ({ node: customer(c) })) };
    },
    monthlyReceivablesReport: async ({ month }: { month: string }) => {
      const first = `${month}-01`;
      const [y, m] = month.split('-').map(Number);
      const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
      // One query: per owner, opening / added / received over receivables and payments.
      const [rows] = await pool.query(
        `SELECT c.ownerId AS ownerId, SUM(t.ob) - SUM(t.pb) AS opening, SUM(t.ow) AS added, SUM(t.pw) AS received
           FROM (SELECT customerId, SUM(CASE WHEN confirmedOn < ? THEN amount ELSE 0 END) AS ob, SUM(CASE WHEN confirmedOn >= ? THEN amount ELSE 0 END) AS ow, 0 AS pb, 0 AS pw
                   FROM receivable WHERE confirmedOn <= ? GROUP BY customerId
                 UNION ALL
                 SELECT customerId, 0, 0, SUM(CASE WHEN receivedOn < ? THEN amount ELSE 0 END), SUM(CASE WHEN receivedOn >= ? THEN amount ELSE 0 END)
                   FROM payment WHERE receivedOn <= ? GROUP BY customerId) t
           JOIN customer c ON c.id = t.customerId
          GROUP BY c.ownerId ORDER BY c.ownerId`,
        [first, first, last, first, first, last],
      );
      const totals = { opening: 0, added: 0, received: 0, closing: 0 };
      const byOwner = (rows as Row[])
        .map((r) => {
          const f = { opening: Number(r.opening), added: Number(r.added), received: Number(r.received), closing: Number(r.opening) + Number(r.added) - Number(r.received) };
          for (const k of Object.keys(totals) as Array<keyof typeof totals>) totals[k] += f[k];
          return { ownerId: Number(r.ownerId), ...f };
        })
        .filter((f) => f.opening || f.added || f.received || f.closing);
      const fmt = (f: typeof totals) => ({ opening: money(f.opening), added: money(f.added), received: money(f.received), closing: money(f.closing) });
      return {
        month,
        byOwner: byOwner.map((f) => ({ ...fmt(f), owner: async () => ({ id: String(f.ownerId), name: (await l.staff.load(f.ownerId)).name }) })),
        totals: fmt(totals),
      };
    },
    agingReport: async ({ asOf }: { asOf: string }) => {
      // One query: outstanding per receivable as of the day, bucketed by days past due.
      const [rows] = await pool.query(
        `SELECT SUM(CASE WHEN late <= 0 THEN open ELSE 0 END) AS notDue, SUM(CASE WHEN late BETWEEN 1 AND 30 THEN open ELSE 0 END) AS d1to30,
                SUM(CASE WHEN late BETWEEN 31 AND 60 THEN open ELSE 0 END) AS d31to60, SUM(CASE WHEN late BETWEEN 61 AND 90 THEN open ELSE 0 END) AS d61to90,
                SUM(CASE WHEN late > 90 THEN open ELSE 0 END) AS over90, SUM(open) AS total
           FROM (SELECT DATEDIFF(?, r.dueDate) AS late, r.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a WHERE a.receivableId = r.id AND a.allocatedOn <= ?), 0) AS open
                   FROM receivable r WHERE r.confirmedOn <= ?) t WHERE open > 0`,
        [asOf, asOf, asOf],
      );
      const r = (rows as Row[])[0];
      return { asOf, totals: { notDue: money(r.notDue), d1to30: money(r.d1to30), d31to60: money(r.d31to60), d61to90: money(r.d61to90), over90: money(r.over90), total: money(r.total) } };
    },
  };
}

export function startReference(databaseUrl: string, port: number): Promise<http.Server> {
  const pool = createPool({ uri: databaseUrl, connectionLimit: 10, supportBigNumbers: true, bigNumberStrings: true, dateStrings: ['DATE'], timezone: 'Z' });
  const schema = referenceSchema();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await graphql({ schema, source: query, variableValues: variables, rootValue: root(pool, loaders(pool), Number(req.headers['x-staff-id'] ?? 0)) });
      const body = JSON.stringify(result);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    });
  });
  server.on('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  void startReference(process.env.DATABASE_URL!, Number(process.env.PORT ?? 4100)).then(() => process.send?.('ready'));
}
