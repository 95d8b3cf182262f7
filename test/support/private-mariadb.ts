import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { freePort } from './free-port';

/**
 * A private MariaDB server for tests that must stop and restart the database (outages): its own
 * temporary datadir, port and socket, so the machine's shared server is never touched.
 */
export class PrivateMariaDb {
  private process: ChildProcess | null = null;

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PrivateMariaDb> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'private-mariadb-'));
    execFileSync(
      'mariadb-install-db',
      [
        '--no-defaults',
        `--datadir=${path.join(dir, 'data')}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
      ],
      {
        stdio: 'ignore',
      },
    );
    return new PrivateMariaDb(dir, await freePort());
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const userArgs = process.getuid?.() === 0 ? ['--user=root'] : [];
    this.process = spawn(
      'mariadbd',
      [
        '--no-defaults',
        ...userArgs,
        `--datadir=${path.join(this.dir, 'data')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(this.dir, 'sock')}`,
        `--pid-file=${path.join(this.dir, 'pid')}`,
        // Its own temporary files, not /tmp: the machine's shared MariaDB keeps its internal
        // temporary tables there, and a second server sharing that directory removed them mid-query.
        `--tmpdir=${this.dir}`,
        '--skip-grant-tables',
        '--skip-name-resolve',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=16M',
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const c = await createConnection({ uri: this.url, connectTimeout: 1000 });
        await c.end();
        return;
      } catch (e) {
        if (Date.now() > deadline)
          throw new Error(`private MariaDB did not start: ${(e as Error).message}`, { cause: e });
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** Kills the server at once (a crash): connections drop, new ones are refused. */
  async kill(): Promise<void> {
    const p = this.process;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((resolve) => p.once('exit', resolve));
    p.kill('SIGKILL');
    await exited;
    this.process = null;
  }

  /** Freezes the server (SIGSTOP): connections stay open but nothing answers. */
  pause(): void {
    this.process?.kill('SIGSTOP');
  }

  resume(): void {
    this.process?.kill('SIGCONT');
  }

  async query(sql: string): Promise<void> {
    const c = await createConnection({ uri: this.url });
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  }

  async destroy(): Promise<void> {
    this.resume();
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
