import { DataSource, LessThan } from 'typeorm';
import { Actor } from '../../auth/actor';
import { TokenService } from '../../auth/tokens';
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from '../../auth/passwords';
import { BadUserInputError, isConnectivityError, NotFoundError, ServiceUnavailableError, UnauthenticatedError } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit/audit.service';
import { Staff } from '../staff/staff.entity';
import { normalizeEmail } from '../staff/staff.service';
import { LoginAttempt } from './login-attempt.entity';
import {
  clearLoginFailures,
  KEEP_ATTEMPTS_HOURS,
  LOCK_MINUTES,
  MAX_FAILED_LOGINS,
  MAX_FAILED_LOGINS_PER_ADDRESS,
  OPEN_OUTCOMES,
} from './login-throttle';

export { MAX_FAILED_LOGINS, LOCK_MINUTES, MAX_FAILED_LOGINS_PER_ADDRESS } from './login-throttle';

const GENERIC_FAILURE = 'The email or password is wrong, or the account is locked or inactive.';

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Signs in. Every attempt is written before the password is checked and counted per email and
   * per client address, in the database (so aliases, retries and several server instances all
   * count). Unknown email, wrong password, locked and inactive accounts and a throttled address
   * all give the same error; an unknown email costs one argon2 verification like a known one, and
   * a locked email (known or not) costs none.
   */
  async login(emailInput: string, password: string, clientAddress = 'unknown'): Promise<{ token: string; expiresAt: Date; staff: Staff }> {
    try {
      return await this.attempt(emailInput, password, clientAddress);
    } catch (error) {
      // Signing in is the one thing an anonymous caller can do, so it is where an outage shows first.
      if (isConnectivityError(error)) throw new ServiceUnavailableError();
      throw error;
    }
  }

  private async attempt(emailInput: string, password: string, clientAddress: string): Promise<{ token: string; expiresAt: Date; staff: Staff }> {
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new BadUserInputError(`A password is at most ${MAX_PASSWORD_LENGTH} characters.`, 'password');
    }
    const email = normalizeEmail(emailInput).slice(0, 254);
    const address = clientAddress.slice(0, 64);
    const attempts = this.db.getRepository(LoginAttempt);
    const now = new Date();
    const inserted = await attempts.insert({ email, clientAddress: address, outcome: 'PENDING', at: now });
    const id = Number(inserted.identifiers[0].id);
    const since = new Date(now.getTime() - LOCK_MINUTES * 60_000);
    // Attempts up to and including this one: the first MAX_FAILED_LOGINS parallel guesses get checked, no more.
    const open = (column: 'email' | 'clientAddress', value: string) =>
      attempts
        .createQueryBuilder('a')
        .where(`a.${column} = :value`, { value })
        .andWhere('a.outcome IN (:...open)', { open: [...OPEN_OUTCOMES] })
        .andWhere('a.at > :since', { since })
        .andWhere('a.id <= :id', { id })
        .getCount();
    const [forEmail, forAddress] = await Promise.all([open('email', email), open('clientAddress', address)]);
    const staff = await this.db.getRepository(Staff).findOne({ where: { email } });
    const locked = staff?.lockedUntil != null && staff.lockedUntil.getTime() > now.getTime();
    if (locked || forEmail > MAX_FAILED_LOGINS || forAddress > MAX_FAILED_LOGINS_PER_ADDRESS) {
      await attempts.update({ id }, { outcome: 'REFUSED' });
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    const ok = await verifyPassword(staff ? staff.passwordHash : await dummyPasswordHash(), password);
    if (!ok || !staff || !staff.active) {
      await attempts.update({ id }, { outcome: 'FAILED' });
      if (staff && forEmail >= MAX_FAILED_LOGINS) {
        await this.db.getRepository(Staff).update({ id: staff.id }, { lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) });
      }
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    await inTransaction(this.db, async (m) => {
      await clearLoginFailures(m, email);
      await m.update(LoginAttempt, { id }, { outcome: 'SUCCEEDED' });
      if (staff.lockedUntil !== null) await m.update(Staff, { id: staff.id }, { lockedUntil: null });
      await m.delete(LoginAttempt, { at: LessThan(new Date(now.getTime() - KEEP_ATTEMPTS_HOURS * 3600_000)) });
    });
    const { token, expiresAt } = await this.tokens.issue(staff.id);
    return { token, expiresAt, staff };
  }

  /** Lifts a sign-in lock (DIRECTOR): the account's failed attempts are forgotten. */
  async unlock(actor: Actor, staffId: string): Promise<Staff> {
    const id = Number(staffId);
    if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('Staff member', staffId);
    return inTransaction(this.db, async (m) => {
      const staff = await m.findOne(Staff, { where: { id } });
      if (!staff) throw new NotFoundError('Staff member', staffId);
      await clearLoginFailures(m, staff.email);
      await m.update(Staff, { id }, { lockedUntil: null });
      await recordAudit(m, actor.id, {
        action: 'staff.unlocked',
        entityType: 'Staff',
        entityId: id,
        summary: `Lifted the sign-in lock of ${staff.name}`,
      });
      return (await m.findOne(Staff, { where: { id } }))!;
    });
  }
}
