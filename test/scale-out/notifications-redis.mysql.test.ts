import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import { createConnection } from 'mysql2/promise';
import { createScratchDatabase, ScratchDatabase } from '../support/databases';
import { migrate, openDataSource } from '../../src/db/data-source';
import { Subscriber } from '../support/subscriber';
import { freePort } from '../support/free-port';

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Notifications across instances: two real server processes on one MariaDB database and the
 * machine's Redis (REDIS_URL=redis://127.0.0.1:6379). A subscriber on one instance hears of a
 * change made on the other, and a logout on one ends the subscriber's socket on the other. The
 * channels get a prefix of their own, so other runs on the same Redis are never heard.
 */
jest.setTimeout(180_000);

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'Notify-Passw0rd!';
const PREFIX = `test-notify-${randomUUID()}:`;
let scratch: ScratchDatabase;
let url: string;
const servers: Array<{ port: number; child: ChildProcess }> = [];
const tokens: Record<string, string> = {};
const ids: Record<string, number> = {};
const open: Subscriber[] = [];

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
      JWT_SECRET: 'notify-scale-out-secret-0123456789abcdef',
      DATABASE_URL: url,
      REDIS_URL,
      REDIS_CHANNEL_PREFIX: PREFIX,
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
const ws = (port: number) => `ws://127.0.0.1:${port}/graphql`;

/** Subscribes, then gives the server a moment to register the subscription (no event is missed). */
async function listen(port: number, who: string): Promise<Subscriber> {
  const s = await Subscriber.connect(ws(port), tokens[who]);
  open.push(s);
  await new Promise((r) => setTimeout(r, 500));
  expect(s.closeCode).toBeNull();
  return s;
}

beforeAll(async () => {
  scratch = await createScratchDatabase('mysql');
  url = (scratch.config as { url: string }).url;
  const ds = await openDataSource(scratch.config);
  await migrate(ds);
  await ds.destroy();
  const conn = await createConnection({ uri: url });
  const hash = await argon2.hash(PASSWORD);
  const roles: Record<string, string> = { sales: 'SALESPERSON', other: 'SALESPERSON', manager: 'MANAGER' };
  for (const [key, role] of Object.entries(roles)) {
    const [res] = await conn.query(
      'INSERT INTO staff (name, email, passwordHash, department, active) VALUES (?, ?, ?, ?, 1)',
      [key, `${key}@notify.example`, hash, 'MARKET'],
    );
    ids[key] = (res as { insertId: number }).insertId;
    await conn.query('INSERT INTO staff_role (staffId, role) VALUES (?, ?)', [ids[key], role]);
  }
  await conn.end();
  servers.push(...(await Promise.all([startServer(), startServer()])));
  for (const key of Object.keys(roles)) {
    const res = await post(A(), LOGIN, { e: `${key}@notify.example`, p: PASSWORD });
    tokens[key] = res.data.login.token;
  }
});

afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
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

describe('notifications across two server processes through Redis', () => {
  it('a subscriber on one instance hears of a change made on the other, both ways; another salesperson hears nothing', async () => {
    const n = `${Date.now() % 1_000_000}`;
    const c = await post(
      A(),
      `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`,
      { i: { name: `Notify Co ${n}`, contactName: 'Ms Notify', contactPhone: `134${n}`.slice(0, 15) } },
      tokens.sales,
    );
    const customerId = c.data.registerCustomer.id;
    const [salesOnB, managerOnA, otherOnB] = await Promise.all([
      listen(B(), 'sales'),
      listen(A(), 'manager'),
      listen(B(), 'other'),
    ]);

    // A change on A, heard on B.
    const visit = await post(
      A(),
      `mutation($c: ID!) { recordVisitRequest(customerId: $c, note: "rates") { id } }`,
      { c: customerId },
      tokens.manager,
    );
    const heard = await salesOnB.next('VISIT_REQUESTED', 10_000);
    expect(heard.visitRequest).toEqual({ id: visit.data.recordVisitRequest.id });
    expect(heard.customer.id).toBe(customerId);

    // A change on B, heard on A.
    const request = await post(
      B(),
      `mutation($c: ID!) { requestRateChange(customerId: $c, newRate: "290.00", reason: "volume") { id } }`,
      { c: customerId },
      tokens.sales,
    );
    expect((await managerOnA.next('APPROVAL_REQUESTED', 10_000)).approvalRequest.id).toBe(
      request.data.requestRateChange.id,
    );

    await new Promise((r) => setTimeout(r, 300));
    expect(otherOnB.received).toEqual([]);
    // Each event reached its subscriber once.
    expect(salesOnB.ofKind('VISIT_REQUESTED')).toHaveLength(1);
    expect(managerOnA.ofKind('APPROVAL_REQUESTED')).toHaveLength(1);
  });

  it('a logout on one instance ends the subscription on the other', async () => {
    const otherOnB = await listen(B(), 'other');
    expect(await post(A(), `mutation { logout }`, {}, tokens.other)).toEqual({ data: { logout: true } });
    await otherOnB.until(() => otherOnB.closeCode !== null, 10_000);
    expect(otherOnB.closeCode).toBe(4403);
  });
});
