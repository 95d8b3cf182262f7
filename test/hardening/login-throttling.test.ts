import argon2 from 'argon2';
import { In } from 'typeorm';
import { errorCodes, TestApp, ExecResult } from '../support/app';
import { Role, Department } from '../../src/domain/roles';
import { createServer } from '../../src/server';
import { createLogger } from '../../src/logger';
import { LoginAttempt } from '../../src/features/auth/login-attempt.entity';
import { AuditEvent } from '../../src/features/audit/audit-event.entity';
import { Staff } from '../../src/features/staff/staff.entity';
import { LOCK_MINUTES, MAX_FAILED_LOGINS, MAX_FAILED_LOGINS_PER_ADDRESS } from '../../src/features/auth/login-throttle';

/** Sign-in throttling: per attempt, per account and per client address, kept in the database. */
let app: TestApp;
let seq = 0;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());
afterEach(() => jest.restoreAllMocks());

const PASSWORD = 'Sup3rSecret';
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

async function account() {
  const email = `throttle.${++seq}.${Date.now()}@test.example`;
  const staff = await app.server.services.staff.create(null, {
    name: 'Throttled',
    email,
    password: PASSWORD,
    roles: [Role.SALESPERSON],
    department: Department.MARKET,
  });
  return { staff, email };
}

/** Signs in from a given client address through the server of `target` (default: this test's server). */
async function loginFrom(
  address: string,
  email: string,
  password: string,
  target = app.server,
): Promise<ExecResult<{ login: { token: string } }>> {
  const contextValue = await target.context({ clientAddress: address });
  const res = await target.apollo.executeOperation({ query: LOGIN, variables: { email, password } }, { contextValue });
  if (res.body.kind !== 'single') throw new Error('single result expected');
  return { data: res.body.singleResult.data as never, errors: res.body.singleResult.errors as never };
}

const attemptsFor = (email: string) => app.db.getRepository(LoginAttempt).count({ where: { email } });

describe('login throttling', () => {
  it(`locks an account after ${MAX_FAILED_LOGINS} failures: even the right password is refused, with the same error`, async () => {
    const { email } = await account();
    const wrong = await loginFrom('10.0.0.1', email, 'wrong-password1');
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) await loginFrom('10.0.0.1', email, 'wrong-password1');
    const right = await loginFrom('10.0.0.1', email, PASSWORD);
    expect(errorCodes(right)).toEqual(['UNAUTHENTICATED']);
    expect(right.errors![0].message).toBe(wrong.errors![0].message);
    expect(right.data).toBeNull();
    // From another address too: the lock is on the account.
    expect(errorCodes(await loginFrom('10.0.0.2', email, PASSWORD))).toEqual(['UNAUTHENTICATED']);
  });

  it('counts every aliased login field that runs as an attempt (a failed one stops the rest)', async () => {
    const { email } = await account();
    const verify = jest.spyOn(argon2, 'verify');
    const aliases = (passwords: string[]) =>
      `mutation { ${passwords.map((p, i) => `a${i}: login(email: "${email}", password: "${p}") { token }`).join(' ')} }`;
    // login is non-null and mutations run in order: the first failure ends the request.
    const failed = await app.exec(aliases(['wrong-password1', 'wrong-password2', PASSWORD]));
    expect(errorCodes(failed)).toEqual(['UNAUTHENTICATED']);
    expect(await attemptsFor(email)).toBe(1);
    expect(verify).toHaveBeenCalledTimes(1);
    const succeeded = await app.exec(aliases([PASSWORD, PASSWORD, PASSWORD]));
    expect(errorCodes(succeeded)).toEqual([]);
    expect(await attemptsFor(email)).toBe(4);
  });

  it('counts parallel attempts each, and checks no more passwords than allowed', async () => {
    const { email } = await account();
    const verify = jest.spyOn(argon2, 'verify');
    const n = MAX_FAILED_LOGINS + 5;
    // Parallel attempts are ordered by when the database recorded them (the first MAX_FAILED_LOGINS
    // are checked), not by when they were sent: over a pool of connections, a right password sent
    // last can be recorded before wrong ones sent earlier, and then it is rightly checked. So the
    // right password goes once every wrong one is recorded, while they are still being decided.
    const wrong = Array.from({ length: n - 1 }, (_, i) => loginFrom('10.0.1.1', email, `wrong-password${i}`));
    for (let tries = 0; (await attemptsFor(email)) < n - 1; tries++) {
      if (tries > 500) throw new Error('the wrong attempts were never recorded');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const results = await Promise.all([...wrong, loginFrom('10.0.1.1', email, PASSWORD)]);
    expect(results.map((r) => errorCodes(r)[0])).toEqual(Array(n).fill('UNAUTHENTICATED'));
    expect(await attemptsFor(email)).toBe(n);
    // Refused attempts do the same argon2 work (for timing) but their answer is not used: only
    // attempts that were decided on their password count.
    expect(verify.mock.calls.length).toBe(n);
    const decided = await app.db
      .getRepository(LoginAttempt)
      .count({ where: { email, outcome: In(['FAILED', 'SUCCEEDED']) } });
    expect(decided).toBeLessThanOrEqual(MAX_FAILED_LOGINS);
    expect(errorCodes(await loginFrom('10.0.1.1', email, PASSWORD))).toEqual(['UNAUTHENTICATED']);
  });

  it('counts attempts made through different server instances on one database', async () => {
    const { email } = await account();
    const other = await createServer(app.config, app.db, createLogger('silent'));
    try {
      for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
        await loginFrom('10.0.2.1', email, 'wrong-password1', i % 2 ? other : app.server);
      }
      expect(errorCodes(await loginFrom('10.0.2.1', email, PASSWORD, other))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await loginFrom('10.0.2.1', email, PASSWORD, app.server))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await other.apollo.stop();
    }
  });

  it(`refuses a client address after ${MAX_FAILED_LOGINS_PER_ADDRESS} failures across many emails, but not other addresses`, async () => {
    const { email } = await account();
    for (let i = 0; i < MAX_FAILED_LOGINS_PER_ADDRESS; i++) {
      await loginFrom('10.0.3.1', `spray.${i}.${Date.now()}@test.example`, 'wrong-password1');
    }
    expect(errorCodes(await loginFrom('10.0.3.1', email, PASSWORD))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await loginFrom('10.0.3.2', email, PASSWORD))).toEqual([]);
  });

  it('lets the DIRECTOR unlock an account (audited), and nobody else', async () => {
    const { staff, email } = await account();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await loginFrom('10.0.4.1', email, 'wrong-password1');
    const manager = await app.staff(Role.MANAGER);
    const unlock = `mutation($id: ID!) { unlockStaff(staffId: $id) { id } }`;
    expect(errorCodes(await app.exec(unlock, { id: String(staff.id) }, manager))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await loginFrom('10.0.4.1', email, PASSWORD))).toEqual(['UNAUTHENTICATED']);
    const director = await app.staff(Role.DIRECTOR);
    await app.ok(unlock, { id: String(staff.id) }, director);
    expect(
      await app.db.getRepository(AuditEvent).count({ where: { action: 'staff.unlocked', entityId: String(staff.id) } }),
    ).toBe(1);
    expect(errorCodes(await loginFrom('10.0.4.1', email, PASSWORD))).toEqual([]);
  });

  it(`unlocks by itself after ${LOCK_MINUTES} minutes`, async () => {
    const { staff, email } = await account();
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) await loginFrom('10.0.5.1', email, 'wrong-password1');
    expect(errorCodes(await loginFrom('10.0.5.1', email, PASSWORD))).toEqual(['UNAUTHENTICATED']);
    const past = new Date(Date.now() - (LOCK_MINUTES + 1) * 60_000);
    await app.db.getRepository(LoginAttempt).update({ email }, { at: past });
    await app.db.getRepository(Staff).update({ id: staff.id }, { lockedUntil: past });
    expect(errorCodes(await loginFrom('10.0.5.1', email, PASSWORD))).toEqual([]);
  });

  it('resets the count on a successful sign-in', async () => {
    const { email } = await account();
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await loginFrom('10.0.6.1', email, 'wrong-password1');
    expect(errorCodes(await loginFrom('10.0.6.1', email, PASSWORD))).toEqual([]);
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) await loginFrom('10.0.6.1', email, 'wrong-password1');
    expect(errorCodes(await loginFrom('10.0.6.1', email, PASSWORD))).toEqual([]);
  });
});

describe('login timing', () => {
  it('verifies exactly one argon2 hash for an unknown email and for a wrong password', async () => {
    const { email } = await account();
    const verify = jest.spyOn(argon2, 'verify');
    await loginFrom('10.0.7.1', `unknown.${Date.now()}@test.example`, 'wrong-password1');
    const unknownCalls = verify.mock.calls.length;
    await loginFrom('10.0.7.2', email, 'wrong-password1');
    const wrongCalls = verify.mock.calls.length - unknownCalls;
    expect(unknownCalls).toBe(1);
    expect(wrongCalls).toBe(1);
  });

  it('locks an unknown email exactly like a known one (one verification each once locked, as for a wrong password)', async () => {
    const { email } = await account();
    const unknown = `ghost.${Date.now()}@test.example`;
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      await loginFrom('10.0.8.1', unknown, 'wrong-password1');
      await loginFrom('10.0.8.2', email, 'wrong-password1');
    }
    const verify = jest.spyOn(argon2, 'verify');
    const a = await loginFrom('10.0.8.1', unknown, PASSWORD);
    const b = await loginFrom('10.0.8.2', email, PASSWORD);
    expect(verify).toHaveBeenCalledTimes(2);
    expect(a.errors![0].message).toBe(b.errors![0].message);
  });
});
