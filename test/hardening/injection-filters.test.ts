import {
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { TestApp, Caller, errorCodes } from '../support/app';
import { Role } from '../../src/domain/roles';
import { buildBareSchema } from '../../src/schema';
import { seedDemoCompany } from '../../src/seed/demo-seed';
import { Staff } from '../../src/features/staff/staff.entity';
import { makeCustomer } from '../support/factories';
import { expectTreatedAsData, INJECTION_PAYLOADS } from '../support/injection';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Issue 9: injection strings in every search, filter and sort argument are data. The walk below
 * finds every String or ID argument of every Query field (also inside filter inputs) in the
 * schema and sends each injection string there, over a seeded demo company: the answer is a
 * normal one or a clean BAD_USER_INPUT / NOT_FOUND, never INTERNAL_SERVER_ERROR, never more rows
 * than a harmless string gives, and every table is unchanged afterwards.
 */
let app: TestApp;
let director: Caller;
let salesperson: Caller;
let tableCounts: Record<string, number>;

async function countTables(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const meta of app.db.entityMetadatas) {
    const [row] = await app.db.query(`SELECT COUNT(*) AS n FROM ${app.db.driver.escape(meta.tableName)}`);
    counts[meta.tableName] = Number(row.n);
  }
  return counts;
}

beforeAll(async () => {
  app = await TestApp.start();
  await seedDemoCompany(app.db, app.config);
  director = await app.staff(Role.DIRECTOR);
  salesperson = await app.staff(Role.SALESPERSON);
  tableCounts = await countTables();
});
afterAll(() => app.stop());

/** A path to one String/ID argument: the argument, and inside an input object the field path. */
interface Target {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  path: string[];
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  return isNonNullType(type) ? (type.ofType as GraphQLInputType) : type;
}

function isTextScalar(type: GraphQLNamedType): boolean {
  return type instanceof GraphQLScalarType && (type.name === 'String' || type.name === 'ID');
}

function textPaths(type: GraphQLInputType, prefix: string[] = []): string[][] {
  const t = unwrap(type);
  if (isListType(t)) return [];
  if (isTextScalar(t as GraphQLNamedType)) return [prefix];
  if (isInputObjectType(t)) return Object.values(t.getFields()).flatMap((f) => textPaths(f.type, [...prefix, f.name]));
  return [];
}

/** A valid value for a required argument or input field that is not under test. */
function filler(type: GraphQLInputType, name: string): unknown {
  const t = unwrap(type);
  if (isListType(t)) return [];
  const named = getNamedType(t);
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(named.getFields())) if (isNonNullType(f.type)) out[f.name] = filler(f.type, f.name);
    return out;
  }
  if (named instanceof GraphQLEnumType) return named.getValues()[0].value;
  switch (named.name) {
    case 'String':
      return name === 'month' ? '2026-10' : 'x';
    case 'ID':
      return '1';
    case 'Int':
      return 10;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2026-10-01';
    case 'Money':
      return '1.00';
    default:
      return 'x';
  }
}

/** What to select to count the rows an answer carries. */
function selection(type: GraphQLOutputType): { select: string; rows: (value: any) => number } {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  if (isListType(inner)) return { select: '{ __typename }', rows: (v) => (v ? v.length : 0) };
  if (named instanceof GraphQLObjectType) {
    const fields = named.getFields();
    if (fields.totalCount) return { select: '{ totalCount }', rows: (v) => (v ? v.totalCount : 0) };
    if (fields.registered) return { select: '{ registered }', rows: (v) => (v?.registered ? 1 : 0) };
    return { select: '{ __typename }', rows: (v) => (v ? 1 : 0) };
  }
  return { select: '', rows: (v) => (v === null || v === undefined ? 0 : 1) };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[path[path.length - 1]] = value;
}

async function targets(): Promise<Target[]> {
  const schema = await buildBareSchema();
  const query = schema.getQueryType()!;
  return Object.values(query.getFields()).flatMap((field) =>
    field.args.flatMap((arg) => textPaths(arg.type).map((path) => ({ field, arg, path }))),
  );
}

async function call(t: Target, value: string, caller: Caller) {
  const args: Record<string, unknown> = {};
  for (const a of t.field.args) if (isNonNullType(a.type) && a !== t.arg) args[a.name] = filler(a.type, a.name);
  if (t.path.length === 0) args[t.arg.name] = value;
  else {
    const base = (args[t.arg.name] ?? filler(t.arg.type, t.arg.name) ?? {}) as Record<string, unknown>;
    setPath(base, t.path, value);
    args[t.arg.name] = base;
  }
  const decl = t.field.args.filter((a) => a.name in args).map((a) => `$${a.name}: ${String(a.type)}`);
  const use = t.field.args.filter((a) => a.name in args).map((a) => `${a.name}: $${a.name}`);
  const { select, rows } = selection(t.field.type);
  const query = `query${decl.length ? `(${decl.join(', ')})` : ''} { r: ${t.field.name}${use.length ? `(${use.join(', ')})` : ''} ${select} }`;
  const result = await app.exec<any, Record<string, unknown>>(query, args, caller);
  const codes = errorCodes(result);
  return { codes, rows: codes.length ? 0 : rows(result.data?.r) };
}

describe('every String and ID argument of every query, walked from the schema', () => {
  it('finds the search, filter and id arguments of the list queries', async () => {
    const found = new Set((await targets()).map((t) => `${t.field.name}(${[t.arg.name, ...t.path].join('.')})`));
    for (const expected of [
      'customers(filter.search)',
      'customers(filter.ownerId)',
      'checkProspect(name)',
      'checkProspect(creditCode)',
      'checkProspect(phone)',
      'visits(filter.customerId)',
      'visits(filter.salespersonId)',
      'approvalRequests(customerId)',
      'approvalRequests(requesterId)',
      'receivables(filter.customerId)',
      'receivables(filter.ownerId)',
      'statements(customerId)',
      'consignments(customerId)',
      'warehouseOrders(customerId)',
      'orderSheets(consignee)',
      'orderSheets(customerId)',
      'auditEvents(entityType)',
      'auditEvents(entityId)',
      'violations(month)',
      'violations(staffId)',
      'attendanceRecords(month)',
      'attendanceRecords(staffId)',
      'workloadReport(month)',
      'monthlyRevenueReport(month)',
      'payrollSummary(month)',
      'monthlyReceivablesReport(month)',
      'customers(after)',
    ]) {
      expect(found).toContain(expected);
    }
  });

  for (const [who, caller] of [
    ['DIRECTOR', () => director],
    ['SALESPERSON', () => salesperson],
  ] as const) {
    it(`answers each injection string normally or with a clean BAD_USER_INPUT, never with more rows than a harmless string (${who})`, async () => {
      const problems: string[] = [];
      for (const t of await targets()) {
        const name = `${t.field.name}(${[t.arg.name, ...t.path].join('.')})`;
        const harmless = await call(t, 'harmless text', caller());
        for (const payload of INJECTION_PAYLOADS) {
          const got = await call(t, payload, caller());
          const unexpected = got.codes.filter((c) => !['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN'].includes(String(c)));
          if (unexpected.length) problems.push(`${name} with ${JSON.stringify(payload)}: ${unexpected.join(', ')}`);
          if (got.rows > harmless.rows)
            problems.push(
              `${name} with ${JSON.stringify(payload)}: ${got.rows} rows, a harmless string ${harmless.rows}`,
            );
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('searches find exactly the stored string', () => {
  const CUSTOMERS = `query($f: CustomerFilter) { customers(first: 100, filter: $f) { totalCount edges { node { name } } } }`;
  const search = async (text: string) => {
    const data = await app.ok<any, Record<string, unknown>>(CUSTOMERS, { f: { search: text } }, director);
    expect(data.customers.totalCount).toBe(data.customers.edges.length);
    return data.customers.edges.map((e: any) => e.node.name as string);
  };

  // SQLite's LIKE reads a pattern only up to a NUL: control characters are refused instead.
  const PRINTABLE = INJECTION_PAYLOADS.filter((p) => !p.includes('\u0000'));

  it('refuses control characters in a name search (BAD_USER_INPUT)', async () => {
    const result = await app.exec<any, Record<string, unknown>>(CUSTOMERS, { f: { search: `a\u0000'` } }, director);
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('search');
  });

  it('treats customers(filter.search) as data', async () => {
    await expectTreatedAsData({
      payloads: PRINTABLE,
      maxLength: 100,
      store: async (v) => {
        await makeCustomer(app, salesperson, { name: v });
      },
      search,
    });
  });

  it('matches LIKE wildcards in a customer name search literally', async () => {
    const tag = `wild${Date.now() % 100000}`;
    await makeCustomer(app, salesperson, { name: `${tag} 100% Freight` });
    await makeCustomer(app, salesperson, { name: `${tag} A_B Logistics` });
    await makeCustomer(app, salesperson, { name: `${tag} 1000 Freight` });
    await makeCustomer(app, salesperson, { name: `${tag} AxB Logistics` });
    expect(await search(`${tag} 100%`)).toEqual([`${tag} 100% Freight`]);
    expect(await search(`${tag} A_B`)).toEqual([`${tag} A_B Logistics`]);
    const percent = await search('%');
    expect(percent).toContain(`${tag} 100% Freight`);
    expect(percent.every((n: string) => n.includes('%'))).toBe(true);
    const underscore = await search('_');
    expect(underscore).toContain(`${tag} A_B Logistics`);
    expect(underscore.every((n: string) => n.includes('_'))).toBe(true);
    expect(await search(`${tag} 100!%`)).toEqual([]); // the escape character is literal too
  });

  it('treats checkProspect(name) as data', async () => {
    const CHECK = `query($n: String) { checkProspect(name: $n) { registered customer { name } } }`;
    await expectTreatedAsData({
      maxLength: 100,
      store: async (v) => {
        await makeCustomer(app, salesperson, { name: v });
      },
      search: async (v) => {
        const data = await app.ok<any, Record<string, unknown>>(CHECK, { n: v }, director);
        return data.checkProspect.registered ? [data.checkProspect.customer.name] : [];
      },
    });
  });
});

describe('afterwards', () => {
  it('leaves every table as it was, but for the customers the searches stored', async () => {
    const now = await countTables();
    const changed = Object.keys(now).filter((t) => now[t] !== tableCounts[t]);
    // A stored customer holds its phone in customer_phone (first contact covers every phone).
    expect(
      changed.filter((t) => !['customer', 'customer_phone', 'contact_access_log', 'contact_access'].includes(t)),
    ).toEqual([]);
    const staff = await app.db.getRepository(Staff).find();
    expect(staff.length).toBe(tableCounts.staff);
    expect(staff.every((s) => s.passwordHash.startsWith('$argon2id$'))).toBe(true);
  });
});
