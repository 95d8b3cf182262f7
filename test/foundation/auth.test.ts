import { SignJWT } from 'jose';
import { graphql } from '../generated';
import { errorCodes, TestApp } from '../support/app';
import { statementsOf } from '../support/statements';
import { Role } from '../../src/domain/roles';
import { MAX_FAILED_LOGINS } from '../../src/features/auth/login-throttle';

const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      staff {
        id
        email
        roles
      }
    }
  }
`);
const Me = graphql(`
  query Me {
    me {
      id
      name
      roles
      department
      active
    }
  }
`);
const StaffMembers = graphql(`
  query StaffMembers($role: Role) {
    staffMembers(role: $role) {
      id
      roles
    }
  }
`);

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

async function makeAccount(email: string, password = 'Sup3rSecret') {
  return app.server.services.staff.create(null, {
    name: 'Login Test',
    email,
    password,
    roles: [Role.SALESPERSON],
    department: 'MARKET' as never,
  });
}

describe('login', () => {
  it('returns a token that authenticates the staff member', async () => {
    await makeAccount('login.ok@test.example');
    const { login } = await app.ok(Login, { email: 'Login.OK@test.example ', password: 'Sup3rSecret' });
    expect(login.staff.email).toBe('login.ok@test.example');
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await app.ok(Me, {}, login.token);
    expect(me.me).toMatchObject({ id: login.staff.id, roles: ['SALESPERSON'], active: true });
  });

  it("answers `me` from the request's own caller lookup, roles as held now, without another statement", async () => {
    const staff = await makeAccount('login.me@test.example');
    const { login } = await app.ok(Login, { email: 'login.me@test.example', password: 'Sup3rSecret' });
    const { result, statements } = await statementsOf(app.db, () => app.ok(Me, {}, login.token));
    expect(statements).toHaveLength(1);
    expect(result.me).toEqual({
      id: String(staff.id),
      name: staff.name,
      roles: ['SALESPERSON'],
      department: 'MARKET',
      active: true,
    });
    await app.db.query('INSERT INTO staff_role (staffId, role) VALUES (?, ?)', [staff.id, Role.COLLECTOR]);
    expect((await app.ok(Me, {}, login.token)).me.roles).toEqual(['COLLECTOR', 'SALESPERSON']);
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    await makeAccount('login.same@test.example');
    const unknown = await app.exec(Login, { email: 'nobody@test.example', password: 'Sup3rSecret' });
    const wrong = await app.exec(Login, { email: 'login.same@test.example', password: 'wrong-password1' });
    expect(errorCodes(unknown)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('refuses an over-long password before hashing it', async () => {
    const result = await app.exec(Login, { email: 'x@test.example', password: 'a'.repeat(10_000) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it(`locks an account after ${MAX_FAILED_LOGINS} failures, refusing even the right password, until the DIRECTOR reactivates it`, async () => {
    const staff = await makeAccount('login.lock@test.example');
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await app.exec(Login, { email: 'login.lock@test.example', password: 'wrong-password1' });
    }
    const locked = await app.exec(Login, { email: 'login.lock@test.example', password: 'Sup3rSecret' });
    expect(errorCodes(locked)).toEqual(['UNAUTHENTICATED']);
    const director = await app.staff(Role.DIRECTOR);
    await app.ok(`mutation($id: ID!) { reactivateStaff(staffId: $id) { id } }`, { id: String(staff.id) }, director);
    await app.ok(Login, { email: 'login.lock@test.example', password: 'Sup3rSecret' });
  });
});

describe('tokens', () => {
  const key = () => new TextEncoder().encode(app.config.jwt.secret);
  const sign = (claims: { iss?: string; aud?: string; exp?: number | null; sub?: string }, secret = key()) => {
    const now = Math.floor(Date.now() / 1000);
    let jwt = new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub ?? '1')
      .setIssuedAt(now)
      .setIssuer(claims.iss ?? app.config.jwt.issuer)
      .setAudience(claims.aud ?? app.config.jwt.audience);
    if (claims.exp !== null) jwt = jwt.setExpirationTime(claims.exp ?? now + 600);
    return jwt.sign(secret);
  };

  it.each([
    ['a bad signature', () => sign({}, new TextEncoder().encode('another-secret-another-secret-12'))],
    [
      'alg none',
      async () =>
        `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: '1', iss: app.config.jwt.issuer, aud: app.config.jwt.audience, exp: 9999999999, iat: 1 })).toString('base64url')}.`,
    ],
    ['no exp', () => sign({ exp: null })],
    ['an expired token', () => sign({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ['a wrong issuer', () => sign({ iss: 'someone-else' })],
    ['a wrong audience', () => sign({ aud: 'someone-else' })],
    ['garbage', async () => 'not.a.token'],
  ])('refuses %s as UNAUTHENTICATED', async (_label, make) => {
    const director = await app.staff(Role.DIRECTOR);
    void director;
    const result = await app.exec(Me, {}, await make());
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data).toBeUndefined();
  });

  it('asks for a token on protected fields when none is sent', async () => {
    expect(errorCodes(await app.exec(Me))).toEqual(['UNAUTHENTICATED']);
  });

  it('stops working at once when the account is deactivated', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const sales = await app.staff(Role.SALESPERSON);
    await app.ok(Me, {}, sales);
    await app.ok(
      `mutation($id: ID!) { deactivateStaff(staffId: $id) { id active } }`,
      { id: String(sales.staff.id) },
      director,
    );
    expect(errorCodes(await app.exec(Me, {}, sales))).toEqual(['UNAUTHENTICATED']);
  });

  it('follows role changes at once, even with an unexpired token', async () => {
    const director = await app.staff(Role.DIRECTOR);
    const other = await app.staff(Role.DIRECTOR);
    await app.ok(StaffMembers, {}, other);
    await app.ok(
      `mutation($input: SetStaffRolesInput!) { setStaffRoles(input: $input) { id roles } }`,
      { input: { staffId: String(other.staff.id), roles: ['SALESPERSON'] } },
      director,
    );
    const createAsDemoted = await app.exec(
      `mutation { createStaff(input: { name: "X", email: "x.demoted@test.example", password: "Passw0rd1", roles: [SALESPERSON], department: MARKET }) { id } }`,
      {},
      other,
    );
    expect(errorCodes(createAsDemoted)).toEqual(['FORBIDDEN']);
  });
});
