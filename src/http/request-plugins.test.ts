import { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { requestPlugins } from './request-plugins';

/** A per-request plugin that records what it sees under `name`, and may refuse an operation. */
function recorder(name: string, seen: string[], refuse?: string): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart({ request }) {
      seen.push(`${name}:start:${request.operationName ?? ''}`);
      return {
        async didResolveOperation({ operationName }) {
          seen.push(`${name}:resolved:${operationName}`);
          if (refuse && operationName === refuse)
            throw new GraphQLError(`${name} refuses ${operationName}`, { extensions: { code: `${name}_REFUSED` } });
        },
        async didEncounterErrors({ errors }) {
          seen.push(`${name}:errors:${errors.map((e) => e.extensions?.code).join(',')}`);
        },
        async willSendResponse({ response }) {
          seen.push(`${name}:send:${response.http.status ?? 200}`);
        },
      };
    },
  };
}

/** What Apollo logged (its errors), instead of the console. */
const logged: string[] = [];
const logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: (m: unknown) => void logged.push(String(m)),
  error: (m: unknown) => void logged.push(String(m)),
};

async function serve(plugins: ApolloServerPlugin<BaseContext>[]) {
  const server = new ApolloServer({
    typeDefs: 'type Query { a: Int }',
    resolvers: { Query: { a: () => 1 } },
    plugins,
    logger,
  });
  await server.start();
  return server;
}

describe('requestPlugins', () => {
  it("runs each plugin's request start and hooks, in the plugins' order, on every request", async () => {
    const seen: string[] = [];
    const server = await serve([requestPlugins([recorder('one', seen), recorder('two', seen)])]);
    for (const name of ['First', 'Second']) {
      const res = await server.executeOperation({ query: `query ${name} { a }`, operationName: name });
      expect(res.body).toEqual({ kind: 'single', singleResult: { data: { a: 1 } } });
    }
    expect(seen).toEqual([
      'one:start:First',
      'two:start:First',
      'one:resolved:First',
      'two:resolved:First',
      'one:send:200',
      'two:send:200',
      'one:start:Second',
      'two:start:Second',
      'one:resolved:Second',
      'two:resolved:Second',
      'one:send:200',
      'two:send:200',
    ]);
    await server.stop();
  });

  it('ends a stage with the first error thrown, after every plugin ran its hook, and still reports and sends', async () => {
    const seen: string[] = [];
    const server = await serve([
      requestPlugins([recorder('one', seen, 'Refused'), recorder('two', seen, 'Refused'), recorder('three', seen)]),
    ]);
    const res = await server.executeOperation({ query: 'query Refused { a }', operationName: 'Refused' });
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.map((e) => e.extensions?.code)).toEqual([
      'one_REFUSED',
    ]);
    // Every plugin's check ran (as Apollo runs them all); every plugin saw the errors and the response.
    expect(seen.filter((s) => s.includes(':resolved:'))).toEqual([
      'one:resolved:Refused',
      'two:resolved:Refused',
      'three:resolved:Refused',
    ]);
    expect(seen.filter((s) => s.includes(':errors:'))).toEqual([
      'one:errors:one_REFUSED',
      'two:errors:one_REFUSED',
      'three:errors:one_REFUSED',
    ]);
    expect(seen.filter((s) => s.includes(':send:'))).toEqual(['one:send:500', 'two:send:500', 'three:send:500']);
    await server.stop();
  });

  it('gives the same answer as the same plugins given to Apollo one by one', async () => {
    const answers = [];
    for (const wrap of [
      (p: ApolloServerPlugin<BaseContext>[]) => [requestPlugins(p)],
      (p: ApolloServerPlugin<BaseContext>[]) => p,
    ]) {
      const seen: string[] = [];
      const server = await serve(wrap([recorder('one', seen), recorder('two', seen, 'Refused')]));
      for (const name of ['Fine', 'Refused'])
        answers.push(
          JSON.stringify((await server.executeOperation({ query: `query ${name} { a }`, operationName: name })).body),
        );
      await server.stop();
    }
    expect(answers.slice(0, 2)).toEqual(answers.slice(2));
  });

  it("runs every plugin's response hook even when an earlier one throws (a failing log still lets metrics count)", async () => {
    const seen: string[] = [];
    const failingLog: ApolloServerPlugin<BaseContext> = {
      async requestDidStart() {
        return {
          async willSendResponse() {
            seen.push('log:send');
            throw new Error('log failed');
          },
        };
      },
    };
    const server = await serve([requestPlugins([failingLog, recorder('metrics', seen)])]);
    await server.executeOperation({ query: 'query Q { a }', operationName: 'Q' }).catch(() => undefined);
    expect(seen).toEqual(['metrics:start:Q', 'metrics:resolved:Q', 'log:send', 'metrics:send:200']);
    await server.stop();
  });

  it('refuses a plugin with hooks it does not run, rather than skip them', async () => {
    expect(() => requestPlugins([{ async serverWillStart() {} }])).toThrow(
      /per-request plugins only; .*serverWillStart/,
    );
    const server = await serve([
      requestPlugins([
        {
          async requestDidStart() {
            return { async executionDidStart() {} };
          },
        },
      ]),
    ]);
    await expect(server.executeOperation({ query: '{ a }' })).rejects.toThrow(/Internal server error/);
    expect(logged.join('\n')).toMatch(/does not run the request hook executionDidStart/);
    await server.stop();
  });

  it('lets a plugin start nothing for a request', async () => {
    const seen: string[] = [];
    const server = await serve([requestPlugins([{ async requestDidStart() {} }, recorder('two', seen)])]);
    await server.executeOperation({ query: 'query Q { a }', operationName: 'Q' });
    expect(seen).toEqual(['two:start:Q', 'two:resolved:Q', 'two:send:200']);
    await server.stop();
  });
});
