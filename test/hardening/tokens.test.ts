import { generateKeyPair, SignJWT } from 'jose';
import { errorCodes, postGraphql, TestApp, Caller } from '../support/app';
import { Role } from '../../src/domain/roles';
import { StaffResolver } from '../../src/features/staff/staff.resolver';

/** Every kind of bad token is UNAUTHENTICATED (401 over HTTP), and no resolver runs. */
let app: TestApp;
let url: string;
let director: Caller;
beforeAll(async () => {
  app = await TestApp.start();
  url = await app.listen();
  director = await app.staff(Role.DIRECTOR);
});
afterAll(() => app.stop());

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    sub: String(director.staff.id),
    iss: app.config.jwt.issuer,
    aud: app.config.jwt.audience,
    iat: now,
    exp: now + 600,
    ...overrides,
  };
}

async function sign(
  payload: Record<string, unknown>,
  alg = 'HS256',
  key: unknown = new TextEncoder().encode(app.config.jwt.secret),
) {
  return new SignJWT(payload).setProtectedHeader({ alg, typ: 'JWT' }).sign(key as Uint8Array);
}

const cases: Array<[string, () => Promise<string>]> = [
  ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`],
  [
    'alg None with a signature',
    async () => {
      const [, , sig] = (await sign(claims())).split('.');
      return `${b64({ alg: 'None', typ: 'JWT' })}.${b64(claims())}.${sig}`;
    },
  ],
  ['HS512 with the right secret', () => sign(claims(), 'HS512')],
  ['HS384 with the right secret', () => sign(claims(), 'HS384')],
  [
    'RS256 with a key of its own',
    async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return sign(claims(), 'RS256', privateKey);
    },
  ],
  ['a bad signature', () => sign(claims(), 'HS256', new TextEncoder().encode('x'.repeat(40)))],
  [
    'no exp',
    async () => {
      const { exp: _e, ...rest } = claims();
      return sign(rest);
    },
  ],
  [
    'no sub',
    async () => {
      const { sub: _s, ...rest } = claims();
      return sign(rest);
    },
  ],
  ['expired', () => sign(claims({ exp: Math.floor(Date.now() / 1000) - 60 }))],
  ['a wrong issuer', () => sign(claims({ iss: 'evil' }))],
  ['a wrong audience', () => sign(claims({ aud: 'evil' }))],
  [
    'a tampered claim (sub changed after signing)',
    async () => {
      const [h, , s] = (await sign(claims({ sub: '999999' }))).split('.');
      return `${h}.${b64(claims())}.${s}`;
    },
  ],
  ['a non-numeric subject', () => sign(claims({ sub: 'admin' }))],
  ['garbage', async () => 'a.b.c'],
];

describe('bad tokens', () => {
  it.each(cases)('refuses %s as UNAUTHENTICATED before any resolver runs', async (_label, make) => {
    const token = await make();
    const get = jest.spyOn(StaffResolver.prototype, 'me');
    const create = jest.spyOn(app.server.services.staff, 'create');
    const viaExec = await app.exec('{ me { id } }', {}, token);
    expect(errorCodes(viaExec)).toEqual(['UNAUTHENTICATED']);
    const res = await postGraphql(
      url,
      {
        query:
          'mutation { createStaff(input: { name: "T", email: "t.token@test.example", password: "Passw0rd1", roles: [DIRECTOR], department: MARKET }) { id } }',
      },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(401);
    expect(res.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.data).toBeUndefined();
    expect(get).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    jest.restoreAllMocks();
  });

  it('accepts the genuine token (the positive control)', async () => {
    const token = await sign(claims());
    expect((await app.ok<{ me: { id: string } }, Record<string, never>>('{ me { id } }', {}, token)).me.id).toBe(
      String(director.staff.id),
    );
  });

  it('refuses a header that is not "Bearer <token>"', async () => {
    const res = await postGraphql(url, { query: '{ me { id } }' }, { authorization: `Basic ${director.token}` });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
