import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '../errors';
import { dialectOf } from './data-source';
import { runSerialized } from './sqlite-serial';

/**
 * Runs `work` in one transaction. Every write that moves money, ownership, an approval or a
 * signature goes through here together with its audit event.
 *
 * - MySQL/MariaDB: a deadlock or lock-wait timeout is retried a bounded number of times, then
 *   reported as CONFLICT.
 * - SQLite: better-sqlite3 has one connection, on which transactions cannot interleave, so
 *   transactions of this process take turns with each other and with every lone statement
 *   (sqlite-serial.ts): nothing written outside a transaction joins another request's.
 */
/** MySQL's retry policy (the benchmark's hand-written reference follows it too). */
export const MAX_ATTEMPTS = 3;
export const RETRYABLE_MYSQL_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);
export const retryPause = (attempt: number) => new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function isRetryable(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code ?? '';
  return RETRYABLE_MYSQL_ERRORS.has(code);
}

export async function inTransaction<T>(ds: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dialectOf(ds) === 'sqlite') {
    return runSerialized(ds, () => ds.transaction(work));
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await ds.transaction(work);
    } catch (error) {
      if (!isRetryable(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ConflictError('The records were busy with another change; try again.');
      }
      await retryPause(attempt);
    }
  }
}
