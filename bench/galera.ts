import { ChildProcess, execFile, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BENCH_PASSWORD, generate } from './generate';
import { percentile, postJson, runLoad, LoadResult } from './lib/load';

/**
 * `BENCH_TARGET=galera npm run bench`: the cost of synchronous replication. One run generates the
 * same data set on the single MariaDB (BENCH_DATABASE_URL's server) and on a three-node Galera
 * cluster it starts itself (scripts/galera-cluster.sh, loopback ports from GALERA_BASE_PORT,
 * default 14300; removed afterwards), starts our server (production mode) on each, and times the
 * dashboard and recordPayment on both in alternation (ABAB). recordPayment is also run on two
 * instances at once: on the cluster they are attached to different nodes, so payments of one
 * customer meet in Galera's certification (conflicts retried) instead of in one node's locks.
 * Settings as for `npm run bench`, but BENCH_SCALE defaults to 0.2 here (the cluster replicates
 * the whole data set to three nodes on this one machine).
 */
const env = process.env;
const SCALE = Number(env.BENCH_SCALE ?? 0.2);
const DURATION = Number(env.BENCH_DURATION_MS ?? 8000);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 4);
const WARMUP = Number(env.BENCH_WARMUP_MS ?? 1000);
const SINGLE_ROOT = (env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/bench_market').replace(/\/[^/]*$/, '');
const DB = 'bench_galera';
const BASE = Number(env.GALERA_BASE_PORT ?? 14300);
const NODE = (n: number) => `127.0.0.1:${BASE + 10 * n}`;
const ROOT = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

interface Server {
  port: number;
  child: ChildProcess;
}

async function start(databaseUrl: string, port: number): Promise<Server> {
  const child = fork(path.join(ROOT, 'dist', 'src', 'main.js'), [], {
    env: {
      PATH: env.PATH ?? '',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      PORT: String(port),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await postJson(port, JSON.stringify({ query: '{ __typename }' }))).status === 200) return { port, child };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the server on ${databaseUrl} did not start`);
}

const stop = (s: Server) =>
  new Promise<void>((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
    setTimeout(() => s.child.kill('SIGKILL'), 5000).unref();
  });

async function login(port: number, email: string): Promise<string> {
  const res = await postJson(
    port,
    JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: BENCH_PASSWORD },
    }),
  );
  return JSON.parse(res.body).data.login.token;
}

interface Scenario {
  name: string;
  connections: number;
  token: 'manager' | 'collector';
  body: (i: number, target: string) => string;
}

const DASHBOARD = `query($n: Int) { customers(first: $n) { edges { node { id name status owner { id name } balance recentVisits { id plannedAt purpose status } openReceivables { id amount dueDate outstanding } } } } }`;
const PAY =
  'mutation($c: ID!, $k: String!) { recordPayment(customerId: $c, amount: "1.00", receivedOn: "2026-11-20", reference: "bench", idempotencyKey: $k) { id amount } }';
const stamp = Date.now();

/** Runs one scenario on a target's servers at once (the connections split between them), as one result. */
async function measure(
  servers: Server[],
  sc: Scenario,
  tokens: Record<string, string>,
  target: string,
  durationMs: number,
  offset: number,
): Promise<LoadResult> {
  const per = Math.max(1, Math.floor(sc.connections / servers.length));
  const parts = await Promise.all(
    servers.map((s, k) =>
      runLoad({
        port: s.port,
        connections: per,
        durationMs,
        body: (i) => sc.body(offset + k * 100_000 + i, target),
        headers: { authorization: `Bearer ${tokens[sc.token]}` },
        check: (_st, b) => !b.includes('"errors"'),
      }),
    ),
  );
  return combine(parts);
}

function combine(parts: LoadResult[]): LoadResult {
  const latenciesMs = parts.flatMap((p) => p.latenciesMs).sort((a, b) => a - b);
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  const durationMs = Math.max(...parts.map((p) => p.durationMs));
  return {
    requests,
    errors: parts.reduce((n, p) => n + p.errors, 0),
    durationMs,
    requestsPerSecond: parts.reduce((n, p) => n + p.requestsPerSecond, 0),
    p50Ms: percentile(latenciesMs, 50),
    p99Ms: percentile(latenciesMs, 99),
    latenciesMs,
  };
}

function sumRounds(parts: LoadResult[]): LoadResult {
  const c = combine(parts);
  return { ...c, requestsPerSecond: parts.reduce((n, p) => n + p.requestsPerSecond, 0) / parts.length };
}

export async function runGaleraComparison(): Promise<void> {
  const t0 = Date.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-galera-'));
  fs.chmodSync(dir, 0o755);
  const cluster = (...args: string[]) =>
    run('bash', [path.join(ROOT, 'scripts', 'galera-cluster.sh'), ...args], {
      env: { ...env, GALERA_DIR: dir, GALERA_BASE_PORT: String(BASE), GALERA_OWNER_PID: String(process.pid) },
      timeout: 300_000,
    });
  const servers: Server[] = [];
  try {
    console.log('starting a three-node Galera cluster...');
    await cluster('start');
    console.log(`generating ${DB} at scale ${SCALE} on the single server and on the cluster...`);
    const data = await generate(`${SINGLE_ROOT}/mysql`, DB, SCALE);
    await generate(`mysql://root@${NODE(1)}/mysql`, DB, SCALE);
    const single = [await start(`${SINGLE_ROOT}/${DB}`, 4311), await start(`${SINGLE_ROOT}/${DB}`, 4312)];
    const galera = [
      await start(`mysql://root@${NODE(1)},${NODE(2)},${NODE(3)}/${DB}`, 4321),
      await start(`mysql://root@${NODE(2)},${NODE(3)},${NODE(1)}/${DB}`, 4322),
    ];
    servers.push(...single, ...galera);
    const tokens: Record<string, Record<string, string>> = {};
    for (const [target, list] of [
      ['single', single],
      ['galera', galera],
    ] as const) {
      tokens[target] = {
        manager: await login(list[0].port, data.manager.email),
        collector: await login(list[0].port, data.collector.email),
      };
    }
    const pay = (i: number, target: string) =>
      JSON.stringify({ query: PAY, variables: { c: String(1 + (i % 8)), k: `galera-bench-${target}-${stamp}-${i}` } });
    const scenarios: Array<Scenario & { instances: number }> = [
      {
        name: 'dashboard first:50 as manager',
        connections: 8,
        token: 'manager',
        instances: 1,
        body: () => JSON.stringify({ query: DASHBOARD, variables: { n: 50 } }),
      },
      { name: 'recordPayment, 8 customers, one instance', connections: 8, token: 'collector', instances: 1, body: pay },
      {
        name: 'recordPayment, 8 customers, two instances (two nodes)',
        connections: 8,
        token: 'collector',
        instances: 2,
        body: pay,
      },
    ];
    const rows: string[] = [];
    for (const sc of scenarios) {
      const on = { single: single.slice(0, sc.instances), galera: galera.slice(0, sc.instances) };
      for (const target of ['single', 'galera'] as const)
        await measure(on[target], sc, tokens[target], target, WARMUP, 9_000_000);
      const parts: Record<string, LoadResult[]> = { single: [], galera: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of ['single', 'galera'] as const)
          parts[target].push(
            await measure(on[target], sc, tokens[target], target, DURATION / ROUNDS, round * 1_000_000),
          );
      }
      const s = sumRounds(parts.single);
      const g = sumRounds(parts.galera);
      const row = `| ${sc.name} | ${sc.connections} | ${s.requestsPerSecond.toFixed(0)} | ${g.requestsPerSecond.toFixed(0)} | ${(g.requestsPerSecond / s.requestsPerSecond).toFixed(2)} | ${s.p50Ms.toFixed(1)} / ${g.p50Ms.toFixed(1)} | ${s.p99Ms.toFixed(1)} / ${g.p99Ms.toFixed(1)} | ${s.errors} / ${g.errors} |`;
      console.log(row);
      rows.push(row);
    }
    const md = [
      `# Single MariaDB against a three-node Galera cluster (${new Date().toISOString()})`,
      '',
      `Scale ${SCALE}, ${DURATION} ms per scenario and target (ABAB, ${ROUNDS} rounds), ${os.cpus().length} CPUs; the three nodes, the single server and the API processes share this machine.`,
      '',
      '| scenario | conns | single req/s | galera req/s | galera/single | p50 ms (single / galera) | p99 ms (single / galera) | errors (single / galera) |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n');
    fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'galera-latest.md'), md);
    console.log(`written bench/results/galera-latest.md (total ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  } finally {
    await Promise.all(servers.map(stop));
    await cluster('destroy').catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
