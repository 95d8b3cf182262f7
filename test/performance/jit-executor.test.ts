import { execute, parse } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { TestApp, Caller } from '../support/app';
import { makeCustomer } from '../support/factories';
import { Role } from '../../src/domain/roles';
import { buildAppSchema } from '../../src/schema';
import { createJitExecutor } from '../../src/graphql/jit-executor';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Queries run compiled by graphql-jit (src/graphql/jit-executor.ts). They must answer exactly as
 * graphql-js does over the same schema: data, permission errors with their paths and codes, and
 * bad variables. (Mutations stay on graphql-js: test/hardening/login-throttling.test.ts checks a
 * failed aliased login stops the rest.)
 */
let app: TestApp;
let owner: Caller;
let other: Caller;
let manager: Caller;

beforeAll(async () => {
  app = await TestApp.start();
  owner = await app.staff(Role.SALESPERSON);
  other = await app.staff(Role.SALESPERSON);
  manager = await app.staff(Role.MANAGER);
  for (let i = 0; i < 3; i++) await makeCustomer(app, owner);
});
afterAll(() => app.stop());

const Dashboard = `query($n: Int) { customers(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name status owner { id name roles } balance address
  recentVisits { id plannedAt purpose status }
  openReceivables { id amount dueDate outstanding overdue } } } } }`;

/** The answer of graphql-js's own execute on the same executable schema, formatted as Apollo formats it. */
async function byGraphqlJs(query: string, variables: Record<string, unknown>, caller: Caller) {
  const schema = await buildAppSchema();
  const contextValue = await app.server.context({
    authorization: `Bearer ${caller.token}`,
    clientAddress: '127.0.0.1',
  });
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue });
  return {
    data: result.data,
    errors: result.errors?.map((e) => ({
      message: e.message,
      path: e.path,
      code: e.extensions?.code ?? (e.originalError as any)?.extensions?.code,
    })),
  };
}

describe('the jit executor', () => {
  it.each([
    ['the owner', () => owner],
    ['another salesperson (money and contacts FORBIDDEN per row)', () => other],
    ['a manager', () => manager],
  ])('answers the dashboard as graphql-js does, for %s', async (_who, caller) => {
    const jit = await app.exec(Dashboard, { n: 10 }, caller());
    const js = await byGraphqlJs(Dashboard, { n: 10 }, caller());
    expect(jit.data).toEqual(JSON.parse(JSON.stringify(js.data)));
    expect((jit.errors ?? []).map((e: any) => ({ message: e.message, path: e.path, code: e.extensions.code }))).toEqual(
      js.errors ?? [],
    );
    if (caller() === other) expect(jit.errors!.map((e: any) => e.extensions.code)).toContain('FORBIDDEN');
  });

  it("answers bad variables with graphql-js's words and BAD_USER_INPUT, running nothing", async () => {
    const res = await app.exec(Dashboard, { n: 'ten' } as any, manager);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].message).toBe(
      'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"',
    );
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  // A database lost under a running query (a Galera node killed): the driver's error has no
  // GraphQL extensions, which jit's own error class left undefined and Apollo's formatting then
  // failed on, answering a bare INTERNAL_SERVER_ERROR without a path.
  describe('a fault in a compiled query is answered as graphql-js answers it', () => {
    const lostConnection = () =>
      new QueryFailedError('SELECT ...', [], Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));

    /** Runs the dashboard with the manager's context, one of its resolvers' sources failing. */
    async function failing(breakIt: (context: any) => void) {
      const contextValue = await app.server.context({
        authorization: `Bearer ${manager.token}`,
        clientAddress: '127.0.0.1',
      });
      breakIt(contextValue);
      const response = await app.server.apollo.executeOperation(
        { query: Dashboard, variables: { n: 10 } },
        { contextValue },
      );
      return (response.body as any).singleResult;
    }

    it('a lost connection at the root field: SERVICE_UNAVAILABLE at its path, nothing else said', async () => {
      const spy = jest.spyOn(app.server.services.customers, 'list').mockRejectedValueOnce(lostConnection());
      const result = await failing(() => undefined);
      spy.mockRestore();
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        {
          message: 'The service is temporarily unavailable; try again shortly.',
          locations: [{ line: 1, column: 18 }],
          path: ['customers'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
    });

    it('a lost connection under a nested field: SERVICE_UNAVAILABLE at each row it failed', async () => {
      const result = await failing((context) => {
        context.loaders.openReceivablesByCustomer = { load: () => Promise.reject(lostConnection()) };
      });
      expect(result.data.customers.edges).toHaveLength(3);
      expect(result.errors.map((e: any) => [e.path.join('.'), e.extensions.code])).toEqual(
        [0, 1, 2].map((i) => [`customers.edges.${i}.node.openReceivables`, 'SERVICE_UNAVAILABLE']),
      );
    });

    it('any other fault: masked as INTERNAL_SERVER_ERROR, still at its path', async () => {
      const spy = jest
        .spyOn(app.server.services.customers, 'list')
        .mockRejectedValueOnce(new TypeError("Cannot read properties of undefined (reading 'id')"));
      const result = await failing(() => undefined);
      spy.mockRestore();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: 'Internal server error',
          path: ['customers'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ]);
    });
  });

  it('keeps at most the given number of compiled operations, least recently used dropped', async () => {
    const schema = await buildAppSchema();
    const jit = createJitExecutor(schema, 2);
    const context = await app.server.context({ authorization: `Bearer ${manager.token}`, clientAddress: '127.0.0.1' });
    const documents = ['{ me { id } }', '{ customers(first: 1) { edges { node { id } } } }', '{ me { name } }'].map(
      (q) => parse(q),
    );
    for (const document of documents) {
      const result = await jit.execute({
        document,
        operationName: null,
        operationType: 'query',
        variables: {},
        context,
      });
      expect(result.errors).toBeUndefined();
    }
    expect(jit.compiledCount()).toBe(2);
    // The same document again is answered from its compiled form (the count stays bounded).
    await jit.execute({ document: documents[2], operationName: null, operationType: 'query', variables: {}, context });
    expect(jit.compiledCount()).toBe(2);
  });
});
