import http from 'node:http';
import { Caller, postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { Staff } from '../../src/features/staff/staff.entity';
import { StaffResolver } from '../../src/features/staff/staff.resolver';

/** Transport over real HTTP: batching, CSRF, body size, malformed bodies. Nothing is ever written. */
let app: TestApp;
let url: string;
let director: Caller;
let staffCount: () => Promise<number>;

beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  director = await app.staff(Role.DIRECTOR);
  staffCount = () => app.db.getRepository(Staff).count();
});
afterAll(() => app.stop());

const CREATE = (email: string) =>
  `mutation { createStaff(input: { name: "Csrf Victim", email: "${email}", password: "Passw0rd1", roles: [DIRECTOR], department: MARKET }) { id } }`;

async function nothingWritten(run: () => Promise<{ status: number; text: string }>, status: number) {
  const before = await staffCount();
  const res = await run();
  expect(res.status).toBe(status);
  expect(await staffCount()).toBe(before);
  return res;
}

describe('transport', () => {
  it('refuses batched requests', async () => {
    const list = jest.spyOn(StaffResolver.prototype, 'me');
    const res = await postGraphql(url, [{ query: '{ me { id } }' }, { query: '{ me { id } }' }], {
      authorization: `Bearer ${director.token}`,
    });
    expect(res.status).toBe(400);
    expect(list).not.toHaveBeenCalled();
    const batchedWrite = await nothingWritten(async () => {
      const r = await postGraphql(url, [{ query: CREATE('batch@test.example') }], {
        authorization: `Bearer ${director.token}`,
      });
      return { status: r.status, text: JSON.stringify(r.body) };
    }, 400);
    expect(batchedWrite.text).not.toMatch(/"id"/);
  });

  it('refuses a mutation over GET, with or without a preflight header', async () => {
    for (const headers of [{}, { 'apollo-require-preflight': 'true' }] as Array<Record<string, string>>) {
      const res = await nothingWritten(
        async () => {
          const r = await fetch(`${url}/graphql?query=${encodeURIComponent(CREATE('get@test.example'))}`, {
            headers: { authorization: `Bearer ${director.token}`, accept: 'application/json', ...headers },
          });
          return { status: r.status, text: await r.text() };
        },
        Object.keys(headers).length ? 405 : 400,
      );
      expect(res.text).not.toMatch(/"createStaff"/);
    }
  });

  it.each([
    ['text/plain', (q: string) => JSON.stringify({ query: q })],
    ['application/x-www-form-urlencoded', (q: string) => `query=${encodeURIComponent(q)}`],
    [
      'multipart/form-data; boundary=x',
      (q: string) => `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${q}\r\n--x--\r\n`,
    ],
  ])('refuses a cross-site simple request (%s) before executing it', async (contentType, body) => {
    await nothingWritten(async () => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': contentType, authorization: `Bearer ${director.token}` },
        body: body(CREATE(`csrf.${Date.now()}@test.example`)),
      });
      return { status: r.status, text: await r.text() };
    }, 400);
  });

  it('still serves an ordinary JSON POST and a GET query (the positive control)', async () => {
    const before = await staffCount();
    const created = await postGraphql(
      url,
      { query: CREATE(`json.${Date.now()}@test.example`) },
      { authorization: `Bearer ${director.token}` },
    );
    expect(created.body.errors).toBeUndefined();
    expect(await staffCount()).toBe(before + 1);
    const r = await fetch(`${url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { authorization: `Bearer ${director.token}`, 'apollo-require-preflight': 'true' },
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { data: { me: { id: string } } }).data.me.id).toBe(String(director.staff.id));
  });

  it('refuses a body over 100 kB with 413 before reading it', async () => {
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024) },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      // Send only the beginning and never the rest: the answer must not wait for it.
      req.write('{"query":"' + 'x'.repeat(1000));
      setTimeout(() => req.destroy(), 5000).unref();
    });
    expect(status.status).toBe(413);
    expect(JSON.parse(status.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a too-large body with a JSON 413, not an HTML page', async () => {
    const res = await postGraphql(
      url,
      JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(150 * 1024) } }),
    );
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers malformed JSON with a 400 and no stack', async () => {
    const res = await postGraphql(url, '{"query": "{ me { id } }"');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js|SyntaxError/);
  });
});
