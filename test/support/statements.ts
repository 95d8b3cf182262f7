import { DataSource } from 'typeorm';

/** One SQL statement as sent, with its parameters. */
export type Statement = [sql: string, params: unknown[]];

/**
 * The SQL statements `run` sends through `db`, as TypeORM's logger sees them (every query runner and
 * the pool-read path log there), in order. `SHOW_SQL=1` prints each as it goes.
 */
export async function statementsOf<T>(
  db: DataSource,
  run: () => Promise<T>,
): Promise<{ result: T; statements: Statement[] }> {
  const logger = db.logger as unknown as { logQuery: (sql: string, params?: unknown[], ...rest: unknown[]) => unknown };
  const original = logger.logQuery;
  const statements: Statement[] = [];
  logger.logQuery = (sql, params, ...rest) => {
    statements.push([sql, params ?? []]);
    if (process.env.SHOW_SQL) console.log(sql.slice(0, 300));
    return original.call(logger, sql, params, ...rest);
  };
  try {
    return { result: await run(), statements };
  } finally {
    logger.logQuery = original;
  }
}

/** How many SQL statements `run` sends through `db`. */
export async function countStatements(db: DataSource, run: () => Promise<unknown>): Promise<number> {
  return (await statementsOf(db, run)).statements.length;
}
