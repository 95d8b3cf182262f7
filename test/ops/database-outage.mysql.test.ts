import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { migrate, openDataSource } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import { createHttpApp, createServer } from '../../src/server';
import type { AppServer } from '../../src/app-server';
import { Department, Role } from '../../src/domain/roles';
import { postGraphql } from '../support/app';
import { PrivateMariaDb } from '../support/private-mariadb';

/**
 * A MariaDB outage (runs in the mysql project only: *.mysql.test.ts). A private server is killed
 * under a running API: requests fail fast and cleanly, and when the database is back the same
 * process serves again without a restart.
 */
jest.setTimeout(60_000);

let mariadb: PrivateMariaDb;
let db: DataSource;
let server: AppServer;
let httpServer: http.Server;
let url: string;
let token: string;

beforeAll(async () => {
  mariadb = await PrivateMariaDb.create();
  await mariadb.start();
  await mariadb.query('CREATE DATABASE app CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  db = await openDataSource(
    { type: 'mysql', url: `${mariadb.url}/app`, replicaUrls: [] },
    { poolSize: 4, queryTimeoutMs: 2000, connectTimeoutMs: 2000 },
  );
  await migrate(db);
  server = await createServer(
    loadConfig({ NODE_ENV: 'test' }),
    db,
    createLogger(process.env.DEBUG_OUTAGE ? 'error' : 'silent'),
  );
  httpServer = http.createServer(createHttpApp(server));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const staff = await server.services.staff.create(null, {
    name: 'Outage',
    email: 'outage@test.example',
    password: 'Passw0rd1',
    roles: [Role.DIRECTOR],
    department: Department.MARKET,
  });
  token = (await server.services.tokens.issue(staff.id)).token;
});

afterAll(async () => {
  httpServer?.closeAllConnections();
  await new Promise((r) => httpServer?.close(r));
  await server?.apollo.stop();
  await db?.destroy().catch(() => undefined);
  await mariadb?.destroy();
});

const me = () =>
  postGraphql(url, { query: '{ me { id } auditEvents { totalCount } }' }, { authorization: `Bearer ${token}` });
const login = () =>
  postGraphql(url, { query: 'mutation { login(email: "outage@test.example", password: "Passw0rd1") { token } }' });

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await run();
  return { ms: Date.now() - started, value };
}

describe('a database outage', () => {
  it('fails fast and cleanly while MariaDB is down, and serves again when it is back', async () => {
    expect((await me()).body.errors).toBeUndefined();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    await mariadb.kill();

    for (let i = 0; i < 3; i++) {
      const authed = await timed(me);
      expect(authed.ms).toBeLessThan(6000);
      expect(authed.value.status).toBe(503);
      expect(authed.value.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      const anonymous = await timed(login);
      expect(anonymous.ms).toBeLessThan(6000);
      expect(anonymous.value.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify([authed.value.body, anonymous.value.body])).not.toMatch(
        /ECONNREFUSED|127\.0\.0\.1|SELECT|INSERT/,
      );
    }
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const ready = await timed(() => fetch(`${url}/readyz`));
    expect(ready.value.status).toBe(503);
    expect(ready.ms).toBeLessThan(6000);

    await mariadb.start();
    const deadline = Date.now() + 30_000;
    while ((await fetch(`${url}/readyz`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the server did not recover');
      await new Promise((r) => setTimeout(r, 250));
    }
    const again = await me();
    expect(again.body.errors).toBeUndefined();
    expect((again.body.data as { me: { id: string } }).me.id).toBeTruthy();
    expect((await login()).body.errors).toBeUndefined();
  });

  it('does not hang while MariaDB is frozen (SIGSTOP): queries time out cleanly, and it serves again after SIGCONT', async () => {
    expect((await me()).body.errors).toBeUndefined();
    mariadb.pause();
    try {
      for (let i = 0; i < 2; i++) {
        const authed = await timed(me);
        expect(authed.ms).toBeLessThan(8000);
        expect(authed.value.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
        const anonymous = await timed(login);
        expect(anonymous.ms).toBeLessThan(8000);
        expect(anonymous.value.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      }
    } finally {
      mariadb.resume();
    }
    const deadline = Date.now() + 30_000;
    while ((await me()).body.errors) {
      if (Date.now() > deadline) throw new Error('the server did not recover');
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await login()).body.errors).toBeUndefined();
  });
});
