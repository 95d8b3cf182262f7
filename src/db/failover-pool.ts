import mysql2 from 'mysql2';

/**
 * The connection pool for a multi-primary cluster (MariaDB Galera), given to TypeORM as its
 * mysql2 driver's `createPool`: one mysql2 pool per node, tried in the configured order.
 *
 * - Every node takes writes, so one ordered list serves reads and writes. Each API instance lists
 *   the nodes in its own order (its "home" node first): its transactions meet on one node's
 *   locks, and only instances on different nodes meet in Galera's certification (a deadlock error
 *   at commit, which inTransaction retries).
 * - A node that refuses connections, or that is up but not part of the primary component
 *   (`wsrep_ready` OFF: it would refuse every query), rests for NODE_REST_MS while the next
 *   node serves; then it is tried again, so a rejoined node gets its instances back.
 * - A new connection is checked once (`SHOW STATUS LIKE 'wsrep_ready'`); a plain MariaDB or MySQL
 *   server has no such status and counts as ready.
 */
export const NODE_REST_MS = 2000;

type Callback = (error: (Error & { code?: string }) | null, connection?: PooledConnection) => void;
interface PooledConnection {
  query(sql: string, callback: (error: Error | null, rows?: unknown) => void): unknown;
  destroy(): void;
  release(): void;
  wsrepReadyChecked?: boolean;
}
interface NodePool {
  url: string;
  pool: mysql2.Pool;
  restingUntil: number;
}

export class FailoverPool {
  readonly nodes: NodePool[];

  constructor(urls: string[], options: mysql2.PoolOptions) {
    this.nodes = urls.map((url) => {
      const { hostname, port } = new URL(url);
      return {
        url,
        pool: mysql2.createPool({ ...options, host: hostname, port: Number(port || 3306) }),
        restingUntil: 0,
      };
    });
  }

  getConnection(callback: Callback): void {
    const now = Date.now();
    const awake = this.nodes.filter((n) => n.restingUntil <= now);
    // When every node rests, all are tried again at once rather than failing without a try.
    this.tryNodes(awake.length ? awake : this.nodes, 0, callback, null);
  }

  private tryNodes(candidates: NodePool[], index: number, callback: Callback, lastError: Error | null): void {
    const node = candidates[index];
    if (!node) {
      callback(lastError ?? Object.assign(new Error('No cluster node is reachable'), { code: 'ECONNREFUSED' }));
      return;
    }
    const next = (error: Error) => {
      node.restingUntil = Date.now() + NODE_REST_MS;
      this.tryNodes(candidates, index + 1, callback, error);
    };
    (node.pool.getConnection as unknown as (cb: Callback) => void)((error, connection) => {
      if (error || !connection) return next(error ?? new Error('no connection'));
      if (connection.wsrepReadyChecked) return callback(null, connection);
      connection.query("SHOW STATUS LIKE 'wsrep_ready'", (queryError, rows) => {
        const value = (rows as Array<{ Value?: string }> | undefined)?.[0]?.Value;
        if (queryError || (value !== undefined && value !== 'ON')) {
          connection.destroy();
          // The code Galera itself answers a node outside the primary component with.
          return next(
            queryError ??
              Object.assign(new Error('WSREP has not yet prepared node for application use'), {
                code: 'ER_UNKNOWN_COM_ERROR',
              }),
          );
        }
        connection.wsrepReadyChecked = true;
        callback(null, connection);
      });
    });
  }

  end(callback?: (error: Error | null) => void): void {
    Promise.all(this.nodes.map((n) => new Promise<void>((resolve) => n.pool.end(() => resolve())))).then(
      () => callback?.(null),
      (error: Error) => callback?.(error),
    );
  }
}

/** mysql2, as TypeORM loads it, with `createPool` making a FailoverPool over `urls`. */
export function failoverDriver(urls: string[]): object {
  const driver = Object.create(mysql2) as Record<string, unknown>;
  // TypeORM calls it with the options it built from the first node's URL.
  driver.createPool = (options: mysql2.PoolOptions) => new FailoverPool(urls, options);
  return driver;
}
