import { EntityManager, In } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';

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
