import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createConnection } from 'mysql2/promise';
import { ephemeralPortsFrom, isFree } from './free-port';

const run = promisify(execFile);
const SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'galera-cluster.sh');

/**
 * A private three-node MariaDB Galera cluster for one test file, driven by
 * scripts/galera-cluster.sh (the same script people use to try it): its own folder and ports, and
 * a watchdog in the script kills every node once this process is gone, whatever the test did.
 */
export class GaleraCluster {
  private constructor(
    readonly dir: string,
    readonly basePort: number,
  ) {}

  static async start(): Promise<GaleraCluster> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galera-test-'));
    // As root the nodes run as mysql, which must be able to reach the folder.
    fs.chmodSync(dir, 0o755);
    const cluster = new GaleraCluster(dir, await freeBasePort());
    try {
      await cluster.script('start');
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
    return cluster;
  }

  sqlPort(node: number): number {
    return this.basePort + 10 * node;
  }

  /** A DATABASE_URL listing the nodes in the given order (the first is the instance's home node). */
  url(database: string, order: number[]): string {
    return `mysql://root@${order.map((n) => `127.0.0.1:${this.sqlPort(n)}`).join(',')}/${database}`;
  }

  nodeUrl(node: number, database = ''): string {
    return `mysql://root@127.0.0.1:${this.sqlPort(node)}/${database}`;
  }

  /** SIGKILL: the node crashes, its clients' connections drop. */
  kill(node: number): Promise<void> {
    return this.script('kill', String(node)).then(() => undefined);
  }

  /** Starts a node again; resolves when it has rejoined and is synced. Returns how it caught up. */
  async rejoin(node: number): Promise<'IST' | 'SST'> {
    await this.script('start-node', String(node));
    const log = fs.readFileSync(path.join(this.dir, `node${node}`, 'error.log'), 'utf8');
    const lastStart = log.lastIndexOf('WSREP: Start replication');
    return /IST received/.test(log.slice(lastStart)) ? 'IST' : 'SST';
  }

  async query<T = Record<string, unknown>>(
    node: number,
    sql: string,
    params: unknown[] = [],
    database = '',
  ): Promise<T[]> {
    const conn = await createConnection({
      uri: this.nodeUrl(node, database),
      connectTimeout: 5000,
      supportBigNumbers: true,
      bigNumberStrings: true,
    });
    try {
      const [rows] = await conn.query(sql, params);
      return rows as T[];
    } finally {
      await conn.end();
    }
  }

  async status(node: number, name: string): Promise<string> {
    const rows = await this.query<{ Value: string }>(node, `SHOW STATUS LIKE ?`, [name]);
    return rows[0]?.Value ?? '';
  }

  async destroy(): Promise<void> {
    await this.script('destroy').catch(() => undefined);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private script(...args: string[]) {
    return run('bash', [SCRIPT, ...args], {
      env: {
        ...process.env,
        GALERA_DIR: this.dir,
        GALERA_BASE_PORT: String(this.basePort),
        GALERA_OWNER_PID: String(process.pid),
      },
      timeout: 180_000,
    });
  }
}

/**
 * A base port whose twelve cluster ports (10N .. 10N+3 for N = 1..3) are all free on loopback, below
 * the ephemeral range: a node killed and started again binds its ports anew, and an outgoing
 * connection must not have taken one meanwhile.
 */
async function freeBasePort(): Promise<number> {
  const slots = Math.floor((ephemeralPortsFrom() - 20000 - 40) / 10);
  for (let attempt = 0; attempt < 50 && slots > 0; attempt++) {
    const base = 20000 + 10 * Math.floor(Math.random() * slots);
    const ports = [1, 2, 3].flatMap((n) => [0, 1, 2, 3].map((k) => base + 10 * n + k));
    if ((await Promise.all(ports.map(isFree))).every(Boolean)) return base;
  }
  throw new Error('no free ports for the Galera cluster');
}
