import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import argon2 from 'argon2';
import { migrate, openDataSource } from '../../src/db/data-source';
import { Subscriber } from '../support/subscriber';
import { freePort } from '../support/free-port';

/**
 * Graceful shutdown with live subscriptions: on SIGTERM the real process (src/main.ts) closes
 * every subscription socket as "going away" (1001), so clients reconnect elsewhere, and still
 * exits 0 (an open socket does not hold the shutdown).
 */
jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
let child: ChildProcess;
let dir: string;
let output = '';

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM with subscribers', () => {
  it('closes their sockets with 1001 and exits 0', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shutdown-ws-'));
    const file = path.join(dir, 'db.sqlite');
    const ds = await openDataSource({ type: 'sqlite', path: file });
    await migrate(ds);
    await ds.query('INSERT INTO staff (name, email, passwordHash, department, active) VALUES (?, ?, ?, ?, 1)', [
      'Subscriber',
      'sub@shutdown.example',
      await argon2.hash('Passw0rd!'),
      'MARKET',
    ]);
    await ds.query('INSERT INTO staff_role (staffId, role) VALUES (1, ?)', ['SALESPERSON']);
    await ds.destroy();
    const port = await freePort();
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        DATABASE_URL: `sqlite:${file}`,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        TS_NODE_PROJECT: 'tsconfig.json',
        REDIS_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    const deadline = Date.now() + 90_000;
    while (!output.includes('ready at')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(email: "sub@shutdown.example", password: "Passw0rd!") { token } }',
      }),
    });
    const { data } = (await login.json()) as { data: { login: { token: string } } };
    const subscriber = await Subscriber.connect(`ws://127.0.0.1:${port}/graphql`, data.login.token);
    await new Promise((r) => setTimeout(r, 500));
    expect(subscriber.closeCode).toBeNull();
    child.kill('SIGTERM');
    await subscriber.until(() => subscriber.closeCode !== null, 20_000);
    expect(subscriber.closeCode).toBe(1001);
    expect(await exited).toBe(0);
    expect(output).toMatch(/database pool closed/);
  });
});
