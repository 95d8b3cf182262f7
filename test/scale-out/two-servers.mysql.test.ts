import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import argon2 from 'argon2';
import { createConnection } from 'mysql2/promise';
import { createScratchDatabase, ScratchDatabase } from '../support/databases';
import { migrate, openDataSource } from '../../src/db/data-source';
import { MAX_FAILED_LOGINS } from '../../src/features/auth/login-throttle';
import { freePort } from '../support/free-port';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Scale-out: two real server processes on one MariaDB database. Everything a rule depends on
 * (ownership uniqueness, approval state, payment idempotency, login throttling) lives in the
 * database, so races across the two processes have exactly one winner.
 */
jest.setTimeout(180_000);

const PASSWORD = 'ScaleOut-Passw0rd!';
let scratch: ScratchDatabase;
let url: string;
const servers: Array<{ port: number; child: ChildProcess }> = [];
const emails = {
  s1: 'sales.one@scale.example',
  s2: 'sales.two@scale.example',
  m1: 'manager.one@scale.example',
  m2: 'manager.two@scale.example',
  c: 'collector@scale.example',
  victim: 'victim@scale.example',
};
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};

async function post(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function startServer(): Promise<{ port: number; child: ChildProcess }> {
  const port = await freePort();
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(root, 'src', 'main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      JWT_SECRET: 'scale-out-test-secret-0123456789abcdef',
      DATABASE_URL: url,
      LOG_LEVEL: 'silent',
      PORT: String(port),
      TS_NODE_PROJECT: path.join(root, 'tsconfig.json'),
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return { port, child };
    } catch {
      /* not yet listening */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const A = () => servers[0].port;
const B = () => servers[1].port;

beforeAll(async () => {
  scratch = await createScratchDatabase('mysql');
  url = (scratch.config as { url: string }).url;
  const ds = await openDataSource(scratch.config);
  await migrate(ds);
  await ds.destroy();
  const conn = await createConnection({ uri: url });
  const hash = await argon2.hash(PASSWORD);
  const roles: Record<string, string> = {
    s1: 'SALESPERSON',
    s2: 'SALESPERSON',
    m1: 'MANAGER',
    m2: 'MANAGER',
    c: 'COLLECTOR',
    victim: 'SALESPERSON',
  };
  for (const [key, email] of Object.entries(emails)) {
    const [res] = await conn.query(
      'INSERT INTO staff (name, email, passwordHash, department, active) VALUES (?, ?, ?, ?, 1)',
      [key, email, hash, roles[key] === 'COLLECTOR' ? 'FINANCE' : 'MARKET'],
    );
    ids[key] = (res as { insertId: number }).insertId;
    await conn.query('INSERT INTO staff_role (staffId, role) VALUES (?, ?)', [ids[key], roles[key]]);
  }
  await conn.end();
  servers.push(...(await Promise.all([startServer(), startServer()])));
  for (const key of ['s1', 's2', 'm1', 'm2', 'c']) {
    const res = await post(key.endsWith('2') ? B() : A(), LOGIN, { e: (emails as any)[key], p: PASSWORD });
    tokens[key] = res.data.login.token;
  }
});

afterAll(async () => {
  for (const s of servers) {
    if (s.child.exitCode === null) {
      const exited = new Promise((r) => s.child.once('exit', r));
      s.child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
  }
  await scratch?.drop();
});

async function count(sql: string, params: unknown[]): Promise<number> {
  const conn = await createConnection({ uri: url });
  try {
    const [rows] = await conn.query(sql, params);
    return Number((rows as Array<{ n: number }>)[0].n);
  } finally {
    await conn.end();
  }
}

const codes = (r: any): unknown[] => (r.errors ?? []).map((e: any) => e.extensions?.code);
const ROUNDS = 4;

describe('two server processes on one database', () => {
  it('first-contact registration of one prospect: one owner, the other gets CUSTOMER_ALREADY_OWNED', async () => {
    const Register = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id owner { id } } }`;
    for (let round = 0; round < ROUNDS; round++) {
      const n = `${Date.now() % 1_000_000}${round}`;
      const input = { name: `Race Freight Co ${n}`, contactName: 'Mr Race', contactPhone: `136${n}`.slice(0, 15) };
      const [a, b] = await Promise.all([
        post(A(), Register, { i: input }, tokens.s1),
        post(B(), Register, { i: input }, tokens.s2),
      ]);
      const winners = [a, b].filter((r) => r.data?.registerCustomer);
      expect(winners).toHaveLength(1);
      expect([...codes(a), ...codes(b)]).toEqual(['CUSTOMER_ALREADY_OWNED']);
      expect(await count('SELECT COUNT(*) AS n FROM customer WHERE name = ?', [input.name])).toBe(1);
    }
  });

  it('two managers approve one request on different servers: one decision, the other CONFLICT', async () => {
    const Register = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`;
    const Request = `mutation($c: ID!) { requestRateChange(customerId: $c, newRate: "290.00", reason: "volume") { id status } }`;
    const Approve = `mutation($id: ID!) { approveRequest(id: $id, note: "ok") { id status decidedBy { id } } }`;
    for (let round = 0; round < ROUNDS; round++) {
      const n = `${Date.now() % 1_000_000}${round}`;
      const c = await post(
        A(),
        Register,
        { i: { name: `Approval Race Co ${n}`, contactName: 'Ms Rate', contactPhone: `135${n}`.slice(0, 15) } },
        tokens.s1,
      );
      const customerId = c.data.registerCustomer.id;
      const conn = await createConnection({ uri: url });
      await conn.query('UPDATE customer SET freightRate = 30000 WHERE id = ?', [Number(customerId)]);
      await conn.end();
      const req = await post(A(), Request, { c: customerId }, tokens.s1);
      expect(req.errors).toBeUndefined();
      const id = req.data.requestRateChange.id;
      const [a, b] = await Promise.all([post(A(), Approve, { id }, tokens.m1), post(B(), Approve, { id }, tokens.m2)]);
      expect([a, b].filter((r) => r.data?.approveRequest?.status === 'APPROVED')).toHaveLength(1);
      expect([...codes(a), ...codes(b)]).toEqual(['CONFLICT']);
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM approval_request WHERE id = ? AND status = 'APPROVED' AND decidedById IS NOT NULL",
          [Number(id)],
        ),
      ).toBe(1);
    }
  });

  it('one payment sent to both servers with one idempotency key is recorded once', async () => {
    const Register = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`;
    const Pay = `mutation($c: ID!, $k: String!) { recordPayment(customerId: $c, amount: "10.00", receivedOn: "2026-11-20", reference: "bank 1", idempotencyKey: $k) { id amount } }`;
    const n = `${Date.now() % 1_000_000}`;
    const c = await post(
      A(),
      Register,
      { i: { name: `Payment Race Co ${n}`, contactName: 'Mr Pay', contactPhone: `134${n}`.slice(0, 15) } },
      tokens.s1,
    );
    const customerId = c.data.registerCustomer.id;
    for (let round = 0; round < ROUNDS; round++) {
      const key = `scale-out-${n}-${round}`;
      const [a, b] = await Promise.all([
        post(A(), Pay, { c: customerId, k: key }, tokens.c),
        post(B(), Pay, { c: customerId, k: key }, tokens.c),
      ]);
      // Both answer with the one payment (a retry returns the recorded one) or one loses with CONFLICT.
      const paid = [a, b].filter((r) => r.data?.recordPayment).map((r) => r.data.recordPayment.id);
      expect(paid.length).toBeGreaterThanOrEqual(1);
      expect(new Set(paid).size).toBe(1);
      expect(await count('SELECT COUNT(*) AS n FROM payment WHERE idempotencyKey = ?', [key])).toBe(1);
    }
    expect(await count('SELECT COUNT(*) AS n FROM payment WHERE customerId = ?', [Number(customerId)])).toBe(ROUNDS);
  });

  it(`failed sign-ins counted on server A lock the account on server B`, async () => {
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      const wrong = await post(A(), LOGIN, { e: emails.victim, p: 'wrong-password-1' });
      expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    }
    const right = await post(B(), LOGIN, { e: emails.victim, p: PASSWORD });
    expect(codes(right)).toEqual(['UNAUTHENTICATED']);
    expect(right.data).toBeNull();
    // The other accounts still sign in on B.
    expect((await post(B(), LOGIN, { e: emails.s2, p: PASSWORD })).data.login.token).toEqual(expect.any(String));
  });
});
