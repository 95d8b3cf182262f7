import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';

/**
 * Graceful shutdown of the real process (src/main.ts under ts-node): on SIGTERM a request in
 * flight still gets its answer, new connections are refused, then the pool closes and the process
 * exits 0.
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

describe('SIGTERM', () => {
  it('finishes the request in flight, then closes the pool and exits 0', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shutdown-'));
    const port = await freePort();
    child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'info',
        TS_NODE_PROJECT: 'tsconfig.json',
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

    // A request in flight: headers and half the body sent, the rest after SIGTERM.
    const body = JSON.stringify({ query: '{ __typename }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      });
      req.on('response', (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(async () => {
          // Meanwhile a new connection is refused.
          const refused = await new Promise<boolean>((r) => {
            const s = net.connect(port, '127.0.0.1');
            s.on('connect', () => {
              s.destroy();
              r(false);
            });
            s.on('error', () => r(true));
          });
          expect(refused).toBe(true);
          expect(output).not.toMatch(/database pool closed/);
          req.end(body.slice(10));
        }, 1000);
      }, 200);
    });
    const res = await answer;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
    expect(await exited).toBe(0);
    const shutdownAt = output.indexOf('shutting down');
    const closedAt = output.indexOf('database pool closed');
    expect(shutdownAt).toBeGreaterThan(-1);
    expect(closedAt).toBeGreaterThan(shutdownAt);
  });
});
