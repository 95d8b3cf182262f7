import { errorCodes, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';

describe('error masking', () => {
  it('masks an unexpected database error: no SQL, no stack, no message', async () => {
    const app = await TestApp.start();
    try {
      const director = await app.staff(Role.DIRECTOR);
      await app.db.query('DROP TABLE audit_event');
      const result = await app.exec(`query { auditEvents { totalCount } }`, {}, director);
      expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
      const text = JSON.stringify(result.errors);
      expect(result.errors![0].message).toBe('Internal server error');
      expect(text).not.toMatch(/audit_event|SELECT|stack|at Object/i);
    } finally {
      await app.stop();
    }
  });

  it('keeps our own errors with their code and message', async () => {
    const app = await TestApp.start();
    try {
      const result = await app.exec(`mutation { login(email: "a@b.c", password: "nope") { token } }`);
      expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors![0].message).toMatch(/email or password/);
      expect(result.errors![0].extensions).not.toHaveProperty('stacktrace');
    } finally {
      await app.stop();
    }
  });
});
