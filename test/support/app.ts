import { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { DataSource } from 'typeorm';
import { Config, loadConfig } from '../../src/config';
import { migrate } from '../../src/db/data-source';
import { createLogger } from '../../src/logger';
import { AppServer, createServer } from '../../src/server';
import { Staff } from '../../src/features/staff/staff.entity';
import { Department, Role } from '../../src/features/staff/role';
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

  static async start(overrides: Partial<Config> = {}): Promise<TestApp> {
    const config = { ...loadConfig({ NODE_ENV: 'test' }), ...overrides };
    const { db, scratch } = await openScratch();
    await migrate(db);
    const server = await createServer(config, db, createLogger('silent'));
    return new TestApp(server, db, config, scratch);
  }

  get dialect() {
    return testDialect();
  }

  async stop(): Promise<void> {
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
