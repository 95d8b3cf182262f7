import { ApolloServerPlugin } from '@apollo/server';
import { DataSource } from 'typeorm';

/**
 * Prometheus metrics, written by hand in the text exposition format (version 0.0.4): prom-client
 * is not a dependency, and four metric families do not need it.
 *
 * - graphql_requests_total{operation}            operations served
 * - graphql_request_duration_seconds{operation}  latency histogram
 * - graphql_errors_total{code}                   errors by extensions.code
 * - db_pool_connections{state}                   database pool use (total, idle, waiting)
 *
 * Operation names come from clients, so only well-formed names are labels, and at most
 * MAX_OPERATION_LABELS of them; anything else is "other" (anonymous operations are "anonymous").
 */
export const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export const MAX_OPERATION_LABELS = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

interface Histogram {
  counts: number[];
  sum: number;
  count: number;
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly durations = new Map<string, Histogram>();
  private readonly errors = new Map<string, number>();
  private readonly named = new Set<string>();

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
    const op = this.operationLabel(operationName);
    this.requests.set(op, (this.requests.get(op) ?? 0) + 1);
    let h = this.durations.get(op);
    if (!h) {
      h = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.durations.set(op, h);
    }
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) h!.counts[i]++;
    });
    h.sum += seconds;
    h.count++;
    for (const code of errorCodes) {
      const c = NAME.test(code) ? code : 'other';
      this.errors.set(c, (this.errors.get(c) ?? 0) + 1);
    }
  }

  /** The exposition text; `pool` is the database pool's use now. */
  render(pool: { total: number; idle: number; waiting: number }): string {
    const lines: string[] = [];
    const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
    lines.push('# HELP graphql_requests_total GraphQL operations served, by operation name.');
    lines.push('# TYPE graphql_requests_total counter');
    for (const [op, n] of this.requests) lines.push(`graphql_requests_total{operation="${esc(op)}"} ${n}`);
    lines.push('# HELP graphql_request_duration_seconds Time to answer a GraphQL operation, by operation name.');
    lines.push('# TYPE graphql_request_duration_seconds histogram');
    for (const [op, h] of this.durations) {
      BUCKETS.forEach((b, i) => lines.push(`graphql_request_duration_seconds_bucket{operation="${esc(op)}",le="${b}"} ${h.counts[i]}`));
      lines.push(`graphql_request_duration_seconds_bucket{operation="${esc(op)}",le="+Inf"} ${h.count}`);
      lines.push(`graphql_request_duration_seconds_sum{operation="${esc(op)}"} ${h.sum}`);
      lines.push(`graphql_request_duration_seconds_count{operation="${esc(op)}"} ${h.count}`);
    }
    lines.push('# HELP graphql_errors_total Errors returned to clients, by extensions.code.');
    lines.push('# TYPE graphql_errors_total counter');
    for (const [code, n] of this.errors) lines.push(`graphql_errors_total{code="${esc(code)}"} ${n}`);
    lines.push('# HELP db_pool_connections Database pool connections by state (waiting = requests queued for a connection).');
    lines.push('# TYPE db_pool_connections gauge');
    lines.push(`db_pool_connections{state="total"} ${pool.total}`);
    lines.push(`db_pool_connections{state="idle"} ${pool.idle}`);
    lines.push(`db_pool_connections{state="waiting"} ${pool.waiting}`);
    return lines.join('\n') + '\n';
  }
}

/** The pool's use: mysql2's pool internals, or the single better-sqlite3 connection. */
export function poolUse(db: DataSource): { total: number; idle: number; waiting: number } {
  const driver = db.driver as unknown as {
    pool?: { _allConnections?: { length: number }; _freeConnections?: { length: number }; _connectionQueue?: { length: number } };
    master?: unknown;
  };
  const pool = driver.pool ?? (driver.master as typeof driver.pool);
  if (pool && pool._allConnections) {
    return { total: pool._allConnections.length, idle: pool._freeConnections?.length ?? 0, waiting: pool._connectionQueue?.length ?? 0 };
  }
  return { total: db.isInitialized ? 1 : 0, idle: db.isInitialized ? 1 : 0, waiting: 0 };
}

export function metricsPlugin<TContext extends object>(metrics: Metrics): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.observe(operationName, seconds, (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')));
        },
      };
    },
  };
}
