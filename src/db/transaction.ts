import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { ConflictError } from '../errors';
import { dialectOf } from './dialect';
import { runSerialized } from './sqlite-serial';

/**
 * Runs `work` in one transaction. Every write that moves money, ownership, an approval or a
 * signature goes through here together with its audit event.
 *
 * - MySQL/MariaDB: a deadlock or lock-wait timeout is retried a bounded number of times, then
 *   reported as CONFLICT. On a Galera cluster a write-write conflict between two nodes is
 *   reported the same way, as a deadlock (ER_LOCK_DEADLOCK) at commit or at the next statement
 *   of the transaction that lost certification, so it is retried too; so is a statement refused
 *   because its node just left the primary component (ER_UNKNOWN_COM_ERROR: nothing ran, and the
 *   retry's connection goes to a node that serves).
 * - SQLite: better-sqlite3 has one connection, on which transactions cannot interleave, so
 *   transactions of this process take turns with each other and with every lone statement
 *   (sqlite-serial.ts): nothing written outside a transaction joins another request's.
 */
/** MySQL's retry policy (the benchmark's hand-written reference follows it too). */
export const MAX_ATTEMPTS = 3;
export const RETRYABLE_MYSQL_ERRORS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'ER_UNKNOWN_COM_ERROR']);
export const retryPause = (attempt: number) => new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20));

export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  const code = driverError?.code ?? '';
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function retryableCode(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const code = (error as QueryFailedError & { driverError?: { code?: string } }).driverError?.code ?? '';
  return RETRYABLE_MYSQL_ERRORS.has(code) ? code : null;
}

const retries = new WeakMap<DataSource, Record<string, number>>();

/** Transactions retried on this data source so far, by the error that caused it (for the metrics). */
export function transactionRetries(ds: DataSource): Record<string, number> {
  return { ...(retries.get(ds) ?? {}) };
}

/**
 * What each open transaction of inTransaction will do once it commits, by its manager. An attempt
 * that fails or is retried drops its list with it: only a committed change's reactions run.
 */
const commitReactions = new WeakMap<EntityManager, Array<() => void>>();

/**
 * Runs `reaction` after the transaction of `m` commits, never if it rolls back or is retried
 * (the retry queues its own). For effects outside the database, such as publishing an event: a
 * listener must never hear of a change that did not happen. `m` must be a manager inTransaction
 * handed out; anything else is a fault of the caller (no transaction would ever run the reaction).
 */
export function afterCommit(m: EntityManager, reaction: () => void): void {
  const queued = commitReactions.get(m);
  if (!queued) throw new Error('afterCommit needs the manager of a transaction opened by inTransaction.');
  queued.push(reaction);
}

export interface TransactionOptions {
  /**
   * MySQL/MariaDB: run at READ COMMITTED instead of the default REPEATABLE READ. For transactions
   * whose every read follows the row lock that serializes them (a customer's money movements):
   * REPEATABLE READ's range scans also lock the first index entry past their range, which belongs
   * to the next customer, so on a Galera cluster a replicated write to that customer's row aborts
   * this transaction (the node-loss load showed nearly every certification conflict there). At
   * READ COMMITTED a scan keeps locks only on the rows it matches, and a plain read sees what the
   * previous holder of the lock committed. SQLite ignores it (one connection, transactions in turn).
   */
  readCommitted?: boolean;
}

/** Managers of transactions opened with `readCommitted` (on SQLite: asked for, so the check holds there too). */
const readCommittedManagers = new WeakSet<EntityManager>();

/** Whether `m` belongs to a transaction inTransaction opened with `{ readCommitted: true }`. */
export function opensReadCommitted(m: EntityManager): boolean {
  return readCommittedManagers.has(m);
}

/** One attempt: `work` in a transaction, then (committed) its reactions, each on its own. */
async function attemptOnce<T>(
  ds: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions,
): Promise<T> {
  let queued: Array<() => void> = [];
  const run = async (m: EntityManager) => {
    queued = [];
    commitReactions.set(m, queued);
    if (options.readCommitted) readCommittedManagers.add(m);
    return work(m);
  };
  const result =
    options.readCommitted && dialectOf(ds) !== 'sqlite'
      ? await ds.transaction('READ COMMITTED', run)
      : await ds.transaction(run);
  for (const reaction of queued) {
    try {
      reaction();
    } catch {
      // A reaction is best effort (the change is committed); it reports its own failures.
    }
  }
  return result;
}

export async function inTransaction<T>(
  ds: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  if (dialectOf(ds) === 'sqlite') {
    return runSerialized(ds, () => attemptOnce(ds, work, options));
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(ds, work, options);
    } catch (error) {
      const code = retryableCode(error);
      if (!code) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new ConflictError('The records were busy with another change; try again.');
      }
      const tally = retries.get(ds) ?? {};
      tally[code] = (tally[code] ?? 0) + 1;
      retries.set(ds, tally);
      await retryPause(attempt);
    }
  }
}
