import { EntityManager, In } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';

/*
 * Why not rate-limiter-flexible (evaluated at 11.4.0, RateLimiterMySQL and RateLimiterSQLite):
 * - its stores take a raw driver client (a mysql2 pool, a better-sqlite3 handle) and run their own
 *   statements and transactions on it, beside TypeORM: on SQLite they would interleave with the
 *   transactions that take turns on our one connection, on MySQL they would bypass the failover
 *   pool that moves to a live Galera node, and the attempt would no longer be written in the
 *   sign-in's own transaction with the lock on the staff row;
 * - it creates its table itself at run time (CREATE TABLE IF NOT EXISTS, a different statement per
 *   store), outside our migrations and their drift test;
 * - what we keep is more than a counter: each attempt's outcome and time (PENDING ones count, so
 *   parallel guesses are all counted; ABANDONED ones of a server that died stop counting), the
 *   account lock that a DIRECTOR lifts and a reactivation clears, by email and by address. A
 *   counter keyed by email would still need all of that around it.
 * The database-backed, cross-instance behaviour is the requirement; this file already gives it.
 */

/** After this many failed sign-ins for one email within LOCK_MINUTES, the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Failed sign-ins from one client address within LOCK_MINUTES after which that address is refused. */
export const MAX_FAILED_LOGINS_PER_ADDRESS = 20;
/** Attempts older than this are deleted (on a successful sign-in). */
export const KEEP_ATTEMPTS_HOURS = 24;

/** Open attempts: failed, or not yet decided (counted as failures so parallel guesses all count). */
export const OPEN_OUTCOMES = ['PENDING', 'FAILED'] as const;

/**
 * An undecided (PENDING) attempt older than this was abandoned: its server died mid-way (one that
 * only lost the database marks its own ABANDONED once it is back). It no longer counts, so a crash
 * never turns into a lasting lock. A live attempt is decided within seconds even under load.
 */
export const PENDING_ABANDONED_AFTER_SECONDS = 60;

/** How long an attempt waits for parallel ones to be decided before it is refused like a locked one. */
export const PENDING_WAIT_SECONDS = 15;

/** How often an attempt that waits for parallel attempts of the same email (or address) to be decided looks again. */
export const PENDING_POLL_MS = 40;

/** Forgets an account's failed sign-ins (a success, an unlock, a reactivation), with the caller's manager. */
export async function clearLoginFailures(manager: EntityManager, email: string): Promise<void> {
  await manager.update(LoginAttempt, { email, outcome: In([...OPEN_OUTCOMES]) }, { outcome: 'CLEARED' });
}
