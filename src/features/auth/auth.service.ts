import { GraphQLError } from 'graphql';
import { DataSource, In, LessThan } from 'typeorm';
import { Actor } from '../../auth/actor';
import { TokenService } from '../../auth/tokens';
import {
  assertStrongPassword,
  dummyPasswordHash,
  hashPassword,
  MAX_PASSWORD_LENGTH,
  verifyPassword,
} from '../../auth/passwords';
import {
  BadUserInputError,
  ConflictError,
  isConnectivityError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from '../../errors';
import { inTransaction } from '../../db/transaction';
import { parseIdArg } from '../../graphql/ids';
import { recordAudit } from '../audit';
import { Staff, normalizeEmail } from '../staff';
import { LoginAttempt } from './login-attempt.entity';
import {
  clearLoginFailures,
  KEEP_ATTEMPTS_HOURS,
  LOCK_MINUTES,
  MAX_FAILED_LOGINS,
  MAX_FAILED_LOGINS_PER_ADDRESS,
  PENDING_ABANDONED_AFTER_SECONDS,
  PENDING_POLL_MS,
  PENDING_WAIT_SECONDS,
} from './login-throttle';

const GENERIC_FAILURE = 'The email or password is wrong, or the account is locked or inactive.';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  staff: Staff;
}

interface OpenAttempts {
  failed: number;
  /** Undecided attempts started before this one (not yet abandoned). */
  pendingBefore: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class AuthService {
  /**
   * Attempts of this process that a database failure interrupted: marked ABANDONED as soon as the
   * database answers again, so they do not count as failures after a recovery. (Those of a process
   * that died are ignored once PENDING_ABANDONED_AFTER_SECONDS old.)
   */
  private readonly interrupted = new Set<number>();

  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenService,
    /** Told after a logout or password change ended the caller's older sessions (their sockets close). */
    private readonly sessionsEnded: (staffId: number) => void = () => {},
  ) {}

  /**
   * Signs in. Every attempt is written before the password is checked and counted per email and
   * per client address, in the database (so aliases, retries and several server instances all
   * count). Unknown email, wrong password, locked and inactive accounts and a throttled address
   * all give the same error; all but the throttled address after the same work, one argon2
   * verification (against the account's hash, or a dummy one for an unknown email), so timing
   * tells none of them apart.
   */
  async login(emailInput: string, password: string, clientAddress = 'unknown'): Promise<SignedIn> {
    try {
      const staff = await this.checkPassword(emailInput, password, clientAddress);
      const { token, expiresAt } = await this.tokens.issue(staff.id, staff.tokenVersion);
      return { token, expiresAt, staff };
    } catch (error) {
      // Signing in is the one thing an anonymous caller can do, so it is where an outage shows first.
      if (isConnectivityError(error)) throw new ServiceUnavailableError();
      throw error;
    }
  }

  /**
   * changePassword: the caller proves the current password (a throttled sign-in attempt, so a
   * stolen token cannot be used to guess it), then the new hash and a raised token version are
   * written together: every token issued before stops working; the answer carries a new one.
   */
  async changePassword(
    actor: Actor,
    currentPassword: string,
    newPassword: string,
    clientAddress = 'unknown',
  ): Promise<SignedIn> {
    assertStrongPassword(newPassword, 'newPassword');
    if (newPassword === currentPassword)
      throw new BadUserInputError('The new password must differ from the current one.', 'newPassword');
    const me = await this.db.getRepository(Staff).findOne({ where: { id: actor.id } });
    if (!me) throw new UnauthenticatedError();
    let checked: Staff;
    try {
      checked = await this.checkPassword(me.email, currentPassword, clientAddress);
    } catch (error) {
      if (error instanceof UnauthenticatedError) {
        throw new BadUserInputError(
          'The current password is wrong (or too many wrong tries have locked the account for a while).',
          'currentPassword',
        );
      }
      if (isConnectivityError(error)) throw new ServiceUnavailableError();
      throw error;
    }
    const passwordHash = await hashPassword(newPassword);
    const staff = await inTransaction(this.db, async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(Staff)
        .set({ passwordHash, tokenVersion: () => 'tokenVersion + 1' })
        .where('id = :id AND passwordHash = :previous', { id: checked.id, previous: checked.passwordHash })
        .execute();
      if (!result.affected)
        throw new ConflictError('The password was changed at the same moment by another request; sign in again.');
      await recordAudit(m, actor.id, {
        action: 'staff.password_changed',
        entityType: 'Staff',
        entityId: actor.id,
        summary: `${checked.name} changed their password; earlier sessions ended`,
      });
      return m.findOneOrFail(Staff, { where: { id: actor.id } });
    });
    this.sessionsEnded(staff.id);
    const { token, expiresAt } = await this.tokens.issue(staff.id, staff.tokenVersion);
    return { token, expiresAt, staff };
  }

  /** logout: every token issued to the caller until now stops working (the token version goes up). */
  async logout(actor: Actor): Promise<boolean> {
    await this.db
      .createQueryBuilder()
      .update(Staff)
      .set({ tokenVersion: () => 'tokenVersion + 1' })
      .where('id = :id', { id: actor.id })
      .execute();
    this.sessionsEnded(actor.id);
    return true;
  }

  /** One throttled password check: the staff member, or UNAUTHENTICATED with the generic message. */
  private async checkPassword(emailInput: string, password: string, clientAddress: string): Promise<Staff> {
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new BadUserInputError(`A password is at most ${MAX_PASSWORD_LENGTH} characters.`, 'password');
    }
    const email = normalizeEmail(emailInput).slice(0, 254);
    const address = clientAddress.slice(0, 64);
    const attempts = this.db.getRepository(LoginAttempt);
    if (this.interrupted.size) {
      const ids = [...this.interrupted];
      await attempts.update({ id: In(ids), outcome: 'PENDING' }, { outcome: 'ABANDONED' });
      for (const id of ids) this.interrupted.delete(id);
    }
    const now = new Date();
    const inserted = await attempts.insert({ email, clientAddress: address, outcome: 'PENDING', at: now });
    const id = Number(inserted.identifiers[0].id);
    try {
      return await this.decide(id, email, address, password, now);
    } catch (error) {
      // Our own refusals have decided the attempt; anything else (the database failing) left it PENDING.
      if (!(error instanceof GraphQLError)) this.interrupted.add(id);
      throw error;
    }
  }

  private async decide(id: number, email: string, address: string, password: string, now: Date): Promise<Staff> {
    const attempts = this.db.getRepository(LoginAttempt);
    const staffRepo = this.db.getRepository(Staff);
    const waitUntil = now.getTime() + PENDING_WAIT_SECONDS * 1000;
    let staff: Staff | null;
    for (;;) {
      const [forEmail, forAddress] = await Promise.all([
        this.openAttempts('email', email, id, now),
        this.openAttempts('clientAddress', address, id, now),
      ]);
      staff = await staffRepo.findOne({ where: { email } });
      const locked = staff?.lockedUntil != null && staff.lockedUntil.getTime() > Date.now();
      if (forAddress.failed >= MAX_FAILED_LOGINS_PER_ADDRESS) {
        // A throttled address is refused at once, whatever the account: its timing tells nothing
        // about the account, and a flood from it costs no argon2 work.
        await attempts.update({ id }, { outcome: 'REFUSED' });
        throw new UnauthenticatedError(GENERIC_FAILURE);
      }
      const refused = locked || forEmail.failed >= MAX_FAILED_LOGINS;
      // Enough parallel attempts are in flight that their outcome decides this one: the first
      // MAX_FAILED_LOGINS parallel guesses get checked, the rest wait for them (parallel right
      // passwords then all get in: a success clears the account's open attempts).
      const undecided =
        !refused &&
        (forEmail.failed + forEmail.pendingBefore >= MAX_FAILED_LOGINS ||
          forAddress.failed + forAddress.pendingBefore >= MAX_FAILED_LOGINS_PER_ADDRESS);
      if (undecided && Date.now() < waitUntil) {
        await sleep(PENDING_POLL_MS);
        continue;
      }
      if (refused || undecided) {
        // The same verification a wrong password costs (its answer unused), so a locked account
        // is not told apart from a wrong password by timing.
        await verifyPassword(staff ? staff.passwordHash : await dummyPasswordHash(), password);
        await attempts.update({ id }, { outcome: 'REFUSED' });
        throw new UnauthenticatedError(GENERIC_FAILURE);
      }
      break;
    }
    const ok = await verifyPassword(staff ? staff.passwordHash : await dummyPasswordHash(), password);
    if (!ok || !staff || !staff.active) {
      await attempts.update({ id }, { outcome: 'FAILED' });
      if (staff && (await this.openAttempts('email', email, id, now)).failed >= MAX_FAILED_LOGINS) {
        await staffRepo.update({ id: staff.id }, { lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000) });
      }
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    const signedIn = staff;
    await inTransaction(this.db, async (m) => {
      await clearLoginFailures(m, email);
      await m.update(LoginAttempt, { id }, { outcome: 'SUCCEEDED' });
      if (signedIn.lockedUntil !== null) await m.update(Staff, { id: signedIn.id }, { lockedUntil: null });
      await m.delete(LoginAttempt, { at: LessThan(new Date(now.getTime() - KEEP_ATTEMPTS_HOURS * 3600_000)) });
    });
    return signedIn;
  }

  /**
   * Recent failures (within LOCK_MINUTES) and live undecided attempts started before `id` (within
   * PENDING_ABANDONED_AFTER_SECONDS) for one email or client address, up to and including `id`.
   */
  private async openAttempts(
    column: 'email' | 'clientAddress',
    value: string,
    id: number,
    now: Date,
  ): Promise<OpenAttempts> {
    const rows: Array<{ outcome: string; n: number | string }> = await this.db
      .getRepository(LoginAttempt)
      .createQueryBuilder('a')
      .select('a.outcome', 'outcome')
      .addSelect('COUNT(*)', 'n')
      .where(`a.${column} = :value`, { value })
      .andWhere(
        "((a.outcome = 'FAILED' AND a.at > :failedSince) OR (a.outcome = 'PENDING' AND a.at > :pendingSince AND a.id < :id))",
        {
          failedSince: new Date(now.getTime() - LOCK_MINUTES * 60_000),
          pendingSince: new Date(Date.now() - PENDING_ABANDONED_AFTER_SECONDS * 1000),
          id,
        },
      )
      .andWhere('a.id <= :id', { id })
      .groupBy('a.outcome')
      .getRawMany();
    const count = (outcome: string) => Number(rows.find((r) => r.outcome === outcome)?.n ?? 0);
    return { failed: count('FAILED'), pendingBefore: count('PENDING') };
  }

  /** Lifts a sign-in lock (DIRECTOR): the account's failed attempts are forgotten. */
  async unlock(actor: Actor, staffId: string): Promise<Staff> {
    const id = parseIdArg(staffId, 'staffId');
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
      return m.findOneOrFail(Staff, { where: { id } });
    });
  }
}
