import fs from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { MAX_FAILED_LOGINS } from '../../src/features/auth/login-throttle';
import { Department, Role } from '../../src/domain/roles';
import { GaleraCluster } from '../support/galera-cluster';
import { ApiInstance, codes, PASSWORD, post, retriesReported, signIn, startInstance } from './cluster-instances';
import { LoadReport, runLoadWithNodeLoss } from './node-loss-load';

/**
 * High availability on a real three-node MariaDB Galera cluster (galera project only: it starts
 * its own cluster with scripts/galera-cluster.sh). Two API instances attached to different nodes
 * (A: node 1 first, B: node 2 first) keep every promise the single server makes, a write-write
 * conflict between nodes is retried, and a node killed under load loses nothing.
 */
jest.setTimeout(300_000);

const DB = 'app';
let cluster: GaleraCluster;
let A: ApiInstance;
let B: ApiInstance;
const tokens: Record<string, string> = {};
const emails = {
  s1: 'sales.one@galera.example',
  s2: 'sales.two@galera.example',
  m1: 'manager.one@galera.example',
  m2: 'manager.two@galera.example',
  c: 'collector@galera.example',
  victim: 'victim@galera.example',
};

beforeAll(async () => {
  cluster = await GaleraCluster.start();
  await cluster.query(1, `CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  // One after the other, as a rolling deployment starts them: the first migrates, the second finds nothing to do.
  A = await startInstance('A', cluster.url(DB, [1, 2, 3]));
  B = await startInstance('B', cluster.url(DB, [2, 3, 1]));
  const roles: Record<string, [Role, Department]> = {
    s1: [Role.SALESPERSON, Department.MARKET],
    s2: [Role.SALESPERSON, Department.MARKET],
    m1: [Role.MANAGER, Department.MARKET],
    m2: [Role.MANAGER, Department.MARKET],
    c: [Role.COLLECTOR, Department.FINANCE],
    victim: [Role.SALESPERSON, Department.MARKET],
  };
  for (const [key, email] of Object.entries(emails))
    tokens[key] = (await signIn(key.endsWith('2') ? B : A, roles[key][0], email, roles[key][1])).token;
}, 240_000);

afterAll(async () => {
  await A?.stop();
  await B?.stop();
  await cluster?.destroy();
});

const ROUNDS = 3;
let seq = 0;
const unique = () => `${Date.now() % 1_000_000}${++seq}`;
const Register = `mutation($i: RegisterCustomerInput!) { registerCustomer(input: $i) { id } }`;
const Pay = `mutation($c: ID!, $a: Money!, $k: String!) { recordPayment(customerId: $c, amount: $a, receivedOn: "2026-11-20", reference: "bank", idempotencyKey: $k) { id amount } }`;

async function newCustomer(): Promise<string> {
  const n = unique();
  const r = await post(
    A,
    Register,
    { i: { name: `Galera Freight ${n}`, contactName: 'Mr Node', contactPhone: `139${n}`.slice(0, 15) } },
    tokens.s1,
  );
  expect(r.errors).toBeUndefined();
  return r.data.registerCustomer.id;
}

async function one(node: number, sql: string, params: unknown[] = []): Promise<number> {
  const rows = await cluster.query<{ n: unknown }>(node, sql, params, DB);
  return Number(rows[0].n);
}

describe('the cluster and its schema', () => {
  it('runs three synced nodes; each instance works on its own home node', async () => {
    for (const node of [1, 2, 3]) {
      expect(await cluster.status(node, 'wsrep_cluster_size')).toBe('3');
      expect(await cluster.status(node, 'wsrep_ready')).toBe('ON');
    }
    expect(Number((await A.db.query('SELECT @@port AS p'))[0].p)).toBe(cluster.sqlPort(1));
    expect(Number((await B.db.query('SELECT @@port AS p'))[0].p)).toBe(cluster.sqlPort(2));
  });

  it('ran the migrations once: the second instance applied none, and every node lists each once', async () => {
    expect(A.applied.length).toBeGreaterThan(0);
    expect(B.applied).toEqual([]);
    for (const node of [1, 2, 3]) {
      const rows = await cluster.query<{ name: string; n: number }>(
        node,
        'SELECT name, COUNT(*) AS n FROM migrations GROUP BY name',
        [],
        DB,
      );
      expect(rows.map((r) => r.name).sort()).toEqual([...A.applied].sort());
      expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    }
  });

  it('uses only what Galera replicates: InnoDB tables, each with a primary key, and no table or named locks', async () => {
    const tables = await cluster.query<{ name: string; engine: string; pk: number }>(
      2,
      `SELECT t.TABLE_NAME AS name, t.ENGINE AS engine,
              (SELECT COUNT(*) FROM information_schema.TABLE_CONSTRAINTS c
                WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME AND c.CONSTRAINT_TYPE = 'PRIMARY KEY') AS pk
         FROM information_schema.TABLES t WHERE t.TABLE_SCHEMA = ? AND t.TABLE_TYPE = 'BASE TABLE'`,
      [DB],
    );
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => t.engine !== 'InnoDB' || Number(t.pk) !== 1)).toEqual([]);
    const root = path.resolve(__dirname, '..', '..');
    const offenders: string[] = [];
    const scan = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) scan(file);
        else if (
          /\.ts$/.test(entry.name) &&
          /LOCK\s+TABLES|GET_LOCK\s*\(|RELEASE_LOCK\s*\(|ENGINE\s*=\s*(MyISAM|MEMORY|Aria)|CREATE\s+TEMPORARY\s+TABLE/i.test(
            fs.readFileSync(file, 'utf8'),
          )
        ) {
          offenders.push(path.relative(root, file));
        }
      }
    };
    for (const dir of ['src', 'migrations']) scan(path.join(root, dir));
    expect(offenders).toEqual([]);
  });
});

describe('two instances on different nodes keep every promise', () => {
  it('first contact: one prospect registered on both nodes at once has one owner, the other gets CUSTOMER_ALREADY_OWNED', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const n = unique();
      const input = { name: `Race Freight ${n}`, contactName: 'Mr Race', contactPhone: `136${n}`.slice(0, 15) };
      const [a, b] = await Promise.all([
        post(A, Register, { i: input }, tokens.s1),
        post(B, Register, { i: input }, tokens.s2),
      ]);
      expect([a, b].filter((r) => r.data?.registerCustomer)).toHaveLength(1);
      expect([...codes(a), ...codes(b)]).toEqual(['CUSTOMER_ALREADY_OWNED']);
      for (const node of [1, 2, 3])
        expect(await one(node, 'SELECT COUNT(*) AS n FROM customer WHERE name = ?', [input.name])).toBe(1);
    }
  });

  it('double approval: two managers on two nodes approve one request, one decision and one CONFLICT', async () => {
    const Request = `mutation($c: ID!) { requestRateChange(customerId: $c, newRate: "290.00", reason: "volume") { id } }`;
    const Approve = `mutation($id: ID!) { approveRequest(id: $id, note: "ok") { id status } }`;
    for (let round = 0; round < ROUNDS; round++) {
      const customerId = await newCustomer();
      await cluster.query(1, 'UPDATE customer SET freightRate = 30000 WHERE id = ?', [Number(customerId)], DB);
      const req = await post(A, Request, { c: customerId }, tokens.s1);
      expect(req.errors).toBeUndefined();
      const id = req.data.requestRateChange.id;
      const [a, b] = await Promise.all([post(A, Approve, { id }, tokens.m1), post(B, Approve, { id }, tokens.m2)]);
      expect([a, b].filter((r) => r.data?.approveRequest?.status === 'APPROVED')).toHaveLength(1);
      expect([...codes(a), ...codes(b)]).toEqual(['CONFLICT']);
      expect(
        await one(
          3,
          "SELECT COUNT(*) AS n FROM audit_event WHERE entityType = 'ApprovalRequest' AND entityId = ? AND action = 'approval.approved'",
          [String(id)],
        ),
      ).toBe(1);
    }
  });

  it('idempotent payments: one payment sent to both nodes with one key is recorded once', async () => {
    const customerId = await newCustomer();
    for (let round = 0; round < ROUNDS; round++) {
      const k = `galera-twice-${unique()}`;
      const [a, b] = await Promise.all([
        post(A, Pay, { c: customerId, a: '10.00', k }, tokens.c),
        post(B, Pay, { c: customerId, a: '10.00', k }, tokens.c),
      ]);
      const paid = [a, b].filter((r) => r.data?.recordPayment).map((r) => r.data.recordPayment.id);
      expect(paid.length).toBeGreaterThanOrEqual(1);
      expect(new Set(paid).size).toBe(1);
      for (const node of [1, 2, 3])
        expect(await one(node, 'SELECT COUNT(*) AS n FROM payment WHERE idempotencyKey = ?', [k])).toBe(1);
    }
  });

  it('login throttling: failed sign-ins on node 1 lock the account on node 2', async () => {
    const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      expect(codes(await post(A, LOGIN, { e: emails.victim, p: 'wrong-password-1' }))).toEqual(['UNAUTHENTICATED']);
    const right = await post(B, LOGIN, { e: emails.victim, p: PASSWORD });
    expect(codes(right)).toEqual(['UNAUTHENTICATED']);
    expect((await post(B, LOGIN, { e: emails.s2, p: PASSWORD })).data.login.token).toEqual(expect.any(String));
  });

  it('a write-write conflict between nodes is a deadlock at commit and is retried: payments racing for one receivable settle it once', async () => {
    const customerId = await newCustomer();
    // One open receivable of 10.00: every payment below would settle all of it if it saw no other.
    await cluster.query(
      1,
      "INSERT INTO receivable (statementId, customerId, amount, confirmedOn, dueDate) VALUES (?, ?, 1000, '2026-10-01', '2026-10-31')",
      [900_000 + Number(customerId), Number(customerId)],
      DB,
    );
    const before = (await retriesReported(A, 'ER_LOCK_DEADLOCK')) + (await retriesReported(B, 'ER_LOCK_DEADLOCK'));
    const keys = Array.from({ length: 12 }, (_, i) => `galera-race-${customerId}-${i}`);
    const answers = await Promise.all(
      keys.map((k, i) => post(i % 2 ? B : A, Pay, { c: customerId, a: '10.00', k }, tokens.c)),
    );
    const retried =
      (await retriesReported(A, 'ER_LOCK_DEADLOCK')) + (await retriesReported(B, 'ER_LOCK_DEADLOCK')) - before;
    console.log(
      `conflict test: ${answers.filter((r) => r.data?.recordPayment).length} of ${keys.length} payments recorded, ${retried} transactions retried after a certification conflict, errors: ${JSON.stringify(answers.flatMap(codes))}`,
    );
    expect(retried).toBeGreaterThan(0);
    expect(answers.flatMap(codes).filter((c) => c !== 'CONFLICT')).toEqual([]);
    const recorded = answers.filter((r) => r.data?.recordPayment).length;
    expect(recorded).toBeGreaterThanOrEqual(keys.length / 2);
    for (const node of [1, 2, 3]) {
      expect(await one(node, 'SELECT COUNT(*) AS n FROM payment WHERE customerId = ?', [Number(customerId)])).toBe(
        recorded,
      );
      // Settled once: without the cross-node claim two nodes would each allocate the whole 10.00.
      expect(
        await one(
          node,
          'SELECT COALESCE(SUM(a.amount), 0) AS n FROM payment_allocation a JOIN receivable r ON r.id = a.receivableId WHERE r.customerId = ?',
          [Number(customerId)],
        ),
      ).toBe(1000);
    }
  });
});

describe('a node lost under load', () => {
  let report: LoadReport;

  beforeAll(async () => {
    const customers = await Promise.all([newCustomer(), newCustomer(), newCustomer(), newCustomer()]);
    for (const c of customers) {
      await cluster.query(
        1,
        "INSERT INTO receivable (statementId, customerId, amount, confirmedOn, dueDate) VALUES (?, ?, 5000, '2026-10-01', '2026-10-31')",
        [800_000 + Number(c), Number(c)],
        DB,
      );
    }
    report = await runLoadWithNodeLoss({
      instances: [A, B],
      cluster,
      killNode: 1,
      connections: 8,
      durationMs: Number(process.env.GALERA_LOAD_MS ?? 30_000),
      customers,
      readToken: tokens.m1,
      writeToken: tokens.c,
    });
    console.log(report.text);
  }, 240_000);

  it('clients see only SERVICE_UNAVAILABLE or CONFLICT, outages only after the kill, and every request succeeds again within seconds', () => {
    expect(report.requests).toBeGreaterThan(20);
    expect(Object.keys(report.errorsByCode).filter((c) => c !== 'SERVICE_UNAVAILABLE' && c !== 'CONFLICT')).toEqual([]);
    expect(report.errorsBeforeKill).toBe(0);
    // Each customer is paid through one instance, and a money movement locks only its customer's rows
    // (READ COMMITTED): a write busy through its retries is rare (0 in the runs of 30 November, where
    // 25 to 96 in 4,000 to 5,100 requests locked the next customer's row at REPEATABLE READ), and is
    // resent with its key (exactly once is checked below).
    expect(report.conflicts).toBeLessThanOrEqual(Math.ceil(report.requests * 0.005));
    expect(report.recoveryMs).toBeLessThan(20_000);
    expect(report.requestsAfterRecovery).toBeGreaterThan(0);
  });

  it('/readyz stays ready on both instances while two of three nodes serve', () => {
    expect(report.readyChecks).toBeGreaterThan(10);
    expect(report.notReady).toEqual([]);
  });

  it('the killed node rejoins, and every node holds every acknowledged payment exactly once with a ledger that reconciles', async () => {
    expect(['IST', 'SST']).toContain(report.rejoinedWith);
    for (const node of [2, 3, 1]) {
      const conn = await createConnection({
        uri: cluster.nodeUrl(node, DB),
        supportBigNumbers: true,
        bigNumberStrings: true,
      });
      try {
        // Reads wait until this node has applied everything the cluster committed before them.
        await conn.query('SET SESSION wsrep_sync_wait = 1');
        const [rows] = await conn.query(
          "SELECT idempotencyKey AS k, COUNT(*) AS n, SUM(amount) AS s FROM payment WHERE idempotencyKey LIKE 'load-%' GROUP BY idempotencyKey",
        );
        const found = new Map((rows as Array<{ k: string; n: number }>).map((r) => [r.k, Number(r.n)]));
        expect([...found.values()].filter((n) => n !== 1)).toEqual([]);
        expect([...report.acknowledged].filter((k) => !found.has(k))).toEqual([]);
        expect([...found.keys()].filter((k) => !report.acknowledged.has(k))).toEqual([]);
        const [ledger] = await conn.query(
          `SELECT
             (SELECT COUNT(*) FROM payment p WHERE p.idempotencyKey LIKE 'load-%' AND (SELECT COUNT(*) FROM audit_event e WHERE e.entityType = 'Payment' AND e.action = 'payment.recorded' AND e.entityId = CAST(p.id AS CHAR)) <> 1) AS unaudited,
             (SELECT COUNT(*) FROM payment p WHERE p.amount < (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.paymentId = p.id)) AS overspent,
             (SELECT COUNT(*) FROM receivable r WHERE r.amount < (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocation a WHERE a.receivableId = r.id)) AS overpaid,
             (SELECT COALESCE(SUM(amount), 0) FROM payment WHERE idempotencyKey LIKE 'load-%') AS total`,
        );
        expect(ledger).toEqual([
          { unaudited: '0', overspent: '0', overpaid: '0', total: String(report.acknowledged.size * 100) },
        ]);
      } finally {
        await conn.end();
      }
    }
  });
});
