import { errorCodes, TestApp, Caller } from '../support/app';
import { must, run } from '../support/customer-factories';
import { Department, Role } from '../../src/domain/roles';
import { AuditEvent } from '../../src/features/audit/audit-event.entity';
import { LoginAttempt } from '../../src/features/auth/login-attempt.entity';

/**
 * Ending sessions: changePassword and logout end every token issued before them at once;
 * deactivation and role changes take effect on the person's next request.
 */
let app: TestApp;
let seq = 0;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const PASSWORD = 'Start1234';
const Login = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token staff { id } } }`;
const Me = `{ me { id roles } }`;
const ChangePassword = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token expiresAt staff { id } } }`;
const Logout = `mutation { logout }`;

/** A staff member signed in twice through the API (two devices). */
async function person(roles: Role[] = [Role.SALESPERSON]) {
  const email = `session.${++seq}.${Date.now()}@test.example`;
  const staff = await app.server.services.staff.create(null, {
    name: `Session ${seq}`,
    email,
    password: PASSWORD,
    roles,
    department: Department.MARKET,
  });
  const phone = (await must(app, null, Login, { email, password: PASSWORD })).login.token as string;
  const laptop = (await must(app, null, Login, { email, password: PASSWORD })).login.token as string;
  return { staff, email, phone, laptop };
}

const meAs = (token: string) => run(app, token, Me);

describe('changePassword', () => {
  it('ends every earlier token at once, answers with a working one, and the new password signs in', async () => {
    const p = await person();
    const changed = await must(app, p.phone, ChangePassword, { current: PASSWORD, next: 'Changed5678' });
    expect(changed.changePassword.staff.id).toBe(String(p.staff.id));
    for (const old of [p.phone, p.laptop]) {
      const result = await meAs(old);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    }
    expect(errorCodes(await meAs(changed.changePassword.token))).toEqual([]);
    expect(errorCodes(await run(app, null, Login, { email: p.email, password: PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    const fresh = await must(app, null, Login, { email: p.email, password: 'Changed5678' });
    expect(errorCodes(await meAs(fresh.login.token))).toEqual([]);
    expect(
      await app.db
        .getRepository(AuditEvent)
        .count({ where: { action: 'staff.password_changed', entityId: String(p.staff.id) } }),
    ).toBe(1);
  });

  it('refuses a wrong current password on currentPassword, counted as a failed sign-in, and changes nothing', async () => {
    const p = await person();
    const result = await run(app, p.phone, ChangePassword, { current: 'Wrong1234', next: 'Changed5678' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('currentPassword');
    expect(await app.db.getRepository(LoginAttempt).count({ where: { email: p.email, outcome: 'FAILED' } })).toBe(1);
    expect(errorCodes(await meAs(p.phone))).toEqual([]);
    expect(errorCodes(await run(app, null, Login, { email: p.email, password: PASSWORD }))).toEqual([]);
  });

  it('cannot be used to guess the password with a stolen token: wrong tries lock like sign-ins', async () => {
    const p = await person();
    for (let i = 0; i < 5; i++)
      await run(app, p.phone, ChangePassword, { current: `Guess${i}1234`, next: 'Changed5678' });
    const right = await run(app, p.phone, ChangePassword, { current: PASSWORD, next: 'Changed5678' });
    expect(errorCodes(right)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await run(app, null, Login, { email: p.email, password: PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });

  it.each([
    ['too short', 'Ab1', 'newPassword'],
    ['without a digit', 'OnlyLetters', 'newPassword'],
    ['the same as the current one', PASSWORD, 'newPassword'],
  ])('refuses a new password %s (BAD_USER_INPUT), keeping the sessions', async (_label, next, field) => {
    const p = await person();
    const result = await run(app, p.phone, ChangePassword, { current: PASSWORD, next });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe(field);
    expect(errorCodes(await meAs(p.laptop))).toEqual([]);
  });

  it('needs a signed-in caller', async () => {
    expect(errorCodes(await run(app, null, ChangePassword, { current: PASSWORD, next: 'Changed5678' }))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('logout', () => {
  it("ends every token issued to the caller until now, on every device, and no one else's", async () => {
    const p = await person();
    const other = await person();
    expect((await must(app, p.laptop, Logout)).logout).toBe(true);
    expect(errorCodes(await meAs(p.phone))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await meAs(p.laptop))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await meAs(other.phone))).toEqual([]);
    // Signing in again works, and that new token is not ended by the earlier logout.
    const again = await must(app, null, Login, { email: p.email, password: PASSWORD });
    expect(errorCodes(await meAs(again.login.token))).toEqual([]);
  });

  it('ends the sessions over HTTP too (401)', async () => {
    const url = await app.listen();
    const p = await person();
    await must(app, p.phone, Logout);
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${p.laptop}` },
      body: JSON.stringify({ query: Me }),
    });
    expect(res.status).toBe(401);
  });

  it('needs a signed-in caller', async () => {
    expect(errorCodes(await run(app, null, Logout))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('deactivation and role changes take effect on the next request', () => {
  let director: Caller;
  beforeAll(async () => {
    director = await app.staff(Role.DIRECTOR);
  });

  it("deactivateStaff: the person's existing tokens stop working, and they cannot sign in", async () => {
    const p = await person();
    expect(errorCodes(await meAs(p.phone))).toEqual([]);
    await must(app, director, `mutation($id: ID!) { deactivateStaff(staffId: $id) { id active } }`, {
      id: String(p.staff.id),
    });
    expect(errorCodes(await meAs(p.phone))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await run(app, null, Login, { email: p.email, password: PASSWORD }))).toEqual([
      'UNAUTHENTICATED',
    ]);
    await must(app, director, `mutation($id: ID!) { reactivateStaff(staffId: $id) { id } }`, {
      id: String(p.staff.id),
    });
    expect(errorCodes(await meAs(p.phone))).toEqual([]);
  });

  it("setStaffRoles: a demoted person loses the role's access on their next request, with the same token", async () => {
    const p = await person([Role.MANAGER]);
    const Staffing = `query { auditEvents(first: 1) { totalCount } }`;
    expect(errorCodes(await run(app, p.phone, Staffing))).toEqual([]);
    await must(
      app,
      director,
      `mutation($id: ID!) { setStaffRoles(input: { staffId: $id, roles: [SALESPERSON] }) { id } }`,
      { id: String(p.staff.id) },
    );
    expect(errorCodes(await run(app, p.phone, Staffing))).toEqual(['FORBIDDEN']);
    expect((await must(app, p.phone, Me)).me.roles).toEqual(['SALESPERSON']);
  });
});
