import { parseMoney } from './graphql/money';
import { Role } from './domain/roles';
import { MANAGEMENT } from './domain/role-sets';
/**
 * Environment -> typed configuration, read and validated once at start.
 * Every setting the server knows is here and in the README's "Settings" table.
 */
export type DatabaseConfig =
  | { type: 'sqlite'; path: string }
  | {
      type: 'mysql';
      /** The server to use, or with several hosts in DATABASE_URL the first (preferred) one. */
      url: string;
      replicaUrls: string[];
      /**
       * A multi-primary cluster (MariaDB Galera): one URL per node, in the order this instance
       * prefers them. Reads and writes go to the first node that is up and ready, and move to the
       * next when it is lost (src/db/failover-pool.ts). Absent for a single server.
       */
      clusterUrls?: string[];
    };

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  database: DatabaseConfig;
  jwt: { secret: string; issuer: string; audience: string; ttlSeconds: number };
  /** The company's time zone: month boundaries and "today" are computed in it. */
  timeZone: string;
  /** Seed the demo company on first start (never in production). */
  seedDemo: boolean;
  logLevel: string;
  /** Introspection open to every caller: on outside production, in production only when GRAPHQL_INTROSPECTION=true. */
  introspection: boolean;
  /**
   * When introspection is not open: the roles whose signed-in staff may still read the schema (GraphiQL's docs and
   * autocompletion).
   */
  introspectionRoles: Role[];
  /** A check-in farther than this from the customer's coordinates is flagged. */
  visitCheckInRadiusMeters: number;
  /** Storage rate in fen per m² per day for customers without their own storage rate. */
  defaultStorageRate: number;
  /**
   * The largest single expense claim, in fen, a MANAGER may approve (within the spender's budget); above it only a
   * DIRECTOR.
   */
  expenseClaimManagerLimit: number;
  /** Path of a persisted documents manifest: when set, only its operations run (src/http/persisted-documents.ts). */
  trustedDocuments: string | null;
  /**
   * Express's `trust proxy` (e.g. `1` or `loopback`): whose X-Forwarded-For gives the client address for login
   * throttling.
   */
  trustProxy: string | null;
  /** When set, /metrics requires `Authorization: Bearer <this>`. */
  metricsToken: string | null;
  /** When set, /metrics is served on this port of 127.0.0.1 only, and not on the public port. */
  metricsPort: number | null;
  /** When set (redis://host:port), notifications travel between instances through Redis pub/sub; otherwise within this process. */
  redisUrl: string | null;
  /**
   * Prefix of this deployment's Redis channels, so deployments (or test runs) sharing one Redis never hear each other.
   */
  redisChannelPrefix: string;
  /**
   * How often (ms) an instance looks for arrears consents that just became overdue (0: never; tests call it directly).
   */
  arrearsSweepMs: number;
  /**
   * Slow or greedy clients (src/http/http-server.ts): time to send the headers, then the whole request; sockets per
   * client address (0: no limit).
   */
  http: { headersTimeoutMs: number; requestTimeoutMs: number; maxConnectionsPerAddress: number };
  /**
   * Benchmark only: serve without the permission layer (graphql-shield) to measure its cost.
   * True only when NODE_ENV=production AND BENCH_MODE=true AND BENCH_DISABLE_PERMISSIONS=true;
   * BENCH_DISABLE_PERMISSIONS alone is ignored. Never set BENCH_MODE on a real deployment.
   */
  benchDisablePermissions: boolean;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

const DEV_JWT_SECRET = 'development-only-secret-do-not-use-in-production';

export function parseDatabaseUrl(url: string | undefined, replicas: string | undefined): DatabaseConfig {
  if (!url) return { type: 'sqlite', path: 'data/market.sqlite' };
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: url.slice('sqlite:'.length) || 'data/market.sqlite' };
  if (url.startsWith('mysql://') || url.startsWith('mariadb://')) {
    const replicaUrls = (replicas ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const clusterUrls = clusterNodeUrls(url.replace(/^mariadb:/, 'mysql:'));
    if (clusterUrls.length > 1) {
      if (replicaUrls.length)
        throw new ConfigError([
          'DATABASE_REPLICA_URLS cannot be combined with several hosts in DATABASE_URL: every node of a cluster takes reads and writes',
        ]);
      return { type: 'mysql', url: clusterUrls[0], replicaUrls, clusterUrls };
    }
    return { type: 'mysql', url: url.replace(/^mariadb:/, 'mysql:'), replicaUrls };
  }
  throw new ConfigError([`DATABASE_URL must start with mysql:// or sqlite: (got "${url.split(':')[0]}:...")`]);
}

/**
 * `mysql://user:pass@node1:3306,node2:3306,node3:3306/db?options` -> one URL per node, each with
 * the same credentials, database and options.
 */
function clusterNodeUrls(url: string): string[] {
  const m = /^(mysql:\/\/)([^@/]*@)?([^/?#]*)(.*)$/.exec(url);
  if (!m) return [url];
  const hosts = m[3].split(',').map((h) => h.trim());
  if (hosts.length > 1 && hosts.some((h) => !h))
    throw new ConfigError(['DATABASE_URL lists an empty host between commas']);
  return hosts.map((host) => `${m[1]}${m[2] ?? ''}${host}${m[4]}`);
}

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    problems.push(`${name} must be a positive whole number (got "${raw}")`);
    return fallback;
  }
  return n;
}

export const DEFAULT_INTROSPECTION_ROLES: readonly Role[] = MANAGEMENT;

function rolesSetting(env: NodeJS.ProcessEnv, name: string, fallback: readonly Role[], problems: string[]): Role[] {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return [...fallback];
  if (raw.toLowerCase() === 'none') return [];
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = Object.values(Role) as string[];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length) {
    problems.push(
      `${name} must be "none" or a comma-separated list of roles (${known.join(', ')}); unknown: ${unknown.join(', ')}`,
    );
    return [...fallback];
  }
  return [...new Set(names)] as Role[];
}

function moneySetting(env: NodeJS.ProcessEnv, name: string, fallbackFen: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallbackFen;
  try {
    return parseMoney(raw);
  } catch {
    problems.push(`${name} must be an amount in yuan with at most two decimals, such as "1.50" (got "${raw}")`);
    return fallbackFen;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  let database: DatabaseConfig = { type: 'sqlite', path: 'data/market.sqlite' };
  try {
    database = parseDatabaseUrl(env.DATABASE_URL, env.DATABASE_REPLICA_URLS);
  } catch (e) {
    if (e instanceof ConfigError) problems.push(...e.problems);
    else throw e;
  }
  const secret = env.JWT_SECRET ?? '';
  if (nodeEnv === 'production') {
    if (!secret) problems.push('JWT_SECRET is required in production (at least 32 characters)');
    else if (secret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
    if (!env.DATABASE_URL) problems.push('DATABASE_URL is required in production (mysql://user:pass@host:3306/db)');
    else if (database.type !== 'mysql')
      problems.push('DATABASE_URL must be a MySQL/MariaDB URL in production (mysql://...)');
  }
  const timeZone = env.COMPANY_TIME_ZONE || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    problems.push(`COMPANY_TIME_ZONE is not a known time zone (got "${timeZone}")`);
  }
  const config: Config = {
    nodeEnv,
    port: intSetting(env, 'PORT', 4000, problems),
    database,
    jwt: {
      secret: secret || DEV_JWT_SECRET,
      issuer: env.JWT_ISSUER || 'market-department-api',
      audience: env.JWT_AUDIENCE || 'market-department-clients',
      ttlSeconds: intSetting(env, 'JWT_TTL_SECONDS', 8 * 3600, problems),
    },
    timeZone,
    seedDemo: nodeEnv !== 'production' && env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    introspection: nodeEnv !== 'production' || env.GRAPHQL_INTROSPECTION === 'true',
    introspectionRoles: rolesSetting(env, 'GRAPHQL_INTROSPECTION_ROLES', DEFAULT_INTROSPECTION_ROLES, problems),
    visitCheckInRadiusMeters: intSetting(env, 'VISIT_CHECKIN_RADIUS_METERS', 500, problems),
    defaultStorageRate: moneySetting(env, 'DEFAULT_STORAGE_RATE', 100, problems),
    expenseClaimManagerLimit: moneySetting(env, 'EXPENSE_CLAIM_MANAGER_LIMIT', 500_000, problems),
    trustedDocuments: env.TRUSTED_DOCUMENTS || null,
    trustProxy: env.TRUST_PROXY || null,
    metricsToken: env.METRICS_TOKEN || null,
    metricsPort: env.METRICS_PORT ? intSetting(env, 'METRICS_PORT', 0, problems) : null,
    redisUrl: env.REDIS_URL || null,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX || 'market-department-api:',
    arrearsSweepMs:
      env.ARREARS_SWEEP_MS === '0'
        ? 0
        : intSetting(env, 'ARREARS_SWEEP_MS', nodeEnv === 'test' ? 0 : 10 * 60_000, problems),
    http: {
      headersTimeoutMs: intSetting(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, problems),
      requestTimeoutMs: intSetting(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, problems),
      maxConnectionsPerAddress:
        env.HTTP_MAX_CONNECTIONS_PER_ADDRESS === '0'
          ? 0
          : intSetting(env, 'HTTP_MAX_CONNECTIONS_PER_ADDRESS', 100, problems),
    },
    benchDisablePermissions:
      nodeEnv === 'production' && env.BENCH_MODE === 'true' && env.BENCH_DISABLE_PERMISSIONS === 'true',
  };
  // Node refuses a headers timeout longer than the request's.
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs)
    problems.push('HTTP_HEADERS_TIMEOUT_MS must not exceed HTTP_REQUEST_TIMEOUT_MS');
  if (problems.length) throw new ConfigError(problems);
  return config;
}
