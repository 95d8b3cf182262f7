import * as transport from '../../src/http/transport';
import { Caller, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import type { RequestInfo } from '../../src/context';

/**
 * The plain GraphQL POST (JSON body of a stated length, POST /graphql exactly) is answered before
 * express (src/http/graphql-route.ts). Every answer must be the one express gives the same request:
 * /graphql/ (with a slash) still goes through express's chain, so each case is sent both ways.
 */
let app: TestApp;
let url: string;
let director: Caller;

beforeAll(async () => {
  app = await TestApp.start({ trustProxy: '1' });
  url = await app.listen();
  director = await app.staff(Role.DIRECTOR, { name: 'Fast Path Director' });
});
afterAll(() => app.stop());
afterEach(() => jest.restoreAllMocks());

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const all: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    // Per request, whichever path answers.
    if (name !== 'date' && name !== 'x-request-id') all[name] = value;
  });
  return { status: res.status, headers: all, body: await res.text() };
}

/** Sends one request on the fast path and through express; both must answer alike. */
async function bothWays(body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const fastPath = jest.spyOn(transport, 'assignRequestId');
  const fast = await post('/graphql', body, headers);
  expect(fastPath).toHaveBeenCalledTimes(1);
  fastPath.mockClear();
  const viaExpress = await post('/graphql/', body, headers);
  expect(fastPath).not.toHaveBeenCalled();
  expect(fast).toEqual(viaExpress);
  return fast;
}

const bearer = () => ({ authorization: `Bearer ${director.token}` });

describe('the plain GraphQL POST, answered before express', () => {
  it('answers a query with the same status, headers and body as express', async () => {
    const answer = await bothWays(JSON.stringify({ query: '{ me { name roles } }' }), bearer());
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { me: { name: 'Fast Path Director', roles: ['DIRECTOR'] } } });
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
  });

  it('answers refusals and bad input alike: an invalid document, a bad token, no operation, a body that is not JSON', async () => {
    const cases: Array<[string, Record<string, string>, number, string]> = [
      [JSON.stringify({ query: '{ me { nope } }' }), bearer(), 400, 'GRAPHQL_VALIDATION_FAILED'],
      [JSON.stringify({ query: '{ me { id } }' }), { authorization: 'Bearer not-a-token' }, 401, 'UNAUTHENTICATED'],
      [JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' }), {}, 200, 'UNAUTHENTICATED'],
      [JSON.stringify({ variables: {} }), bearer(), 400, 'BAD_REQUEST'],
      ['null', bearer(), 400, 'BAD_REQUEST'],
      ['{"query": "{ me { id } }"', bearer(), 400, 'BAD_REQUEST'],
    ];
    for (const [body, headers, status, code] of cases) {
      const answer = await bothWays(body, headers);
      expect({ body, status: answer.status }).toEqual({ body, status });
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe(code);
    }
  });

  it('echoes a well-formed X-Request-Id and takes the client address from X-Forwarded-For behind a trusted proxy, as express does', async () => {
    const seen: RequestInfo[] = [];
    const context = app.server.context.bind(app.server);
    jest.spyOn(app.server, 'context').mockImplementation((info) => {
      seen.push(info);
      return context(info);
    });
    for (const path of ['/graphql', '/graphql/']) {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'trace-17', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(res.headers.get('x-request-id')).toBe('trace-17');
    }
    expect(seen.map((info) => [info.requestId, info.clientAddress])).toEqual([
      ['trace-17', '203.0.113.9'],
      ['trace-17', '203.0.113.9'],
    ]);
  });

  it('reads every spelling of JSON in UTF-8 itself, answering as express does', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    for (const type of [
      'application/json; charset=utf-8',
      'application/json;charset="UTF-8"',
      'APPLICATION/JSON; charset=utf8',
      'application/json; version=1',
    ]) {
      const answer = await bothWays(query, { 'content-type': type });
      expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('leaves to express what it does not read itself: other types and charsets, chunked or compressed bodies', async () => {
    const fastPath = jest.spyOn(transport, 'assignRequestId');
    const query = JSON.stringify({ query: '{ __typename }' });
    const latin1 = await post('/graphql', query, { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    const gzip = await post('/graphql', query, { 'content-encoding': 'gzip' });
    expect(gzip.status).toBe(415);
    const text = await post('/graphql', query, { 'content-type': 'text/plain' });
    expect(JSON.parse(text.body).errors[0].message).toMatch(/cross-site request forgery/i);
    const chunked = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([query]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(await chunked.json()).toEqual({ data: { __typename: 'Query' } });
    expect(fastPath).not.toHaveBeenCalled();
  });

  it('answers a fault of its own with a masked 500, logged, like express', async () => {
    jest.spyOn(app.server.apollo, 'executeHTTPGraphQLRequest').mockRejectedValue(new Error('disk on fire'));
    const logged = jest.spyOn(app.server.logger, 'error');
    const answer = await bothWays(JSON.stringify({ query: '{ __typename }' }));
    expect(logged).toHaveBeenCalledTimes(2);
    expect(logged.mock.calls.map(([fields]) => (fields as { err: Error }).err.message)).toEqual([
      'disk on fire',
      'disk on fire',
    ]);
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body)).toEqual({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});
