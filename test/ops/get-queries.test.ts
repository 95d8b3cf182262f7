import { Caller, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';

/**
 * What docs/api.md and the README promise about queries over GET: they run when the request shows
 * it is not a cross-site simple request (a preflight header or a JSON content type), and a plain
 * GET, which any web page can make a browser send, is refused before it runs.
 */
let app: TestApp;
let url: string;
let manager: Caller;

beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  manager = await app.staff(Role.MANAGER);
});
afterAll(() => app.stop());

const query = encodeURIComponent('{ me { name } }');

describe('queries over GET', () => {
  it('are refused as a possible CSRF without a preflight header or a JSON content type', async () => {
    const res = await fetch(`${url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${manager.token}`, accept: 'application/json' },
    });
    expect(res.status).toBe(400);
    const body = JSON.parse(await res.text()) as {
      data?: unknown;
      errors: Array<{ message: string; extensions: { code: string } }>;
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it.each([
    ['apollo-require-preflight', { 'apollo-require-preflight': 'true' }],
    ['x-apollo-operation-name', { 'x-apollo-operation-name': 'Me' }],
    ['a JSON content type', { 'content-type': 'application/json' }],
  ])('run with %s', async (_what, headers) => {
    const res = await fetch(`${url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${manager.token}`, accept: 'application/json', ...headers },
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(await res.text())).toEqual({ data: { me: { name: manager.staff.name } } });
  });
});
