import fs from 'node:fs';
import path from 'node:path';
import { errorCodes, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { ERROR_CODES, EXPOSED_CODES } from '../../src/errors';
import { PRE_EXECUTION_CODES } from '../../src/errors/format-error';

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

describe('the error codes and classes', () => {
  const ROOT = path.resolve(__dirname, '../..');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [full] : [];
    });

  it('every error class a client can see is in src/errors', () => {
    const outside = sources(path.join(ROOT, 'src'))
      .filter((f) => !f.startsWith(path.join(ROOT, 'src/errors')))
      .filter((f) => /class \w+ extends (GraphQLError|DomainError)\b/.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(ROOT, f));
    expect(outside).toEqual([]);
  });

  it('the codes are listed once and every thrown code is one of them', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    expect([...EXPOSED_CODES].sort()).toEqual([...ERROR_CODES].sort());
    // A literal code written anywhere in the server is a listed one (or graphql-js's, Apollo's, the masked fault).
    const known = new Set<string>([
      ...ERROR_CODES,
      ...PRE_EXECUTION_CODES,
      'INTERNAL_SERVER_ERROR',
      'PERSISTED_QUERY_NOT_FOUND',
    ]);
    const unknown = new Set<string>();
    // (src/db names the database driver's own codes, never sent to a client.)
    for (const f of sources(path.join(ROOT, 'src')).filter((f) => !f.startsWith(path.join(ROOT, 'src/db')))) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/\bcode: '([A-Z_]+)'/g))
        if (!known.has(m[1])) unknown.add(`${path.relative(ROOT, f)}: ${m[1]}`);
    }
    expect([...unknown]).toEqual([]);
  });
});
