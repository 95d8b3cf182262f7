import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../../src/config';
import { migrate, openDataSource } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import pino from 'pino';
import { createHttpApp, createServer, ServerOptions } from '../../src/server';
import type { AppServer } from '../../src/app-server';
import { createHttpServer } from '../../src/http/http-server';
import { attachSubscriptions } from '../../src/http/subscriptions';
import { Staff } from '../../src/features/staff/staff.entity';
import { Department, Role } from '../../src/domain/roles';
import { openScratch, ScratchDatabase, testDialect } from './databases';

/** A GraphQL error as a client receives it. */
export interface ClientError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
}

export interface ExecResult<T> {
  data: T | null | undefined;
  errors: ClientError[] | undefined;
}

export interface Caller {
  staff: Staff;
  token: string;
}

/**
 * The real server (schema, shield, services) on a fresh database built by the real migrations.
 * One per test file; tests make their own data with the factories.
 */
export class TestApp {
  private emailSeq = 0;

  private constructor(
    readonly server: AppServer,
    readonly db: DataSource,
    readonly config: Config,
    private readonly scratch: ScratchDatabase,
  ) {}

  private httpServers: http.Server[] = [];

  /**
   * `options.logger` captures logs (see captureLogs); `options.database` runs on a given database
   * (dropped by stop()) instead of a fresh scratch one; the rest are createServer's options.
   */
  static async start(
    overrides: Partial<Config> = {},
    options: ServerOptions & { logger?: pino.Logger; database?: ScratchDatabase } = {},
  ): Promise<TestApp> {
    const config = { ...loadConfig({ NODE_ENV: 'test' }), ...overrides };
    const { db, scratch } = options.database
      ? { db: await openDataSource(options.database.config), scratch: options.database }
      : await openScratch();
    await migrate(db);
    const server = await createServer(config, db, options.logger ?? createLogger('silent'), undefined, options);
    return new TestApp(server, db, config, scratch);
  }

  /**
   * Serves this app over real HTTP (createHttpApp) on an ephemeral port, with the config's HTTP limits unless narrowed;
   * closed by stop().
   */
  async listen(httpLimits: Partial<Config['http']> = {}): Promise<string> {
    const httpServer = createHttpServer({ ...this.config.http, ...httpLimits }, createHttpApp(this.server));
    attachSubscriptions(httpServer, this.server);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    this.httpServers.push(httpServer);
    return `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  }

  get dialect() {
    return testDialect();
  }

  async stop(): Promise<void> {
    await this.server.sockets.drain();
    for (const s of this.httpServers) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
    await this.server.apollo.stop();
    await this.db.destroy();
    await this.scratch.drop();
  }

  /** Runs an operation as `caller` (a token, a Caller, or nobody), through a fresh context. */
  async exec<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    caller?: Caller | string | null,
  ): Promise<ExecResult<TData>> {
    const token = typeof caller === 'string' ? caller : caller?.token;
    const authorization = token ? `Bearer ${token}` : undefined;
    let contextValue;
    try {
      contextValue = await this.server.context({ authorization, clientAddress: '127.0.0.1' });
    } catch (error) {
      const e = error as { message: string; extensions?: Record<string, unknown> };
      return { data: undefined, errors: [{ message: e.message, extensions: { code: e.extensions?.code } }] };
    }
    const response = await this.server.apollo.executeOperation<TData, TVars>(
      { query: typeof document === 'string' ? document : print(document), variables },
      { contextValue },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
    const { data, errors } = response.body.singleResult;
    return { data: data as TData | null | undefined, errors: errors as ClientError[] | undefined };
  }

  /** Like exec, but fails the test on any error and returns the data. */
  async ok<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | string,
    variables?: TVars,
    caller?: Caller | string | null,
  ): Promise<TData> {
    const result = await this.exec(document, variables, caller);
    if (result.errors?.length) {
      throw new Error(`Unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    }
    return result.data as TData;
  }

  /** Creates an active staff member directly (not through the API) and signs them in. */
  async staff(roles: Role[] | Role, options: { name?: string; department?: Department } = {}): Promise<Caller> {
    const list = Array.isArray(roles) ? roles : [roles];
    const n = ++this.emailSeq;
    const staff = await this.server.services.staff.create(null, {
      name: options.name ?? `${list.join('/')} ${n}`,
      email: `${list[0].toLowerCase()}.${n}.${Date.now()}@test.example`,
      password: 'Passw0rd!',
      roles: list,
      department: options.department ?? Department.MARKET,
    });
    const { token } = await this.server.services.tokens.issue(staff.id);
    return { staff, token };
  }
}

export function errorCodes(result: { errors?: ClientError[] }): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** A logger whose JSON lines are collected in `lines` (and `text()`), for tests of what is logged. */
export function captureLogs(level = 'info'): {
  logger: pino.Logger;
  lines: Array<Record<string, unknown>>;
  text(): string;
} {
  const raw: string[] = [];
  const logger = createLogger(level, { write: (chunk: string) => void raw.push(chunk) });
  return {
    logger,
    get lines() {
      return raw
        .flatMap((chunk) => chunk.split('\n').filter(Boolean))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    text: () => raw.join(''),
  };
}

/** POSTs a GraphQL request over HTTP; returns status, headers and the parsed body. */
export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: ClientError[] } & Record<string, unknown>;
}> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { raw: text };
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
