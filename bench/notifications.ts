/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read by the shape each request asked for */
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import argon2 from 'argon2';
import WebSocket from 'ws';
import { createClient, Client } from 'graphql-ws';
import { createConnection } from 'mysql2/promise';
import { migrate, openDataSource } from '../src/db/data-source';
import { TokenService } from '../src/auth/tokens';

/**
 * `npm run bench:notifications`: what live notifications cost. Starts our server (production mode,
 * `node dist/src/main.js`) on a fresh MariaDB database, then measures:
 *   1. memory per socket: the server's RSS growth with 1,000 idle subscribers of notificationAdded
 *      (1,000 distinct salespeople, each over its own graphql-ws socket), divided by 1,000;
 *   2. fan-out: one event to 100 subscribers (APPROVAL_REQUESTED of a request filed over HTTP goes
 *      to 100 MANAGERs, each subscribed), the time from sending the mutation to the last delivery,
 *      over several rounds.
 * Settings (environment):
 *   BENCH_DATABASE_URL   (default mysql://root@127.0.0.1:3306/bench_notifications; dropped and recreated)
 *   BENCH_REDIS_URL      when set, the server runs with REDIS_URL (events through Redis pub/sub)
 *   BENCH_IDLE           idle subscribers (default 1000)
 *   BENCH_FANOUT         subscribers an event goes to (default 100)
 *   BENCH_ROUNDS         fan-out rounds (default 7)
 * Writes a table to bench/results/notifications-latest.md.
 */
const env = process.env;
const DB_URL = env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/bench_notifications';
const DB_NAME = DB_URL.replace(/^.*\//, '').replace(/\?.*$/, '');
const ROOT_URL = DB_URL.replace(/\/[^/]*$/, '/mysql');
const IDLE = Number(env.BENCH_IDLE ?? 1000);
const FANOUT = Number(env.BENCH_FANOUT ?? 100);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 7);
const SECRET = 'bench-secret-bench-secret-bench-secret-0123456789';
const PORT = 4400 + (process.pid % 500);
const DIST = path.resolve(__dirname, '..');

function rssKb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function prepare(): Promise<{ idle: number[]; managers: number[]; filer: number }> {
  const root = await createConnection({ uri: ROOT_URL });
  await root.query(`DROP DATABASE IF EXISTS \`${DB_NAME}\``);
  await root.query(`CREATE DATABASE \`${DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await root.end();
  const ds = await openDataSource({ type: 'mysql', url: DB_URL, replicaUrls: [] });
  await migrate(ds);
  await ds.destroy();
  const conn = await createConnection({ uri: DB_URL });
  const hash = await argon2.hash('Bench-Passw0rd!');
  const insert = async (prefix: string, role: string, n: number): Promise<number[]> => {
    const values = Array.from({ length: n }, (_, i) => [
      `${prefix} ${i}`,
      `${prefix.toLowerCase()}.${i}@bench.example`,
      hash,
      'MARKET',
      1,
    ]);
    const [res] = await conn.query('INSERT INTO staff (name, email, passwordHash, department, active) VALUES ?', [
      values,
    ]);
    const first = (res as { insertId: number }).insertId;
    const ids = Array.from({ length: n }, (_, i) => first + i);
    await conn.query('INSERT INTO staff_role (staffId, role) VALUES ?', [ids.map((id) => [id, role])]);
    return ids;
  };
  const idle = await insert('Idle', 'SALESPERSON', IDLE);
  const managers = await insert('Manager', 'MANAGER', FANOUT);
  const [filer] = await insert('Filer', 'SALESPERSON', 1);
  await conn.end();
  return { idle, managers, filer };
}

async function startServer(): Promise<ChildProcess> {
  const child = fork(path.join(DIST, 'src', 'main.js'), [], {
    env: {
      PATH: env.PATH ?? '',
      NODE_ENV: 'production',
      JWT_SECRET: SECRET,
      DATABASE_URL: DB_URL,
      LOG_LEVEL: 'warn',
      PORT: String(PORT),
      // 1,100 sockets from one address: the per-address limit is for the open internet.
      HTTP_MAX_CONNECTIONS_PER_ADDRESS: '0',
      ARREARS_SWEEP_MS: '0',
      ...(env.BENCH_REDIS_URL ? { REDIS_URL: env.BENCH_REDIS_URL, REDIS_CHANNEL_PREFIX: `bench-${process.pid}:` } : {}),
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).ok) return child;
    } catch {
      /* not yet */
    }
    await sleep(250);
  }
  child.kill('SIGKILL');
  throw new Error('server did not start');
}

async function post(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** One subscriber; `onEvent` gets each notification's kind and the time it arrived. */
function subscribe(token: string, onEvent: (kind: string, at: number, id: string) => void): Promise<Client> {
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: `ws://127.0.0.1:${PORT}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: reject,
      on: { connected: () => resolve(client) },
    });
    client.subscribe(
      { query: 'subscription { notificationAdded { id kind approvalRequest { id } } }' },
      {
        next: (v: any) =>
          onEvent(v.data.notificationAdded.kind, performance.now(), v.data.notificationAdded.approvalRequest?.id),
        error: reject,
        complete: () => undefined,
      },
    );
  });
}

async function main(): Promise<void> {
  const started = new Date();
  const load = os.loadavg();
  const { idle, managers, filer } = await prepare();
  const tokens = new TokenService({
    secret: SECRET,
    issuer: 'market-department-api',
    audience: 'market-department-clients',
    ttlSeconds: 8 * 3600,
  });
  const token = async (id: number) => (await tokens.issue(id, 0)).token;
  const server = await startServer();
  const pid = server.pid!;
  try {
    const filerToken = await token(filer);
    const n = Date.now() % 1_000_000;
    const customer = await post(
      `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`,
      { i: { name: `Bench Notify Co ${n}`, contactName: 'Ms Bench', contactPhone: `133${n}`.slice(0, 15) } },
      filerToken,
    );
    const customerId = customer.data.registerCustomer.id;
    // Warm the server (JIT, pool) before the baseline.
    for (let i = 0; i < 20; i++) await post('{ unreadNotificationCount }', {}, filerToken);
    await sleep(1000);

    // 1. Idle subscribers.
    const before = rssKb(pid);
    const idleClients: Client[] = [];
    for (let i = 0; i < idle.length; i += 50) {
      idleClients.push(
        ...(await Promise.all(idle.slice(i, i + 50).map(async (id) => subscribe(await token(id), () => undefined)))),
      );
    }
    await sleep(3000);
    const after = rssKb(pid);
    const perSocketKb = (after - before) / idle.length;

    // 2. Fan-out of one event to FANOUT subscribers.
    const arrivals = new Map<string, number[]>();
    const fanClients = await Promise.all(
      managers.map(async (id) =>
        subscribe(await token(id), (kind, at, requestId) => {
          if (kind !== 'APPROVAL_REQUESTED') return;
          const list = arrivals.get(requestId) ?? [];
          list.push(at);
          arrivals.set(requestId, list);
        }),
      ),
    );
    await sleep(2000);
    const lastDelivery: number[] = [];
    const mutationMs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      const r = await post(
        `mutation($c: ID!) { requestRateChange(customerId: $c, newRate: "${300 - round}.00", reason: "bench") { id } }`,
        { c: customerId },
        filerToken,
      );
      mutationMs.push(performance.now() - t0);
      const id = r.data.requestRateChange.id;
      const deadline = Date.now() + 10_000;
      while ((arrivals.get(id)?.length ?? 0) < managers.length && Date.now() < deadline) await sleep(2);
      const got = arrivals.get(id) ?? [];
      if (got.length < managers.length)
        throw new Error(`round ${round}: ${got.length} of ${managers.length} deliveries`);
      lastDelivery.push(Math.max(...got) - t0);
      await sleep(300);
    }
    const sorted = [...lastDelivery].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    const worst = sorted[sorted.length - 1];
    const mutationMedian = [...mutationMs].sort((a, b) => a - b)[Math.floor(mutationMs.length / 2)];

    const table = [
      `Notifications benchmark, ${started.toISOString()} (load average before: ${load.map((l) => l.toFixed(2)).join(' / ')}, ${os.cpus().length} cores), ${env.BENCH_REDIS_URL ? 'through Redis' : 'in process'}`,
      '',
      '| measure | figure |',
      '|---|---|',
      `| server RSS, warm, no subscriber | ${(before / 1024).toFixed(1)} MB |`,
      `| server RSS with ${idle.length} idle subscribers | ${(after / 1024).toFixed(1)} MB |`,
      `| memory per idle socket | ${perSocketKb.toFixed(1)} KB |`,
      `| one event to ${managers.length} subscribers: time to the last delivery, median of ${ROUNDS} | ${median.toFixed(1)} ms (worst ${worst.toFixed(1)} ms) |`,
      `| the mutation's own response time, median | ${mutationMedian.toFixed(1)} ms |`,
      '',
    ].join('\n');
    console.log(table);
    fs.mkdirSync(path.resolve(DIST, '..', 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.resolve(DIST, '..', 'bench', 'results', 'notifications-latest.md'), table);
    await Promise.all([...idleClients, ...fanClients].map((c) => c.dispose()));
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
