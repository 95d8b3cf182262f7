import { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { DataSource } from 'typeorm';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics (prom-client, one registry per server):
 *
 * - graphql_requests_total{operation}            operations served
 * - graphql_request_duration_seconds{operation}  latency histogram
 * - graphql_errors_total{code}                   errors by extensions.code, as clients got them
 * - db_pool_connections{state}                   database pool use (total, idle, waiting)
 * - db_transaction_retries_total{code}           transactions retried after a deadlock, a lock
 *                                                wait timeout or (Galera) a certification conflict
 * - graphql_subscriptions                        live notificationAdded subscriptions on this instance
 * - the process metrics of prom-client's collectDefaultMetrics (CPU, memory, event loop lag)
 *
 * Operation names come from clients, so only well-formed names are labels, and at most
 * MAX_OPERATION_LABELS of them; anything else is "other" (anonymous operations are "anonymous").
 */
export const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const MAX_OPERATION_LABELS = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export interface PoolUse {
  total: number;
  idle: number;
  waiting: number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly named = new Set<string>();
  private readonly requests: Counter<'operation'>;
  private readonly durations: Histogram<'operation'>;
  private readonly errors: Counter<'code'>;

  constructor(
    pool: () => PoolUse = () => ({ total: 0, idle: 0, waiting: 0 }),
    retries: () => Record<string, number> = () => ({}),
    subscriptions: () => number = () => 0,
  ) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations served, by operation name.',
      labelNames: ['operation'],
      registers,
    });
    this.durations = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time to answer a GraphQL operation, by operation name.',
      labelNames: ['operation'],
      buckets: BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors returned to clients, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state (waiting = requests queued for a connection).',
      labelNames: ['state'],
      registers,
      collect() {
        const use = pool();
        this.set({ state: 'total' }, use.total);
        this.set({ state: 'idle' }, use.idle);
        this.set({ state: 'waiting' }, use.waiting);
      },
    });
    new Counter({
      name: 'db_transaction_retries_total',
      help: 'Transactions retried, by the database error that made them retry (ER_LOCK_DEADLOCK includes Galera certification conflicts).',
      labelNames: ['code'],
      registers,
      // The tally lives with the data source (src/db/transaction.ts); the counter mirrors it.
      collect() {
        this.reset();
        for (const [code, n] of Object.entries(retries())) this.inc({ code }, n);
      },
    });
    new Gauge({
      name: 'graphql_subscriptions',
      help: 'Live notificationAdded subscriptions on this instance (one per subscribed socket, usually).',
      registers,
      collect() {
        this.set(subscriptions());
      },
    });
    collectDefaultMetrics({ register: this.registry });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!NAME.test(name)) return 'other';
    if (!this.named.has(name)) {
      if (this.named.size >= MAX_OPERATION_LABELS) return 'other';
      this.named.add(name);
    }
    return name;
  }

  observe(operationName: string | null | undefined, seconds: number, errorCodes: string[]): void {
    const operation = this.operationLabel(operationName);
    this.requests.inc({ operation });
    this.durations.observe({ operation }, seconds);
    for (const code of errorCodes) this.errors.inc({ code: NAME.test(code) ? code : 'other' });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text. */
  render(): Promise<string> {
    return this.registry.metrics();
  }
}

type Mysql2Pool = {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
};

/**
 * The pool's use, from mysql2's pool internals: one pool, or with read replicas (TypeORM's
 * poolCluster) or a Galera cluster (FailoverPool) the nodes' pools added up; SQLite has its single connection.
 */
export function poolUse(db: DataSource): PoolUse {
  const driver = db.driver as unknown as {
    pool?: Mysql2Pool & { nodes?: Array<{ pool: Mysql2Pool }> };
    poolCluster?: { _nodes?: Record<string, { pool: Mysql2Pool }> };
  };
  const pools = driver.pool?.nodes
    ? driver.pool.nodes.map((node) => node.pool)
    : driver.pool
      ? [driver.pool]
      : Object.values(driver.poolCluster?._nodes ?? {}).map((node) => node.pool);
  if (pools.length) {
    const sum = (f: (p: Mysql2Pool) => number) => pools.reduce((n, p) => n + f(p), 0);
    return {
      total: sum((p) => p._allConnections?.length ?? 0),
      idle: sum((p) => p._freeConnections?.length ?? 0),
      waiting: sum((p) => p._connectionQueue?.length ?? 0),
    };
  }
  return { total: db.isInitialized ? 1 : 0, idle: db.isInitialized ? 1 : 0, waiting: 0 };
}

/**
 * The error codes of a response as the client receives them (after formatError): for the metrics and the request log.
 */
export function sentCodes<TContext extends object>(ctx: GraphQLRequestContextWillSendResponse<TContext>): string[] {
  const body = ctx.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
  return (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
}

export function metricsPlugin<TContext extends object>(metrics: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(rc) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observe(rc.operationName, seconds, sentCodes(rc));
        },
      };
    },
  };
}
