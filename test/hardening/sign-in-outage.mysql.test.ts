import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { loadConfig } from '../../src/config';
import { migrate, openDataSource } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import { createHttpApp, createServer } from '../../src/server';
import type { AppServer } from '../../src/app-server';
import { Department, Role } from '../../src/domain/roles';
import { MAX_FAILED_LOGINS } from '../../src/features/auth/login-throttle';
import { postGraphql } from '../support/app';
import { PrivateMariaDb } from '../support/private-mariadb';

/**
 * Sign-ins interrupted by a real database crash (a private MariaDB, killed mid-login) must not
 * count as failures: after recovery the right password gets in at once, not a lock.
 */
jest.setTimeout(120_000);

let mariadb: PrivateMariaDb;
let db: DataSource;
let server: AppServer;
let httpServer: http.Server;
let url: string;

const EMAIL = 'interrupted@test.example';
const PASSWORD = 'Passw0rd1';

beforeAll(async () => {
  mariadb = await PrivateMariaDb.create();
  await mariadb.start();
  await mariadb.query('CREATE DATABASE app CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
  db = await openDataSource(
    { type: 'mysql', url: `${mariadb.url}/app`, replicaUrls: [] },
    { poolSize: 8, queryTimeoutMs: 3000, connectTimeoutMs: 2000 },
  );
  await migrate(db);
  server = await createServer(loadConfig({ NODE_ENV: 'test' }), db, createLogger('silent'));
  httpServer = http.createServer(createHttpApp(server));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  await server.services.staff.create(null, {
    name: 'Interrupted',
    email: EMAIL,
    password: PASSWORD,
    roles: [Role.SALESPERSON],
    department: Department.MARKET,
  });
});

afterAll(async () => {
  httpServer?.closeAllConnections();
  await new Promise((r) => httpServer?.close(r));
  await server?.apollo.stop();
  await db?.destroy().catch(() => undefined);
  await mariadb?.destroy();
});

const login = () =>
  postGraphql(url, { query: `mutation { login(email: "${EMAIL}", password: "${PASSWORD}") { token } }` });

async function pendingAttempts(): Promise<number> {
  const c = await createConnection({ uri: `${mariadb.url}/app` });
  try {
    const [rows] = await c.query("SELECT COUNT(*) AS n FROM login_attempt WHERE outcome = 'PENDING'");
    return Number((rows as Array<{ n: number }>)[0].n);
  } finally {
    await c.end();
  }
}

it('a crash in the middle of sign-ins leaves no lock: the right password gets in after recovery', async () => {
  // Sign-ins in flight, each with its attempt written and its password being checked...
  const inFlight = Array.from({ length: MAX_FAILED_LOGINS }, () => login());
  const deadline = Date.now() + 20_000;
  while ((await pendingAttempts()) < MAX_FAILED_LOGINS) {
    if (Date.now() > deadline) throw new Error('the sign-ins never got under way');
    await new Promise((r) => setTimeout(r, 5));
  }
  // ...when the database dies.
  await mariadb.kill();
  const interrupted = await Promise.all(inFlight);
  expect(interrupted.every((r) => r.body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE')).toBe(true);

  await mariadb.start();
  // The crash left every one of them undecided: counted as failures, they would lock the account.
  expect(await pendingAttempts()).toBe(MAX_FAILED_LOGINS);
  const ready = Date.now() + 30_000;
  while ((await fetch(`${url}/readyz`)).status !== 200) {
    if (Date.now() > ready) throw new Error('the server did not recover');
    await new Promise((r) => setTimeout(r, 250));
  }
  const after = await login();
  expect(after.body.errors).toBeUndefined();
  expect((after.body.data as { login: { token: string } }).login.token).toBeTruthy();
  expect(await pendingAttempts()).toBe(0);
});
