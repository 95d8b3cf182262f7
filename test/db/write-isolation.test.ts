import { errorCodes, TestApp } from '../support/app';
import { count } from '../support/customer-factories';
import { inTransaction } from '../../src/db/transaction';
import { recordAudit } from '../../src/features/audit/audit.service';
import { Role } from '../../src/domain/roles';
import { LoginAttempt } from '../../src/features/auth/login-attempt.entity';

/**
 * Nothing lost on the embedded default: on SQLite every request shares one connection, so a write
 * made outside a transaction while another request's transaction is open used to run inside that
 * transaction and vanish with its rollback. The same test runs on MariaDB, where each request has
 * its own connection and the rule holds by construction.
 */
const Login = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;

let app: TestApp;
beforeAll(async () => {
  app = await TestApp.start();
});
afterAll(() => app.stop());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('writes of one request survive another request failing', () => {
  it('keeps a failed sign-in recorded while another request rolls back its transaction', async () => {
    const someone = await app.staff(Role.SALESPERSON);
    const leader = await app.staff(Role.DIRECTOR);
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    let fail!: () => void;
    const failNow = new Promise<void>((resolve) => (fail = resolve));
    // Another request: writes its audit event, then fails and rolls back while the sign-in runs.
    const failing = inTransaction(app.db, async (m) => {
      await recordAudit(m, leader.staff.id, {
        action: 'test.rolled_back',
        entityType: 'Test',
        entityId: 1,
        summary: 'rolled back',
      });
      opened();
      await failNow;
      throw new Error('this request fails');
    });
    await isOpen;
    const signIn = app.exec(Login, { e: someone.staff.email, p: 'wrong-password-1' }, null);
    await pause(100);
    fail();
    await expect(failing).rejects.toThrow('this request fails');
    const result = (await signIn) as { errors?: unknown[] };
    expect(errorCodes(result as never)).toEqual(['UNAUTHENTICATED']);
    expect(await count(app, 'login_attempt', 'email = ? AND outcome = ?', [someone.staff.email, 'FAILED'])).toBe(1);
    expect(await count(app, 'audit_event', 'action = ?', ['test.rolled_back'])).toBe(0);
  });

  it('keeps a save() made outside a transaction (TypeORM opens its own) while another transaction rolls back', async () => {
    const leader = await app.staff(Role.DIRECTOR);
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    let fail!: () => void;
    const failNow = new Promise<void>((resolve) => (fail = resolve));
    const failing = inTransaction(app.db, async (m) => {
      await recordAudit(m, leader.staff.id, {
        action: 'test.rolled_back_2',
        entityType: 'Test',
        entityId: 2,
        summary: 'rolled back',
      });
      opened();
      await failNow;
      throw new Error('this request fails');
    });
    await isOpen;
    const email = `implicit-${process.pid}-${Date.now()}@example.test`;
    const saved = app.db
      .getRepository(LoginAttempt)
      .save({ email, clientAddress: '127.0.0.1', outcome: 'FAILED', at: new Date() });
    await pause(100);
    fail();
    await expect(failing).rejects.toThrow('this request fails');
    await saved;
    expect(await count(app, 'login_attempt', 'email = ?', [email])).toBe(1);
    expect(await count(app, 'audit_event', 'action = ?', ['test.rolled_back_2'])).toBe(0);
  });
});
