import argon2 from 'argon2';
import { errorCodes, TestApp, ExecResult } from '../support/app';
import { Department, Role } from '../../src/domain/roles';
import { LoginAttempt } from '../../src/features/auth/login-attempt.entity';
import { Staff } from '../../src/features/staff/staff.entity';
import { MAX_FAILED_LOGINS } from '../../src/features/auth/login-throttle';
import { PENDING_ABANDONED_AFTER_SECONDS } from '../../src/features/auth/login-throttle';

/**
 * Sign-in that survives interruptions and parallel use, and whose timing does not tell a locked
 * account from a wrong password. (The real outage, a killed database, is in
 * sign-in-outage.mysql.test.ts.)
 */
let app: TestApp;
let seq = 0;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());
afterEach(() => jest.restoreAllMocks());

const PASSWORD = 'Recover1234';
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

async function account() {
  const email = `recovery.${++seq}.${Date.now()}@test.example`;
  const staff = await app.server.services.staff.create(null, {
    name: `Recovery ${seq}`,
    email,
    password: PASSWORD,
    roles: [Role.SALESPERSON],
    department: Department.MARKET,
  });
  return { staff, email };
}

async function loginFrom(
  address: string,
  email: string,
  password: string,
): Promise<ExecResult<{ login: { token: string } }>> {
  const contextValue = await app.server.context({ clientAddress: address });
  const res = await app.server.apollo.executeOperation(
    { query: LOGIN, variables: { email, password } },
    { contextValue },
  );
  if (res.body.kind !== 'single') throw new Error('single result expected');
  return { data: res.body.singleResult.data as never, errors: res.body.singleResult.errors as never };
}

describe('a sign-in interrupted by a database failure', () => {
  it('does not count as a failed attempt once abandoned: the right password still gets in afterwards', async () => {
    const { email } = await account();
    // What interrupted attempts leave behind: undecided rows (the server lost the database, or died, mid-way).
    const at = new Date(Date.now() - (PENDING_ABANDONED_AFTER_SECONDS + 5) * 1000);
    await app.db.getRepository(LoginAttempt).insert(
      Array.from({ length: MAX_FAILED_LOGINS + 2 }, () => ({
        email,
        clientAddress: '10.1.0.1',
        outcome: 'PENDING' as const,
        at,
      })),
    );
    expect(errorCodes(await loginFrom('10.1.0.1', email, PASSWORD))).toEqual([]);
  });

  it('still counts real failures after abandoned attempts', async () => {
    const { email } = await account();
    const at = new Date(Date.now() - (PENDING_ABANDONED_AFTER_SECONDS + 5) * 1000);
    await app.db.getRepository(LoginAttempt).insert(
      Array.from({ length: MAX_FAILED_LOGINS }, () => ({
        email,
        clientAddress: '10.1.1.1',
        outcome: 'PENDING' as const,
        at,
      })),
    );
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect(errorCodes(await loginFrom('10.1.1.1', email, 'Wrong12345'))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await loginFrom('10.1.1.1', email, PASSWORD))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('parallel sign-ins of one account', () => {
  it(`all succeed with the right password (${MAX_FAILED_LOGINS * 2} at once)`, async () => {
    const { email } = await account();
    const results = await Promise.all(
      Array.from({ length: MAX_FAILED_LOGINS * 2 }, () => loginFrom('10.2.0.1', email, PASSWORD)),
    );
    expect(results.map((r) => errorCodes(r))).toEqual(Array(MAX_FAILED_LOGINS * 2).fill([]));
    expect(results.every((r) => r.data?.login.token)).toBe(true);
  });

  it('a right password in parallel with wrong ones is not locked out by them before they are decided', async () => {
    const { email } = await account();
    const passwords = [...Array(MAX_FAILED_LOGINS - 1).fill('Wrong12345'), PASSWORD, PASSWORD, PASSWORD];
    const results = await Promise.all(passwords.map((p) => loginFrom('10.2.1.1', email, p)));
    expect(results.filter((r) => !r.errors).length).toBe(3);
  });
});

describe('a locked account and a wrong password cost the same', () => {
  /** What decides an argon2 verification's cost: algorithm, version, memory, passes, parallelism. */
  const cost = (hash: string) => hash.split('$').slice(1, 4).join('$');

  it("does one argon2 verification against the account's own hash either way, with the same error", async () => {
    const { staff, email } = await account();
    const hash = (await app.db.getRepository(Staff).findOneByOrFail({ id: staff.id })).passwordHash;
    const verify = jest.spyOn(argon2, 'verify');

    const wrong = await loginFrom('10.3.0.1', email, 'Wrong12345');
    expect(verify.mock.calls.map(([h]) => h)).toEqual([hash]);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) await loginFrom('10.3.0.1', email, 'Wrong12345');
    expect((await app.db.getRepository(Staff).findOneByOrFail({ id: staff.id })).lockedUntil).not.toBeNull();

    verify.mockClear();
    const locked = await loginFrom('10.3.0.2', email, 'Wrong12345');
    expect(verify.mock.calls.map(([h]) => h)).toEqual([hash]);
    verify.mockClear();
    const lockedRight = await loginFrom('10.3.0.3', email, PASSWORD);
    expect(verify.mock.calls.map(([h]) => h)).toEqual([hash]);

    expect(errorCodes(locked)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(lockedRight)).toEqual(['UNAUTHENTICATED']);
    expect(locked.errors![0].message).toBe(wrong.errors![0].message);
    expect(lockedRight.errors![0].message).toBe(wrong.errors![0].message);
  });

  it('an unknown email costs the same verification, locked or not', async () => {
    const { staff } = await account();
    const hash = (await app.db.getRepository(Staff).findOneByOrFail({ id: staff.id })).passwordHash;
    const ghost = `ghost.${Date.now()}@test.example`;
    const verify = jest.spyOn(argon2, 'verify');
    await loginFrom('10.3.1.1', ghost, 'Wrong12345');
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) await loginFrom('10.3.1.1', ghost, 'Wrong12345');
    verify.mockClear();
    await loginFrom('10.3.1.2', ghost, 'Wrong12345');
    expect(verify).toHaveBeenCalledTimes(1);
    expect(cost(verify.mock.calls[0][0] as string)).toMatch(/^argon2id\$v=\d+\$[mtp=,\d]+$/);
    expect(cost(verify.mock.calls[0][0] as string)).toBe(cost(hash));
  });
});
