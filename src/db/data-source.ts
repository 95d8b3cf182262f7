import fs from 'node:fs';
import path from 'node:path';
import { DataSource, DataSourceOptions } from 'typeorm';
import { createConnection } from 'mysql2/promise';
import { DatabaseConfig } from '../config';
import { entities } from './entities';
import { failoverDriver } from './failover-pool';
import { mysqlMigrations } from '../../migrations/mysql';
import { sqliteMigrations } from '../../migrations/sqlite';
import { serializeSqlite } from './sqlite-serial';

/** Per-connection options for mysql2: exact BIGINT money as strings, DATE as "YYYY-MM-DD", UTC instants. */
const MYSQL_CONNECTION = {
  charset: 'utf8mb4_unicode_ci',
  timezone: 'Z',
  supportBigNumbers: true,
  bigNumberStrings: true,
  dateStrings: ['DATE'] as string[],
};

/**
 * TypeORM reads MariaDB's catalog correctly only when told it is MariaDB (it reports a nullable
 * column's default as the string 'NULL'), so the server is asked once which it is.
 */
export async function detectMysqlFlavor(url: string): Promise<'mysql' | 'mariadb'> {
  const conn = await createConnection({ uri: url, connectTimeout: 5000 });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as Array<{ v: string }>)[0].v)) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

/** The answer of the first URL that gives one (an instance must start while its home node is down). */
async function firstAnswer<T>(urls: string[], ask: (url: string) => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await ask(urls[i]);
    } catch (error) {
      if (i >= urls.length - 1) throw error;
    }
  }
}

export interface DataSourceExtras {
  poolSize?: number;
  logging?: boolean;
  /** Which server a MySQL URL points at; see detectMysqlFlavor. */
  flavor?: 'mysql' | 'mariadb';
  /**
   * MySQL: a query without an answer after this long fails (and its connection is dropped), so a
   * frozen or partitioned database cannot hang requests. The server sets it; migrations do not.
   */
  queryTimeoutMs?: number;
  /** MySQL: how long opening a connection may take (default 5000). */
  connectTimeoutMs?: number;
}

const QUIET_TYPEORM_LOGGER = {
  logQuery: () => undefined,
  logQueryError: () => undefined,
  logQuerySlow: () => undefined,
  logSchemaBuild: () => undefined,
  logMigration: () => undefined,
  log: () => undefined,
};

export function dataSourceOptions(db: DatabaseConfig, extra: DataSourceExtras = {}): DataSourceOptions {
  const common = { entities, synchronize: false, migrationsRun: false, logging: extra.logging ?? false } as const;
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(db.path)), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.path,
      migrations: sqliteMigrations,
      // WAL lets readers proceed during a write; foreign keys are on by TypeORM's default.
      prepareDatabase: (conn: { pragma(s: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
      },
    };
  }
  const replication =
    db.clusterUrls && db.clusterUrls.length > 1
      ? { url: db.url, connectorPackage: 'mysql2', driver: failoverDriver(db.clusterUrls) }
      : db.replicaUrls.length
        ? { replication: { master: { url: db.url }, slaves: db.replicaUrls.map((url) => ({ url })) } }
        : { url: db.url };
  return {
    ...common,
    type: extra.flavor ?? 'mysql',
    ...replication,
    ...MYSQL_CONNECTION,
    poolSize: extra.poolSize ?? 10,
    migrations: mysqlMigrations,
    extra: { connectTimeout: extra.connectTimeoutMs ?? 5000, enableKeepAlive: true, keepAliveInitialDelay: 10_000 },
    // TypeORM reuses maxQueryExecutionTime to print "slow query" warnings on the console; a query that
    // slow fails anyway (and is logged by the server), so its console logger is kept quiet here.
    ...(extra.queryTimeoutMs
      ? {
          enableQueryTimeout: true,
          maxQueryExecutionTime: extra.queryTimeoutMs,
          ...(extra.logging ? {} : { logger: QUIET_TYPEORM_LOGGER }),
        }
      : {}),
  } as DataSourceOptions;
}

export async function openDataSource(db: DatabaseConfig, extra: DataSourceExtras = {}): Promise<DataSource> {
  const flavor =
    db.type === 'mysql'
      ? (extra.flavor ?? (await firstAnswer(db.clusterUrls ?? [db.url], detectMysqlFlavor)))
      : undefined;
  const ds = new DataSource(dataSourceOptions(db, { ...extra, flavor }));
  await ds.initialize();
  if (db.type === 'mysql') dropTimedOutConnections(ds);
  else serializeSqlite(ds);
  return ds;
}

type Callback = (error: { code?: string } | null, ...rest: unknown[]) => void;
interface GuardedConnection {
  query(...args: unknown[]): unknown;
  destroy(): void;
  guardedAgainstTimeouts?: boolean;
}

/**
 * mysql2 answers a timed-out query with an error but leaves the query queued on its connection,
 * and TypeORM then returns that connection to the pool, where every later query waits behind it
 * for ever. A connection whose query timed out is destroyed instead (the pool opens a new one).
 * So is one whose Galera node left the primary component (ER_UNKNOWN_COM_ERROR): the next
 * connection goes to a node that serves (src/db/failover-pool.ts).
 */
function dropTimedOutConnections(ds: DataSource): void {
  const driver = ds.driver as unknown as Record<string, { getConnection(...args: unknown[]): unknown } | undefined>;
  for (const pool of [driver.pool, driver.poolCluster]) {
    if (!pool) continue;
    const getConnection = pool.getConnection.bind(pool);
    pool.getConnection = (...args: unknown[]) => {
      const done = args[args.length - 1] as (error: unknown, connection?: GuardedConnection) => void;
      args[args.length - 1] = (error: unknown, connection?: GuardedConnection) => {
        if (connection && !connection.guardedAgainstTimeouts) {
          connection.guardedAgainstTimeouts = true;
          const query = connection.query.bind(connection);
          connection.query = (...queryArgs: unknown[]) => {
            const callback = queryArgs[queryArgs.length - 1];
            if (typeof callback === 'function') {
              queryArgs[queryArgs.length - 1] = ((err, ...rest) => {
                if (err?.code === 'PROTOCOL_SEQUENCE_TIMEOUT' || err?.code === 'ER_UNKNOWN_COM_ERROR')
                  connection.destroy();
                (callback as Callback)(err, ...rest);
              }) as Callback;
            }
            return query(...queryArgs);
          };
        }
        done(error, connection);
      };
      return getConnection(...args);
    };
  }
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function migrate(ds: DataSource): Promise<string[]> {
  const applied = await ds.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
