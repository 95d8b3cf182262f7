import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { Caller, postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { ConfigError, loadConfig } from '../../src/config';

/**
 * Production keeps introspection closed to the public, yet analysts in GraphiQL get docs and
 * autocompletion: signed-in staff of GRAPHQL_INTROSPECTION_ROLES may read the schema, also on a
 * server that runs only its trusted documents.
 */
const PROD_ENV = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATABASE_URL: 'mysql://u@h/db' };
const MANIFEST = path.join(__dirname, '../../client/generated/persisted-documents.json');
const SCHEMA = '{ __schema { queryType { name } } }';

let app: TestApp;
let url: string;
let manager: Caller;
let assistant: Caller;
let salesperson: Caller;

beforeAll(async () => {
  const prod = loadConfig(PROD_ENV);
  app = await TestApp.start({
    nodeEnv: prod.nodeEnv,
    introspection: prod.introspection,
    introspectionRoles: prod.introspectionRoles,
    trustedDocuments: MANIFEST,
  });
  url = await app.listen();
  manager = await app.staff(Role.MANAGER);
  assistant = await app.staff(Role.ASSISTANT_MANAGER);
  salesperson = await app.staff(Role.SALESPERSON);
});
afterAll(() => app.stop());

const post = (query: string, caller?: Caller) =>
  postGraphql(url, { query }, caller ? { authorization: `Bearer ${caller.token}` } : {});

describe('introspection for chosen roles, in production with trusted documents', () => {
  it('defaults to the director, the manager and the assistant manager', () => {
    expect(loadConfig(PROD_ENV).introspectionRoles).toEqual([Role.DIRECTOR, Role.MANAGER, Role.ASSISTANT_MANAGER]);
    expect(loadConfig({ ...PROD_ENV, GRAPHQL_INTROSPECTION_ROLES: 'COLLECTOR, MANAGER' }).introspectionRoles).toEqual([
      Role.COLLECTOR,
      Role.MANAGER,
    ]);
    expect(loadConfig({ ...PROD_ENV, GRAPHQL_INTROSPECTION_ROLES: 'none' }).introspectionRoles).toEqual([]);
    expect(() => loadConfig({ ...PROD_ENV, GRAPHQL_INTROSPECTION_ROLES: 'MANAGER,ROOT' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PROD_ENV, GRAPHQL_INTROSPECTION_ROLES: 'manager' })).toThrow(/unknown: manager/);
  });

  it("answers GraphiQL's full introspection query for a signed-in manager or assistant manager", async () => {
    for (const caller of [manager, assistant]) {
      const res = await post(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }), caller);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      const types = (res.body.data as { __schema: { types: Array<{ name: string }> } }).__schema.types.map(
        (t) => t.name,
      );
      expect(types).toContain('Customer');
    }
    const one = await post('{ __type(name: "Customer") { name } }', manager);
    expect(one.body).toEqual({ data: { __type: { name: 'Customer' } } });
  });

  it('refuses an anonymous caller (401) and a role not chosen (403)', async () => {
    const anonymous = await post(SCHEMA);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data).toBeUndefined();
    const sales = await post(SCHEMA, salesperson);
    expect(sales.status).toBe(403);
    expect(sales.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(sales.body.data).toBeUndefined();
    // Not by another path: an alias, or a fragment on the root.
    for (const query of [
      '{ s: __schema { types { name } } }',
      '{ ...Q } fragment Q on Query { __type(name: "Staff") { fields { name } } }',
    ]) {
      const res = await post(query, salesperson);
      expect(res.body.data).toBeUndefined();
      expect(['FORBIDDEN', 'OPERATION_NOT_TRUSTED']).toContain(res.body.errors?.[0].extensions?.code);
    }
  });

  it('lets no data through beside the schema: a document that also reads data must be in the manifest', async () => {
    for (const query of [
      `{ __schema { queryType { name } } me { id name } }`,
      `{ __typename ...Q } fragment Q on Query { me { id } }`,
      `query A { __typename } query B { me { id } }`,
    ]) {
      const res = await postGraphql(
        url,
        { query, operationName: query.includes('query B') ? 'B' : undefined },
        { authorization: `Bearer ${manager.token}` },
      );
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('OPERATION_NOT_TRUSTED');
      expect(res.body.data).toBeUndefined();
    }
    // Data reached from inside __schema through a fragment: validation refuses it.
    const smuggled = await post('{ __schema { ...F } } fragment F on Query { me { id name } }', manager);
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(smuggled.body.data).toBeUndefined();
  });

  it('without trusted documents, the same roles decide, also through an alias or a fragment', async () => {
    const prod = loadConfig({ ...PROD_ENV, GRAPHQL_INTROSPECTION_ROLES: 'DIRECTOR' });
    const open = await TestApp.start({
      nodeEnv: prod.nodeEnv,
      introspection: prod.introspection,
      introspectionRoles: prod.introspectionRoles,
    });
    try {
      const director = await open.staff(Role.DIRECTOR);
      const other = await open.staff(Role.MANAGER);
      for (const query of [
        SCHEMA,
        '{ s: __schema { types { name } } }',
        '{ ...Q } fragment Q on Query { __type(name: "Staff") { fields { name } } }',
      ]) {
        expect((await open.exec(query, undefined, director)).errors).toBeUndefined();
        expect((await open.exec(query, undefined, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect((await open.exec(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
      expect((await open.exec('{ __typename }')).errors).toBeUndefined();
    } finally {
      await open.stop();
    }
  });
});
