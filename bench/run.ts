/* eslint-disable @typescript-eslint/no-explicit-any -- results are read by the shape each scenario made */
import { ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection, Connection } from 'mysql2/promise';
import { runLoad, percentile, postJson, LoadResult } from './lib/load';
import { cpuTimeMs, machineTicks, peakRssMb, stealShare } from './lib/process-stats';
import { databaseCpuMs, databasePid } from './lib/db-cpu';
import { summarizeDirectory } from './lib/profile';
import { evaluateTargets, targetsMarkdown } from './lib/targets';
import { BENCH_PASSWORD, generate, BenchData, filePendingRequests } from './generate';
import { runGaleraComparison } from './galera';

/**
 * `npm run bench`: generates the data set on MariaDB, starts our server (production mode), our
 * server without its permission layer (bench-only switch) and the hand-written reference, checks
 * they answer each scenario with identical JSON, then times each scenario alternating ours and the
 * reference (ABAB), one server under load at a time. Settings (environment):
 *   BENCH_DATABASE_URL  server root URL (default mysql://root@127.0.0.1:3306/bench_market)
 *   BENCH_SCALE         data set scale (default 1)
 *   BENCH_DURATION_MS   time per scenario and server, split over the ABAB rounds (default 8000)
 *   BENCH_START_WARMUP_MS unmeasured warm-up of each process at start, the read scenarios in turn (default 48000)
 *   BENCH_WARMUP_MS     unmeasured warm-up per scenario and server before the rounds (default 1000)
 *   BENCH_ROUNDS        ABAB rounds the duration is split over (default 4)
 *   BENCH_SKIP_GENERATE reuse the existing bench database (default off)
 *   BENCH_TARGET        `galera`: compare a single MariaDB with a three-node Galera cluster instead (bench/galera.ts)
 *   BENCH_SCENARIOS     only the scenarios whose name matches this regular expression (e.g. Report)
 * `--profile` (npm run bench -- --profile) also records our server's CPU profile and writes a summary by package.
 */
const env = process.env;
const DB_URL = env.BENCH_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/bench_market';
const DB_NAME = DB_URL.replace(/^.*\//, '').replace(/\?.*$/, '');
const ROOT_URL = DB_URL.replace(/\/[^/]*$/, '/mysql');
const SCALE = Number(env.BENCH_SCALE ?? 1);
const DURATION = Number(env.BENCH_DURATION_MS ?? 8000);
const WARMUP = Number(env.BENCH_WARMUP_MS ?? 1000);
const START_WARMUP = Number(env.BENCH_START_WARMUP_MS ?? 48000);
/** The start warm-up runs each read scenario this long in turn; the first run is the cold start. */
const WARMUP_CHUNK_MS = 2000;
/** More, shorter alternations cancel more of the machine's drift between the processes compared. */
const ROUNDS = Number(env.BENCH_ROUNDS ?? 4);
const DIST = path.resolve(__dirname, '..');
const PROFILE = process.argv.includes('--profile');
const PROFILE_DIR = path.join(__dirname, '..', '..', 'bench', 'results', 'profile');
/** mariadbd's process, for the database CPU each request costs (null when not on this machine). */
let dbPid: number | null = null;

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
}

async function start(
  name: string,
  script: string,
  port: number,
  extraEnv: Record<string, string>,
  execArgv: string[] = [],
): Promise<Server> {
  const child = fork(path.join(DIST, script), [], {
    execArgv,
    env: {
      PATH: env.PATH ?? '',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123456789',
      DATABASE_URL: DB_URL,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      ...extraEnv,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  for (let i = 0; i < 300; i++) {
    try {
      const res = await postJson(port, JSON.stringify({ query: '{ __typename }' }));
      if (res.status === 200) return { name, port, child };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`${name} did not start`);
}

function stop(s: Server): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
    setTimeout(() => s.child.kill('SIGKILL'), 5000).unref();
  });
}

async function questions(conn: Connection): Promise<number> {
  const [rows] = await conn.query("SHOW GLOBAL STATUS LIKE 'Questions'");
  return Number((rows as Array<{ Value: string }>)[0].Value);
}

interface Scenario {
  name: string;
  connections: number;
  /** The JSON body of request i sent to `server` (mutations give each server its own keys). */
  body: (i: number, server: string) => string;
  /** Authorization of our server. */
  token?: string;
  /** Who the reference acts for (it has no authentication): sent as `x-staff-id`. */
  actorId?: number;
  /** How the answers are compared before timing: identical JSON, or (mutations) identical after masking ids. */
  compare: 'identical' | 'masked-ids';
  check?: (status: number, body: string) => boolean;
  /** Runs before each timed run of `durationMs` (not measured), e.g. to file the requests it will approve. */
  prepare?: (durationMs: number) => Promise<void>;
}

interface Measured extends LoadResult {
  cpuMsPerRequest: number;
  sqlPerRequest: number;
  /** The database server's CPU per request (null when its process is not on this machine). */
  dbCpuMsPerRequest: number | null;
  /** The share of the machine's time the host gave to other guests meanwhile (virtual machines). */
  hostSteal: number;
}

async function measure(
  conn: Connection,
  s: Server,
  sc: Scenario,
  durationMs: number,
  offset: number,
): Promise<Measured> {
  await sc.prepare?.(durationMs);
  const q0 = await questions(conn);
  const c0 = cpuTimeMs(s.child.pid!);
  const d0 = databaseCpuMs(dbPid);
  const m0 = machineTicks();
  const r = await runLoad({
    port: s.port,
    connections: sc.connections,
    durationMs,
    body: (i) => sc.body(i + offset, s.name),
    headers: headersFor(s, sc),
    check: sc.check ?? ((_st, b) => !b.includes('"errors"')),
  });
  const cpu = cpuTimeMs(s.child.pid!) - c0;
  const hostSteal = stealShare(m0, machineTicks());
  const d1 = databaseCpuMs(dbPid);
  const q = (await questions(conn)) - q0 - 2; // the two SHOW STATUS statements themselves
  const dbCpuMsPerRequest = d0 === null || d1 === null ? null : (d1 - d0) / Math.max(1, r.requests);
  return {
    ...r,
    cpuMsPerRequest: cpu / Math.max(1, r.requests),
    sqlPerRequest: q / Math.max(1, r.requests),
    dbCpuMsPerRequest,
    hostSteal,
  };
}

/** The rounds of one process as one measurement: percentiles over all their requests' latencies. */
function combine(parts: Measured[]): Measured {
  const latenciesMs = parts.flatMap((p) => p.latenciesMs).sort((a, b) => a - b);
  const requests = parts.reduce((a, p) => a + p.requests, 0);
  const durationMs = parts.reduce((a, p) => a + p.durationMs, 0);
  const w = (f: (p: Measured) => number) => parts.reduce((a, p) => a + f(p) * p.requests, 0) / Math.max(1, requests);
  return {
    requests,
    errors: parts.reduce((a, p) => a + p.errors, 0),
    durationMs,
    requestsPerSecond: (requests / durationMs) * 1000,
    p50Ms: percentile(latenciesMs, 50),
    p99Ms: percentile(latenciesMs, 99),
    latenciesMs,
    cpuMsPerRequest: w((p) => p.cpuMsPerRequest),
    sqlPerRequest: w((p) => p.sqlPerRequest),
    dbCpuMsPerRequest: parts.some((p) => p.dbCpuMsPerRequest === null) ? null : w((p) => p.dbCpuMsPerRequest!),
    hostSteal: parts.reduce((a, p) => a + p.hostSteal * p.durationMs, 0) / Math.max(1, durationMs),
  };
}

const headersFor = (s: Server, sc: Scenario): Record<string, string> =>
  s.name === 'reference'
    ? sc.actorId
      ? { 'x-staff-id': String(sc.actorId) }
      : {}
    : sc.token
      ? { authorization: `Bearer ${sc.token}` }
      : {};

/** The `data` of an answer; with `maskIds`, every "id" value replaced (rows each server inserted itself). */
const dataOf = (body: string, maskIds = false) =>
  JSON.stringify(JSON.parse(body).data, (k, v) => (maskIds && k === 'id' ? '<id>' : v));

/**
 * Checks ours and the reference give the same answer to the scenario's first request before any
 * timing. Mutations insert their own rows, so their ids are masked; the payment answers are also
 * replayed crosswise (each server sent the other's idempotency key returns the other's exact JSON).
 */
async function sameAnswers(sc: Scenario, ours: Server, ref: Server): Promise<void> {
  const a = await postJson(ours.port, sc.body(0, ours.name), headersFor(ours, sc));
  const b = await postJson(ref.port, sc.body(0, ref.name), headersFor(ref, sc));
  const masked = sc.compare === 'masked-ids';
  if (a.body.includes('"errors"') || b.body.includes('"errors"') || dataOf(a.body, masked) !== dataOf(b.body, masked)) {
    throw new Error(
      `ours and the reference differ on "${sc.name}":\nours ${a.body.slice(0, 600)}\nref  ${b.body.slice(0, 600)}`,
    );
  }
  if (sc.name.startsWith('recordPayment')) {
    const a2 = await postJson(ours.port, sc.body(0, ref.name), headersFor(ours, sc));
    const b2 = await postJson(ref.port, sc.body(0, ours.name), headersFor(ref, sc));
    if (dataOf(a2.body) !== dataOf(b.body) || dataOf(b2.body) !== dataOf(a.body))
      throw new Error(`idempotent replays differ on "${sc.name}":\n${a2.body}\n${b2.body}`);
  }
}

async function login(port: number, email: string): Promise<string> {
  const res = await postJson(
    port,
    JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: email, p: BENCH_PASSWORD },
    }),
  );
  const token = JSON.parse(res.body).data?.login?.token;
  if (!token) throw new Error(`login failed for ${email}: ${res.body}`);
  return token;
}

/**
 * More approvals a second than any of the servers makes here: the approval scenario files this many pending requests
 * per second it runs.
 */
const MAX_APPROVALS_PER_SECOND = 4000;

/** The salesperson's dashboard; the page size goes in the variables. */
const DASHBOARD = `query($n: Int, $f: CustomerFilter) { customers(first: $n, filter: $f) { edges { node { id name status owner { id name } balance recentVisits { id plannedAt purpose status } openReceivables { id amount dueDate outstanding } } } } }`;

async function main() {
  if (env.BENCH_TARGET === 'galera') return runGaleraComparison();
  const t0 = Date.now();
  // The machine's load before and after: every figure is relative to what else its cores do.
  const loadBefore = os.loadavg();
  let data: BenchData;
  if (
    env.BENCH_SKIP_GENERATE === 'true' &&
    fs.existsSync(path.join(__dirname, '..', '..', 'bench', 'results', '.data.json'))
  ) {
    data = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'bench', 'results', '.data.json'), 'utf8'));
  } else {
    console.log(`generating ${DB_NAME} at scale ${SCALE}...`);
    data = await generate(ROOT_URL, DB_NAME, SCALE);
    fs.mkdirSync(path.join(__dirname, '..', '..', 'bench', 'results'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, '..', '..', 'bench', 'results', '.data.json'), JSON.stringify(data));
  }
  const generationSeconds = (Date.now() - t0) / 1000;
  console.log(`data set ready in ${generationSeconds.toFixed(1)} s`);

  if (PROFILE) fs.rmSync(PROFILE_DIR, { recursive: true, force: true });
  // Profiled, ours runs slower: its figures in such a run are for the profile, not for comparison.
  const ours = await start(
    'ours',
    'src/main.js',
    4301,
    {},
    PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : [],
  );
  const bare = await start('ours-without-permissions', 'src/main.js', 4302, {
    BENCH_MODE: 'true',
    BENCH_DISABLE_PERMISSIONS: 'true',
  });
  const ref = await start('reference', 'bench/reference/server.js', 4303, {});
  const conn = await createConnection({ uri: DB_URL });
  dbPid = await databasePid(conn);
  const results: Record<string, unknown>[] = [];
  try {
    const sales = data.salespeople[0];
    const salesToken = await login(ours.port, sales.email);
    const managerToken = await login(ours.port, data.manager.email);
    const collectorToken = await login(ours.port, data.collector.email);
    const q = (query: string, variables: Record<string, unknown>) => () => JSON.stringify({ query, variables });
    // Pending requests are handed out once each, over all servers and rounds (and runs on a reused
    // data set); before each timed run the pool is topped up to more than any server approves in it.
    const pending: number[] = (
      (await conn.query("SELECT id FROM approval_request WHERE status = 'PENDING' ORDER BY id"))[0] as Array<{
        id: number;
      }>
    ).map((r) => Number(r.id));
    let nextPending = 0;
    let filed = 0;
    const fillPending = async (durationMs: number) => {
      const needed = Math.ceil((durationMs / 1000) * MAX_APPROVALS_PER_SECOND);
      const left = pending.length - nextPending;
      if (left >= needed) return;
      const more = await filePendingRequests(conn, needed - left);
      filed += more.length;
      for (const id of more) pending.push(id);
    };
    const scenarios: Scenario[] = [
      {
        name: 'dashboard first:10 as salesperson',
        connections: 8,
        token: salesToken,
        compare: 'identical',
        body: q(DASHBOARD, { n: 10, f: { ownerId: String(sales.id) } }),
      },
      {
        name: 'dashboard first:50 as salesperson',
        connections: 8,
        token: salesToken,
        compare: 'identical',
        body: q(DASHBOARD, { n: 50, f: { ownerId: String(sales.id) } }),
      },
      {
        name: 'dashboard first:100 as salesperson',
        connections: 8,
        token: salesToken,
        compare: 'identical',
        body: q(DASHBOARD, { n: 100, f: { ownerId: String(sales.id) } }),
      },
      {
        name: 'dashboard first:50 as manager',
        connections: 8,
        token: managerToken,
        compare: 'identical',
        body: q(DASHBOARD, { n: 50 }),
      },
      {
        name: 'dashboard first:10 as manager',
        connections: 8,
        token: managerToken,
        compare: 'identical',
        body: q(DASHBOARD, { n: 10 }),
      },
      {
        name: 'dashboard first:100 as manager',
        connections: 8,
        token: managerToken,
        compare: 'identical',
        body: q(DASHBOARD, { n: 100 }),
      },
      {
        name: 'monthlyReceivablesReport 2026-09',
        connections: 2,
        token: managerToken,
        compare: 'identical',
        body: q(
          'query($m: String!) { monthlyReceivablesReport(month: $m) { month byOwner { owner { id name } opening added received closing } totals { opening added received closing } } }',
          { m: '2026-09' },
        ),
      },
      {
        name: 'agingReport asOf 2026-11-15',
        connections: 2,
        token: managerToken,
        compare: 'identical',
        body: q(
          'query($d: LocalDate) { agingReport(asOf: $d) { asOf totals { notDue d1to30 d31to60 d61to90 over90 total } } }',
          { d: '2026-11-15' },
        ),
      },
      {
        name: 'recordPayment under contention (8 customers)',
        connections: 8,
        token: collectorToken,
        actorId: data.collector.id,
        compare: 'masked-ids',
        body: (i, server) =>
          JSON.stringify({
            query:
              'mutation($c: ID!, $k: String!) { recordPayment(customerId: $c, amount: "1.00", receivedOn: "2026-11-20", reference: "bench", idempotencyKey: $k) { id amount } }',
            variables: { c: String(1 + (i % 8)), k: `bench-${server}-${t0}-${i}` },
          }),
      },
      {
        name: 'approveRequest by a manager (8 connections)',
        connections: 8,
        token: managerToken,
        actorId: data.manager.id,
        compare: 'masked-ids',
        prepare: fillPending,
        body: () => {
          const id = pending[nextPending++];
          if (id === undefined)
            throw new Error(
              `the pool of pending requests ran dry (more than ${MAX_APPROVALS_PER_SECOND} approvals a second): raise MAX_APPROVALS_PER_SECOND`,
            );
          return JSON.stringify({
            query: 'mutation($id: ID!) { approveRequest(id: $id, note: "ok") { id status } }',
            variables: { id: String(id) },
          });
        },
      },
    ];

    const only = env.BENCH_SCENARIOS ? new RegExp(env.BENCH_SCENARIOS) : null;
    const selected = scenarios.filter((x) => !only || only.test(x.name));
    // A fresh process spends its first seconds compiling (V8 optimizes a function only after it ran a
    // while): per 3 s from a fresh start, ours served the 10-row dashboard at 251, 293, 356, 392, 497
    // ... requests/s and first passed 650 after 36 s; the reference settled after about 12 s. Timed from
    // cold, the first scenarios would measure start-up, not service; so every process first runs the
    // read scenarios in turn, 2 s each, for START_WARMUP, and what it served in its first 2 s is
    // reported on its own. The processes take their chunks in alternation, so that none has been idle
    // longer than another when the first scenario starts: warmed one process after the other, ours sat
    // idle 96 s before it, the reference 48 s and ours without permissions none, and a process that has
    // been idle that long serves its first seconds slower (ours after 90–100 s: 0.5–0.75 × its pace
    // for about 2 s), which the first scenario then measured as ours' and as the permissions' cost.
    const reads = selected.filter((x) => x.compare === 'identical');
    const coldStart: Record<string, number> = {};
    for (let k = 0; reads.length && k * WARMUP_CHUNK_MS < START_WARMUP; k++)
      for (const s of [ours, ref, bare]) {
        const sc = reads[k % reads.length];
        const r = await runLoad({
          port: s.port,
          connections: sc.connections,
          durationMs: WARMUP_CHUNK_MS,
          body: (i) => sc.body(i, s.name),
          headers: headersFor(s, sc),
        });
        if (k === 0) coldStart[s.name] = r.requestsPerSecond;
      }
    for (const sc of selected) {
      await sc.prepare?.(WARMUP);
      await sameAnswers(sc, ours, ref);
      // Warm-up, not measured: each process runs the scenario briefly first, so JIT compilation and
      // first-use caches of its code path do not land in the first measured round's tail.
      for (const s of [ours, ref, bare]) await measure(conn, s, sc, WARMUP, 9_000_000);
      const per = DURATION / ROUNDS;
      const parts: Record<string, Measured[]> = { ours: [], reference: [], bare: [] };
      for (let round = 0; round < ROUNDS; round++) {
        parts.ours.push(await measure(conn, ours, sc, per, round * 1_000_000));
        parts.reference.push(await measure(conn, ref, sc, per, round * 1_000_000));
        parts.bare.push(await measure(conn, bare, sc, per, round * 1_000_000));
      }
      const o = combine(parts.ours);
      const r = combine(parts.reference);
      const n = combine(parts.bare);
      const row = {
        scenario: sc.name,
        connections: sc.connections,
        ours: o,
        reference: r,
        withoutPermissions: n,
        throughputRatio: o.requestsPerSecond / r.requestsPerSecond,
        permissionCost: 1 - o.requestsPerSecond / n.requestsPerSecond,
        p99OverP50: o.p99Ms / Math.max(0.001, o.p50Ms),
        referenceP99OverP50: r.p99Ms / Math.max(0.001, r.p50Ms),
      };
      results.push(row);
      console.log(
        `${sc.name.padEnd(46)} ours ${o.requestsPerSecond.toFixed(0).padStart(5)} rps p50 ${o.p50Ms.toFixed(1)} p99 ${o.p99Ms.toFixed(1)} cpu ${o.cpuMsPerRequest.toFixed(2)}ms db ${o.dbCpuMsPerRequest?.toFixed(2) ?? '–'}ms sql ${o.sqlPerRequest.toFixed(2)}` +
          ` | ref ${r.requestsPerSecond.toFixed(0)} rps p50 ${r.p50Ms.toFixed(1)} db ${r.dbCpuMsPerRequest?.toFixed(2) ?? '–'}ms sql ${r.sqlPerRequest.toFixed(2)} | ratio ${row.throughputRatio.toFixed(2)}` +
          ` | perm cost ${(row.permissionCost * 100).toFixed(0)}% | errors ${o.errors}` +
          ` | host steal ${(o.hostSteal * 100).toFixed(1)}% / ${(r.hostSteal * 100).toFixed(1)}%`,
      );
    }
    const summary = {
      at: new Date().toISOString(),
      scale: SCALE,
      durationMsPerScenario: DURATION,
      generationSeconds,
      cpus: os.cpus().length,
      peakRssMb: {
        ours: peakRssMb(ours.child.pid!),
        withoutPermissions: peakRssMb(bare.child.pid!),
        reference: peakRssMb(ref.child.pid!),
      },
      profiled: PROFILE,
      loadAverage: { before: loadBefore, after: os.loadavg() },
      approvalRequestsFiled: filed,
      coldStart: reads.length
        ? {
            scenario: reads[0].name,
            seconds: WARMUP_CHUNK_MS / 1000,
            ours: coldStart.ours,
            reference: coldStart.reference,
          }
        : null,
      results,
      targets: evaluateTargets(results as any, peakRssMb(ours.child.pid!)),
    };
    for (const t of summary.targets)
      console.log(`${t.met === null ? '  -' : t.met ? ' ok' : ' NO'}  ${t.target}: ${t.figure}`);
    const dir = path.join(__dirname, '..', '..', 'bench', 'results');
    const file = path.join(dir, `${summary.at.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(
      file,
      JSON.stringify(summary, (k, v) => (k === 'latenciesMs' ? undefined : v), 2),
    );
    fs.writeFileSync(path.join(dir, 'latest.md'), markdown(summary));
    console.log(
      `peak RSS: ours ${summary.peakRssMb.ours.toFixed(0)} MB, reference ${summary.peakRssMb.reference.toFixed(0)} MB`,
    );
    console.log(`written ${file} and bench/results/latest.md (total ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  } finally {
    await conn.end();
    await Promise.all([stop(ours), stop(bare), stop(ref)]);
  }
  if (PROFILE) {
    const md = summarizeDirectory(
      PROFILE_DIR,
      `Where our server's CPU goes (${new Date().toISOString()}, scale ${SCALE}, every scenario)`,
    );
    console.log(md ?? `no CPU profile was written in ${PROFILE_DIR}`);
    if (md)
      console.log(
        `written ${path.join('bench', 'results', 'profile', 'summary.md')} (and the raw .cpuprofile, which Chrome DevTools opens)`,
      );
  }
}

function markdown(s: {
  at: string;
  scale: number;
  durationMsPerScenario: number;
  generationSeconds: number;
  cpus: number;
  peakRssMb: Record<string, number>;
  profiled: boolean;
  loadAverage: { before: number[]; after: number[] };
  approvalRequestsFiled: number;
  coldStart: { scenario: string; seconds: number; ours: number; reference: number } | null;
  results: Record<string, any>[];
  targets: ReturnType<typeof evaluateTargets>;
}): string {
  const f = (n: number | null | undefined, d = 1) => (n === null || n === undefined ? '–' : n.toFixed(d));
  const lines = [
    `# Benchmark results (${s.at})`,
    '',
    `Scale ${s.scale}, ${s.durationMsPerScenario} ms per scenario and server (ABAB), ${s.cpus} CPUs, data set generated in ${f(s.generationSeconds)} s.`,
    `Peak RSS: ours ${f(s.peakRssMb.ours, 0)} MB, ours without permissions ${f(s.peakRssMb.withoutPermissions, 0)} MB, reference ${f(s.peakRssMb.reference, 0)} MB.`,
    `Load average (1, 5, 15 min) before ${s.loadAverage.before.map((x) => x.toFixed(2)).join(', ')}, after ${s.loadAverage.after.map((x) => x.toFixed(2)).join(', ')}.`,
    ...(s.approvalRequestsFiled
      ? [`The approval scenario filed ${s.approvalRequestsFiled} more pending requests as it went (it never ran dry).`]
      : []),
    ...(s.coldStart ? [coldStartLine(s.coldStart, s.results)] : []),
    ...(s.results.length ? [hostStealLine(s.results)] : []),
    ...(s.profiled
      ? ['', '**Profiled run** (`--profile`): ours ran under the CPU profiler, so its figures are not comparable.']
      : []),
    '',
    '| scenario | conns | ours req/s | ref req/s | ours/ref | p50 ms | p99 ms | p99/p50 (ours/ref) | CPU ms/req (ours/ref) | DB CPU ms/req (ours/ref) | SQL/req (ours/ref) | permission cost | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...s.results.map(
      (r) =>
        `| ${r.scenario} | ${r.connections} | ${f(r.ours.requestsPerSecond, 0)} | ${f(r.reference?.requestsPerSecond, 0)} | ${f(r.throughputRatio, 2)} | ${f(r.ours.p50Ms)} | ${f(r.ours.p99Ms)} | ${f(r.p99OverP50, 1)} / ${f(r.referenceP99OverP50, 1)} | ${f(r.ours.cpuMsPerRequest, 2)} / ${f(r.reference?.cpuMsPerRequest, 2)} | ${f(r.ours.dbCpuMsPerRequest, 2)} / ${f(r.reference?.dbCpuMsPerRequest, 2)} | ${f(r.ours.sqlPerRequest, 1)} / ${f(r.reference?.sqlPerRequest, 1)} | ${f(r.permissionCost * 100, 0)}% | ${r.ours.errors} |`,
    ),
    '',
    'Targets (benchmarks, not timed tests):',
    '',
    ...targetsMarkdown(s.targets),
    '',
  ];
  return lines.join('\n');
}

/**
 * How much of the machine's time the host took for other guests while each server was timed: on a
 * virtual machine a scenario with much of it ran on less CPU, for both servers or for one.
 */
function hostStealLine(results: Record<string, any>[]): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const mean = (side: string) => results.reduce((a, r) => a + r[side].hostSteal, 0) / results.length;
  const worst = results.reduce((a, r) =>
    Math.max(r.ours.hostSteal, r.reference.hostSteal) > Math.max(a.ours.hostSteal, a.reference.hostSteal) ? r : a,
  );
  return `Host steal (the machine's time a hypervisor gave to other guests) while timed: ours ${pct(mean('ours'))}, reference ${pct(mean('reference'))} (mean of the scenarios); at most in ${worst.scenario}: ours ${pct(worst.ours.hostSteal)}, reference ${pct(worst.reference.hostSteal)}.`;
}

/** What each process served of the first read scenario in its first seconds, against its timed figure. */
function coldStartLine(
  c: { scenario: string; seconds: number; ours: number; reference: number },
  results: Record<string, any>[],
): string {
  const timed = results.find((r) => r.scenario === c.scenario);
  const share = (cold: number, steady: number | undefined) =>
    steady ? ` (${((cold / steady) * 100).toFixed(0)} % of its timed figure)` : '';
  return (
    `Cold start, ${c.scenario} in the first ${c.seconds.toFixed(1)} s of a fresh process (before the timed runs): ` +
    `ours ${c.ours.toFixed(0)} req/s${share(c.ours, timed?.ours.requestsPerSecond)}, ` +
    `reference ${c.reference.toFixed(0)} req/s${share(c.reference, timed?.reference.requestsPerSecond)}.`
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
