import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { migrate, openDataSource } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import { createHttpApp, createServer } from '../../src/server';
import type { AppServer } from '../../src/app-server';
import { Department, Role } from '../../src/domain/roles';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * An API instance on the cluster, configured as a deployment is: DATABASE_URL lists every node,
 * its home node first. It runs the migrations at start as src/main.ts does and serves over HTTP.
 */
export interface ApiInstance {
  name: string;
  url: string;
  server: AppServer;
  db: DataSource;
  /** Migrations this instance applied when it started. */
  applied: string[];
  /** What the instance logged at level error (kept in memory, so a failed run can say why). */
  errorLog: Array<Record<string, any>>;
  stop(): Promise<void>;
}

export async function startInstance(name: string, databaseUrl: string): Promise<ApiInstance> {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl });
  const migrator = await openDataSource(config.database);
  const applied = await migrate(migrator);
  await migrator.destroy();
  const db = await openDataSource(config.database, { poolSize: 8, queryTimeoutMs: 15_000, connectTimeoutMs: 2000 });
  const errorLog: Array<Record<string, any>> = [];
  const logger = createLogger('error', {
    write(line: string) {
      errorLog.push(JSON.parse(line));
      if (process.env.DEBUG_GALERA) process.stdout.write(`${name}: ${line}`);
    },
  });
  const server = await createServer(config, db, logger);
  const httpServer = http.createServer(createHttpApp(server));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    name,
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    server,
    db,
    applied,
    errorLog,
    async stop() {
      httpServer.closeAllConnections();
      await new Promise((r) => httpServer.close(r));
      await server.apollo.stop();
      await db.destroy().catch(() => undefined);
    },
  };
}

export async function signIn(
  instance: ApiInstance,
  role: Role,
  email: string,
  department = Department.MARKET,
): Promise<{ id: number; token: string }> {
  const staff = await instance.server.services.staff.create(null, {
    name: email.split('@')[0],
    email,
    password: PASSWORD,
    roles: [role],
    department,
  });
  return { id: staff.id, token: (await instance.server.services.tokens.issue(staff.id)).token };
}

export const PASSWORD = 'Galera-Passw0rd!';

export async function post(
  instance: ApiInstance,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<any> {
  const res = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

export const codes = (r: any): string[] => (r.errors ?? []).map((e: any) => String(e.extensions?.code));

/** db_transaction_retries_total for one error code, as the instance's /metrics reports it. */
export async function retriesReported(instance: ApiInstance, code: string): Promise<number> {
  const text = await (await fetch(`${instance.url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`db_transaction_retries_total{code="${code}"}`));
  return line ? Number(line.split(' ').pop()) : 0;
}
