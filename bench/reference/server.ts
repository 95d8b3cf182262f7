/* eslint-disable @typescript-eslint/no-explicit-any -- resolver arguments are whatever each field declares */
import http from 'node:http';
import {
  buildSchema,
  ExecutionResult,
  GraphQLFieldResolver,
  GraphQLObjectType,
  GraphQLSchema,
  parse,
  validate,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { createPool, Pool } from 'mysql2/promise';
import { dashboardPage } from './dashboard';
import { approveRequest, recordPayment } from './mutations';
import { agingReport, monthlyReport } from './reports';

/**
 * The hand-written reference the benchmark holds ours to: the fastest plain server doing the same
 * work with the same answers. node:http; graphql-jit with each distinct query text parsed,
 * validated and compiled once and then run as generated code with its own JSON serializer; mysql2
 * prepared statements, one batched statement per level of the dashboard (./dashboard.ts); each
 * report one tuned statement over the ledger (./reports.ts). No ORM, no permission layer, no
 * authentication: the mutations (./mutations.ts) act for the staff member `x-staff-id` names.
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

interface Ctx {
  pool: Pool;
  actorId: number;
}
type Resolver = GraphQLFieldResolver<unknown, Ctx, any>;

export function referenceSchema(): GraphQLSchema {
  const schema = buildSchema(sdl);
  const resolvers: Record<string, Record<string, Resolver>> = {
    Query: {
      customers: (_r, a, c) => dashboardPage(c.pool, a.first, a.filter?.ownerId),
      monthlyReceivablesReport: (_r, a, c) => monthlyReport(c.pool, a.month),
      agingReport: (_r, a, c) => agingReport(c.pool, a.asOf),
    },
    Mutation: {
      recordPayment: (_r, a, c) => recordPayment(c.pool, c.actorId, a),
      approveRequest: (_r, a, c) => approveRequest(c.pool, c.actorId, a),
    },
  };
  for (const [type, fields] of Object.entries(resolvers)) {
    const t = schema.getType(type) as GraphQLObjectType;
    for (const [name, resolve] of Object.entries(fields)) t.getFields()[name].resolve = resolve;
  }
  return schema;
}

/** Each distinct query text compiled once (clients send a handful of fixed documents). */
function compiler(schema: GraphQLSchema) {
  const cache = new Map<string, CompiledQuery | ExecutionResult>();
  return (query: string) => {
    let compiled = cache.get(query);
    if (!compiled) {
      const document = parse(query);
      const errors = validate(schema, document);
      const result = errors.length
        ? { errors }
        : compileQuery(schema, document, undefined, { customJSONSerializer: true });
      compiled = result;
      if (cache.size < 1000) cache.set(query, compiled);
    }
    return compiled;
  };
}

export function startReference(databaseUrl: string, port: number): Promise<http.Server> {
  const pool = createPool({
    uri: databaseUrl,
    connectionLimit: 10,
    supportBigNumbers: true,
    bigNumberStrings: true,
    dateStrings: ['DATE'],
    timezone: 'Z',
  });
  const compiled = compiler(referenceSchema());
  const send = (res: http.ServerResponse, body: string) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const q = compiled(query);
        if (!isCompiledQuery(q)) return send(res, JSON.stringify(q));
        const result = await q.query(
          undefined,
          { pool, actorId: Number(req.headers['x-staff-id'] ?? 0) },
          variables ?? {},
        );
        send(res, q.stringify(result));
      } catch (error) {
        send(res, JSON.stringify({ errors: [{ message: String((error as Error).message) }] }));
      }
    });
  });
  server.on('close', () => void pool.end());
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (require.main === module) {
  void startReference(process.env.DATABASE_URL!, Number(process.env.PORT ?? 4100)).then(() => process.send?.('ready'));
}
