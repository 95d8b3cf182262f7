import { QueryFailedError } from 'typeorm';
import { captureLogs, postGraphql, TestApp } from '../support/app';
import { Department, Role } from '../../src/domain/roles';

/**
 * Structured logs: one line per operation with request id, operation, caller, duration and error codes; never a secret
 * or a contact detail.
 */
const EMAIL = 'logged.person@test.example';
const PASSWORD = 'L0gged-secret-pw';

describe('request logs', () => {
  it('log each operation and never a token, password or email', async () => {
    const logs = captureLogs();
    const app = await TestApp.start({}, { logger: logs.logger });
    try {
      const url = await app.listen();
      const staff = await app.server.services.staff.create(null, {
        name: 'Logged Person',
        email: EMAIL,
        password: PASSWORD,
        roles: [Role.SALESPERSON],
        department: Department.MARKET,
      });
      const login = await postGraphql(
        url,
        {
          query: 'mutation SignIn($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: EMAIL, p: PASSWORD },
        },
        { 'x-request-id': 'log-req-1' },
      );
      const token = (login.body.data as { login: { token: string } }).login.token;
      await postGraphql(
        url,
        { query: `mutation Inline { login(email: "${EMAIL}", password: "wrong-${PASSWORD}") { token } }` },
        { 'x-request-id': 'log-req-2' },
      );
      await postGraphql(
        url,
        { query: 'query Trail { auditEvents { totalCount } }' },
        { authorization: `Bearer ${token}`, 'x-request-id': 'log-req-3' },
      );
      // An unexpected database error whose SQL parameters hold the email.
      await app.db.query('DROP TABLE login_attempt');
      await postGraphql(
        url,
        {
          query: 'mutation Broken($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
          variables: { e: EMAIL, p: PASSWORD },
        },
        { 'x-request-id': 'log-req-4' },
      );

      const line = (id: string) => logs.lines.find((l) => l.requestId === id && l.msg === 'graphql');
      expect(line('log-req-1')).toMatchObject({ operationName: 'SignIn', actorId: null, ms: expect.any(Number) });
      expect(line('log-req-1')).not.toHaveProperty('errorCodes');
      expect(line('log-req-2')).toMatchObject({ operationName: 'Inline', errorCodes: ['UNAUTHENTICATED'] });
      expect(line('log-req-3')).toMatchObject({ operationName: 'Trail', actorId: staff.id, errorCodes: ['FORBIDDEN'] });
      expect(line('log-req-4')).toMatchObject({ operationName: 'Broken', errorCodes: ['INTERNAL_SERVER_ERROR'] });
      expect(logs.lines.find((l) => l.requestId === 'log-req-4' && l.msg === 'unexpected error')).toBeDefined();

      const text = logs.text();
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.split('.')[2]);
      expect(text.toLowerCase()).not.toContain(EMAIL);
      expect(text).not.toContain('logged.person');
    } finally {
      await app.stop();
    }
  });
});

describe('the error serializer', () => {
  it('drops SQL parameters and interpolated SQL from logged errors, keeping the driver code', () => {
    const logs = captureLogs();
    const error = new QueryFailedError(
      'INSERT INTO customer (contactPhone) VALUES (?)',
      ['13900001111'],
      Object.assign(new Error("Duplicate entry '13900001111'"), {
        code: 'ER_DUP_ENTRY',
        errno: 1062,
        sql: "INSERT INTO customer VALUES ('13900001111')",
        sqlMessage: "Duplicate entry '13900001111'",
      }),
    );
    logs.logger.error({ err: error }, 'unexpected error');
    const [line] = logs.lines;
    expect(line.err).toMatchObject({ driverError: { code: 'ER_DUP_ENTRY', errno: 1062 } });
    expect(JSON.stringify(line.err)).not.toMatch(/"parameters"|"query"|"sql"/);
    expect(JSON.stringify(line)).not.toContain('13900001111');
  });
});
