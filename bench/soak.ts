/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read by the shape each request asked for */
/**
 * Soak and storms (`npm run soak`): starts the built server on a free loopback port, runs mixed
 * reads and writes for SOAK_DURATION_MS, with storms of SOAK_STORM_SIZE parallel writes that
 * must have one winner (first contact of one prospect, two leaders approving one request, one
 * payment retried with one idempotency key). Then it stops the server and checks in SQL that every
 * write the server acknowledged is there exactly once. Prints requests, errors by code and the
 * checks; exits 1 when a check fails. Traffic goes only to 127.0.0.1, bounded in count and time.
 */
import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseDatabaseUrl } from '../src/config';
import { openDataSource } from '../src/db/data-source';

const DURATION_MS = Number(process.env.SOAK_DURATION_MS ?? 60_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 8);
const STORMS = Number(process.env.SOAK_STORMS ?? 4);
const STORM_SIZE = Number(process.env.SOAK_STORM_SIZE ?? 50);
const MAX_REQUESTS = Number(process.env.SOAK_MAX_REQUESTS ?? 200_000);
const HOST = '127.0.0.1';

type Answer = { data?: any; errors?: Array<{ extensions?: { code?: string } }> };

const tally = {
  requests: 0,
  byOperation: new Map<string, number>(),
  errors: new Map<string, number>(),
  expectedRefusals: new Map<string, number>(),
};
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

let base = '';

/** One GraphQL request; `expected` codes are the storms' normal losers, counted apart from errors. */
async function gql(
  operation: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  expected: string[] = [],
): Promise<Answer> {
  tally.requests++;
  bump(tally.byOperation, operation);
  let answer: Answer;
  try {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    answer = (await res.json()) as Answer;
    if (!answer.errors && res.status !== 200) answer = { errors: [{ extensions: { code: `HTTP_${res.status}` } }] };
  } catch (e) {
    answer = { errors: [{ extensions: { code: `NETWORK_${(e as Error).name}` } }] };
  }
  for (const err of answer.errors ?? []) {
    const code = err.extensions?.code ?? 'NO_CODE';
    bump(expected.includes(code) ? tally.expectedRefusals : tally.errors, code);
  }
  return answer;
}

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const REGISTER = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`;
const PAY = `mutation($c: ID!, $k: String!) { recordPayment(customerId: $c, amount: "10.00", receivedOn: "2026-11-20", reference: "soak", idempotencyKey: $k) { id } }`;
const REQUEST = `mutation($c: ID!) { requestRateChange(customerId: $c, newRate: "290.00", reason: "soak volume") { id } }`;
const APPROVE = `mutation($id: ID!) { approveRequest(id: $id, note: "soak") { id status } }`;
const LIST = `query { customers(first: 20) { totalCount edges { node { id name status balance owner { id } } } } }`;
const ME = `query { me { id name roles } }`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, HOST, () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not become ready within 60 s');
}

let seq = 0;
const unique = () => `${process.pid}-${Date.now()}-${++seq}`;
/** A phone no other customer of this run has (first contact also compares phones). */
const phone = () => `13${100_000_000 + ++seq}`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'market-soak-'));
  const databaseUrl = process.env.SOAK_DATABASE_URL ?? `sqlite:${path.join(dir, 'soak.sqlite')}`;
  const port = await freePort();
  base = `http://${HOST}:${port}`;
  const server = spawn(process.execPath, [path.join(__dirname, '../src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const acknowledged = { customers: new Map<string, string>(), payments: new Map<string, string>() };
  const storms = {
    firstContact: [] as Array<{ name: string; winners: string[] }>,
    approvals: [] as Array<{ id: string; approved: number }>,
    payments: [] as Array<{ key: string; ids: Set<string> }>,
  };
  try {
    await waitReady(server);
    const token = async (email: string) =>
      (await gql('login', LOGIN, { e: email, p: 'demo12345' })).data.login.token as string;
    const [manager, director, sales1, sales2, collector] = await Promise.all(
      ['manager', 'director', 'sales1', 'sales2', 'collector'].map((who) => token(`${who}@demo.example`)),
    );
    const register = async (who: string, name: string, expected: string[] = []) =>
      gql(
        'registerCustomer',
        REGISTER,
        { i: { name, contactName: 'Soak Contact', contactPhone: phone() } },
        who,
        expected,
      );
    const payee = (await register(sales1, `Soak Payee ${unique()}`)).data.registerCustomer.id as string;
    acknowledged.customers.set(payee, '');
    // The requests the approval storms decide, filed before the load (a rate change needs a current rate).
    const rated: string[] = [];
    for (let i = 0; i < STORMS; i++)
      rated.push((await register(sales1, `Soak Rate ${unique()}`)).data.registerCustomer.id as string);
    rated.forEach((id) => acknowledged.customers.set(id, ''));
    await setRates(databaseUrl, rated.map(Number));
    const pending: string[] = [];
    for (const c of rated)
      pending.push((await gql('requestRateChange', REQUEST, { c }, sales1)).data.requestRateChange.id as string);

    const mixed = async (): Promise<void> => {
      const roll = Math.random();
      if (roll < 0.4) await gql('customers', LIST, {}, manager);
      else if (roll < 0.6) await gql('me', ME, {}, sales2);
      else if (roll < 0.8) {
        const name = `Soak Customer ${unique()}`;
        const r = await register(sales1, name);
        if (r.data?.registerCustomer) acknowledged.customers.set(r.data.registerCustomer.id, name);
      } else {
        const key = `soak-${unique()}`;
        const r = await gql('recordPayment', PAY, { c: payee, k: key }, collector);
        if (r.data?.recordPayment) acknowledged.payments.set(key, r.data.recordPayment.id);
      }
    };

    const storm = async (round: number): Promise<void> => {
      const name = `Soak Race ${unique()}`;
      const race = await Promise.all(
        Array.from({ length: STORM_SIZE }, (_, i) =>
          register(i % 2 ? sales2 : sales1, name, ['CUSTOMER_ALREADY_OWNED', 'CONFLICT']),
        ),
      );
      const winners = race.filter((r) => r.data?.registerCustomer).map((r) => r.data.registerCustomer.id as string);
      storms.firstContact.push({ name, winners });
      for (const id of winners) acknowledged.customers.set(id, name);

      const requestId = pending[round];
      const decisions = await Promise.all(
        Array.from({ length: STORM_SIZE }, (_, i) =>
          gql('approveRequest', APPROVE, { id: requestId }, i % 2 ? director : manager, ['CONFLICT']),
        ),
      );
      storms.approvals.push({
        id: requestId,
        approved: decisions.filter((r) => r.data?.approveRequest?.status === 'APPROVED').length,
      });

      const key = `soak-storm-${round}-${unique()}`;
      const paid = await Promise.all(
        Array.from({ length: STORM_SIZE }, () =>
          gql('recordPayment', PAY, { c: payee, k: key }, collector, ['CONFLICT']),
        ),
      );
      const ids = new Set(paid.filter((r) => r.data?.recordPayment).map((r) => r.data.recordPayment.id as string));
      storms.payments.push({ key, ids });
      for (const id of ids) acknowledged.payments.set(key, id);
    };

    const started = Date.now();
    const deadline = started + DURATION_MS;
    const workers = Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline && tally.requests < MAX_REQUESTS) await mixed();
    });
    // Storm i starts at i/STORMS of the duration (or at once if the previous one ran late); all of them run.
    for (let round = 0; round < STORMS; round++) {
      await new Promise((r) => setTimeout(r, Math.max(0, started + (round * DURATION_MS) / STORMS - Date.now())));
      await storm(round);
    }
    await Promise.all(workers);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `\nSoak: ${tally.requests} requests in ${seconds.toFixed(1)} s (${(tally.requests / seconds).toFixed(0)}/s), ${CONCURRENCY} workers, ${storms.approvals.length} storms of ${STORM_SIZE}`,
    );
    console.log('Requests by operation:', Object.fromEntries(tally.byOperation));
    console.log('Errors by code:', tally.errors.size ? Object.fromEntries(tally.errors) : 'none');
    console.log("Storms' expected refusals by code:", Object.fromEntries(tally.expectedRefusals));
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)));
  }

  const failures = await verify(databaseUrl, acknowledged, storms);
  if (tally.errors.size) failures.push(`unexpected errors: ${JSON.stringify(Object.fromEntries(tally.errors))}`);
  if (databaseUrl.startsWith('sqlite:')) fs.rmSync(dir, { recursive: true, force: true });
  if (failures.length) {
    console.log(`\nFAILED:\n  - ${failures.join('\n  - ')}`);
    process.exit(1);
  }
  console.log('\nEvery acknowledged write is in the database exactly once; every storm had exactly one winner.');
}

/** The rate a rate-change request is measured against (customers are registered without one). */
async function setRates(databaseUrl: string, customerIds: number[]): Promise<void> {
  const db = await openDataSource(parseDatabaseUrl(databaseUrl, undefined));
  try {
    for (const id of customerIds) await db.query('UPDATE customer SET freightRate = 30000 WHERE id = ?', [id]);
  } finally {
    await db.destroy();
  }
}

async function verify(
  databaseUrl: string,
  acknowledged: { customers: Map<string, string>; payments: Map<string, string> },
  storms: {
    firstContact: Array<{ name: string; winners: string[] }>;
    approvals: Array<{ id: string; approved: number }>;
    payments: Array<{ key: string; ids: Set<string> }>;
  },
): Promise<string[]> {
  const failures: string[] = [];
  const db = await openDataSource(parseDatabaseUrl(databaseUrl, undefined));
  try {
    const inChunks = async <T>(values: string[], sql: (marks: string) => string): Promise<T[]> => {
      const rows: T[] = [];
      for (let i = 0; i < values.length; i += 500) {
        const chunk = values.slice(i, i + 500);
        rows.push(...((await db.query(sql(chunk.map(() => '?').join(',')), chunk)) as T[]));
      }
      return rows;
    };
    const customerIds = [...acknowledged.customers.keys()];
    const customers = await inChunks<{ id: number; name: string }>(
      customerIds,
      (m) => `SELECT id, name FROM customer WHERE id IN (${m})`,
    );
    const byId = new Map(customers.map((c) => [String(c.id), c.name]));
    for (const [id, name] of acknowledged.customers) {
      if (!byId.has(id)) failures.push(`acknowledged customer ${id} is missing`);
      else if (name && byId.get(id) !== name) failures.push(`customer ${id} is named "${byId.get(id)}", not "${name}"`);
    }
    const names = [...new Set([...acknowledged.customers.values()].filter(Boolean))];
    const perName = await inChunks<{ name: string; n: number | string }>(
      names,
      (m) => `SELECT name, COUNT(*) AS n FROM customer WHERE name IN (${m}) GROUP BY name`,
    );
    for (const row of perName) if (Number(row.n) !== 1) failures.push(`customer "${row.name}" is there ${row.n} times`);

    const keys = [...acknowledged.payments.keys()];
    const payments = await inChunks<{ idempotencyKey: string; n: number | string; id: number }>(
      keys,
      (m) =>
        `SELECT idempotencyKey, COUNT(*) AS n, MIN(id) AS id FROM payment WHERE idempotencyKey IN (${m}) GROUP BY idempotencyKey`,
    );
    const byKey = new Map(payments.map((p) => [p.idempotencyKey, p]));
    for (const [key, id] of acknowledged.payments) {
      const row = byKey.get(key);
      if (!row) failures.push(`acknowledged payment ${key} is missing`);
      else if (Number(row.n) !== 1 || String(row.id) !== id)
        failures.push(`payment ${key}: ${row.n} rows, id ${row.id} (acknowledged ${id})`);
    }

    for (const s of storms.firstContact)
      if (s.winners.length !== 1) failures.push(`first-contact storm "${s.name}" had ${s.winners.length} winners`);
    for (const s of storms.approvals) {
      const [row] = (await db.query('SELECT status FROM approval_request WHERE id = ?', [Number(s.id)])) as Array<{
        status: string;
      }>;
      if (s.approved !== 1 || row?.status !== 'APPROVED')
        failures.push(`approval storm on request ${s.id}: ${s.approved} approvals acknowledged, status ${row?.status}`);
    }
    for (const s of storms.payments)
      if (s.ids.size !== 1) failures.push(`payment storm ${s.key} answered ${s.ids.size} different payments`);

    console.log(
      `\nVerified in SQL: ${customerIds.length} acknowledged customers, ${keys.length} acknowledged payments, ` +
        `${storms.firstContact.length} first-contact, ${storms.approvals.length} approval and ${storms.payments.length} payment storms.`,
    );
  } finally {
    await db.destroy();
  }
  return failures;
}

main().catch((e) => {
  console.error('soak failed:', e);
  process.exit(1);
});
