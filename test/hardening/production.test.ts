import { captureLogs, Caller, postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { loadConfig } from '../../src/config';

/**
 * Production mode: no introspection (unless asked for), no field suggestions, no stacks, masked errors logged with a
 * request id.
 */
const PROD_ENV = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), DATABASE_URL: 'mysql://u@h/db' };

let app: TestApp;
let url: string;
let director: Caller;
const logs = captureLogs();

beforeAll(async () => {
  const prod = loadConfig(PROD_ENV);
  app = await TestApp.start(
    { nodeEnv: prod.nodeEnv, introspection: prod.introspection, introspectionRoles: prod.introspectionRoles },
    { logger: logs.logger },
  );
  url = await app.listen();
  director = await app.staff(Role.DIRECTOR);
});
afterAll(() => app.stop());

const post = (query: string, variables?: Record<string, unknown>) =>
  postGraphql(url, { query, variables }, { authorization: `Bearer ${director.token}` });

describe('production mode', () => {
  it('refuses introspection to anonymous callers (staff of GRAPHQL_INTROSPECTION_ROLES: test/ops/introspection-roles.test.ts)', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Staff") { fields { name } } }']) {
      const res = await postGraphql(url, { query });
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.body.data).toBeUndefined();
    }
    const typename = await post('{ __typename }');
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('allows introspection in production only with GRAPHQL_INTROSPECTION=true', async () => {
    expect(loadConfig(PROD_ENV).introspection).toBe(false);
    const on = loadConfig({ ...PROD_ENV, GRAPHQL_INTROSPECTION: 'true' });
    expect(on.introspection).toBe(true);
    const open = await TestApp.start({ nodeEnv: on.nodeEnv, introspection: on.introspection });
    try {
      const result = await open.exec('{ __schema { queryType { name } } }');
      expect(result.errors).toBeUndefined();
    } finally {
      await open.stop();
    }
  });

  it('gives no field, argument or enum suggestions', async () => {
    const results = await Promise.all([
      post('{ mee { id } }'),
      post('{ me { nam } }'),
      post('{ staffMembers(rol: DIRECTOR) { id } }'),
      post('{ staffMembers(role: DIRECTR) { id } }'),
      post('query($r: Role) { staffMembers(role: $r) { id } }', { r: 'DIRECTR' }),
    ]);
    for (const res of results) {
      expect(res.status).toBe(400);
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(res.body)).not.toMatch(/Did you mean|DIRECTOR"|"name"|"me"\?/);
    }
  });

  it('masks an unexpected error, shows no stack, and logs it with the request id', async () => {
    // An unexpected failure inside a resolver (a JS error: better-sqlite3's native errors belong to
    // whichever jest sandbox loaded it first, which graphql-js in another file does not recognize).
    jest
      .spyOn(app.server.services.audit, 'list')
      .mockRejectedValueOnce(new Error('SELECT * FROM audit_event WHERE secret'));
    const res = await postGraphql(
      url,
      { query: '{ auditEvents { totalCount } }' },
      { authorization: `Bearer ${director.token}`, 'x-request-id': 'req-prod-test-1' },
    );
    expect(res.body.errors).toEqual([
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/audit_event|SELECT|stack|\.ts:\d+/i);
    expect(res.headers.get('x-request-id')).toBe('req-prod-test-1');
    const logged = logs.lines.filter((l) => l.requestId === 'req-prod-test-1');
    const error = logged.find((l) => l.msg === 'unexpected error');
    expect(error).toBeDefined();
    expect(error!.level).toBe(50);
    expect(JSON.stringify(error!.err)).toMatch(/audit_event/);
    expect(logged.find((l) => l.msg === 'graphql')).toMatchObject({
      errorCodes: ['INTERNAL_SERVER_ERROR'],
      actorId: director.staff.id,
    });
  });

  it('never includes a stack trace, even in our own errors', async () => {
    const res = await post('mutation { deactivateStaff(staffId: "999999") { id } }');
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });
});
