import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, testDialect } from '../support/databases';
import { freePort } from '../support/free-port';

/**
 * The server's stdout is for log shippers: every line it prints, from the first to the last, is one
 * JSON object (the ready line and the demo logins included), whatever the mode.
 */
jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../..');

interface Run {
  stdout: string;
  stderr: string;
  code: number | null;
  /** The signal that ended the process when code is null (a lost handler, or a native crash on close). */
  signal: NodeJS.Signals | null;
}

/** Starts src/main.ts, stops it with SIGTERM once it is ready (or lets it fail), and returns what it printed. */
async function runServer(env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      LOG_LEVEL: 'info',
      TS_NODE_PROJECT: 'tsconfig.json',
      PORT: String(await freePort()),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  const deadline = Date.now() + 150_000;
  try {
    while (!stdout.includes('ready at') && child.exitCode === null) {
      if (Date.now() > deadline) throw new Error(`server did not start:\n${stdout}\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (child.exitCode === null) child.kill('SIGTERM');
    const { code, signal } = await exited; // before reading stdout: the last lines come with the exit
    return { stdout, stderr, code, signal };
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

/**
 * Exit code 0; otherwise the failure says what ended the process (a signal: a lost handler, a
 * native crash on close) and what it wrote to stderr.
 */
function expectCleanExit(run: Run): void {
  if (run.code !== 0)
    throw new Error(
      `the server ended with code ${run.code}, signal ${run.signal}; stderr:\n${run.stderr.slice(-2000)}`,
    );
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  const lines = stdout.split('\n').filter((l) => l.length > 0);
  expect(lines.length).toBeGreaterThan(0);
  return lines.map((line) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`not a JSON line on stdout: ${line}`);
    }
    expect(parsed).toEqual(
      expect.objectContaining({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) }),
    );
    return parsed as Record<string, unknown>;
  });
}

describe('stdout', () => {
  it('is JSON lines in development with the demo seed: the ready line and the demo logins too', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-json-'));
    try {
      const run = await runServer({
        NODE_ENV: 'development',
        SEED_DEMO: 'true',
        DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      });
      expectCleanExit(run);
      const lines = jsonLines(run.stdout);
      const ready = lines.find((l) => String(l.msg).includes('ready at'));
      expect(ready).toMatchObject({ url: expect.stringMatching(/^http:\/\/localhost:\d+\/graphql$/) });
      const demo = lines.find((l) => Array.isArray(l.demoLogins));
      expect(demo?.demoLogins).toEqual(
        expect.arrayContaining([expect.stringMatching(/^director@demo\.example DIRECTOR/)]),
      );
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining([expect.stringMatching(/database pool closed/)]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is JSON lines when the configuration is refused at start', async () => {
    const run = await runServer({
      NODE_ENV: 'production',
      JWT_SECRET: '',
      DATABASE_URL: 'mysql://nobody@127.0.0.1:1/none',
    });
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.some((l) => /JWT_SECRET/.test(String(l.msg)))).toBe(true);
  });

  it('is JSON lines when the port is taken: the server says so and exits 1, rather than run without listening', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, resolve));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdout-json-'));
    try {
      const run = await runServer({
        NODE_ENV: 'development',
        DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
        PORT: String((holder.address() as net.AddressInfo).port),
      });
      expect(run.code).toBe(1);
      const lines = jsonLines(run.stdout);
      expect(lines.some((l) => l.level === 60 && /Failed to start: listen EADDRINUSE/.test(String(l.msg)))).toBe(true);
      expect(lines.some((l) => String(l.msg).includes('ready at'))).toBe(false);
    } finally {
      holder.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  if (testDialect() === 'mysql') {
    it('is JSON lines in production on MySQL', async () => {
      const scratch = await createScratchDatabase('mysql');
      try {
        if (scratch.config.type !== 'mysql') throw new Error('expected a MySQL scratch database');
        const run = await runServer({
          NODE_ENV: 'production',
          JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
          DATABASE_URL: scratch.config.url,
        });
        expectCleanExit(run);
        const lines = jsonLines(run.stdout);
        expect(lines.some((l) => String(l.msg).includes('ready at'))).toBe(true);
        expect(lines.some((l) => 'demoLogins' in l)).toBe(false);
      } finally {
        await scratch.drop();
      }
    });
  }
});
