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

/** Forgets an account's failed sign-ins (a success, an unlock, a reactivation), with the caller's manager. */
export async function clearLoginFailures(manager: EntityManager, email: string): Promise<void> {
  await manager.update(LoginAttempt, { email, outcome: In([...OPEN_OUTCOMES]) }, { outcome: 'CLEARED' });
}
