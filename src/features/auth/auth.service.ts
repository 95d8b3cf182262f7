import { DataSource } from 'typeorm';
import { TokenService } from '../../auth/tokens';
import { dummyPasswordHash, MAX_PASSWORD_LENGTH, verifyPassword } from '../../auth/passwords';
import { BadUserInputError, UnauthenticatedError } from '../../errors';
import { Staff } from '../staff/staff.entity';
import { normalizeEmail } from '../staff/staff.service';

/** After this many failed sign-ins in a row an account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const GENERIC_FAILURE = 'The email or password is wrong, or the account is locked or inactive.';

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly tokens: TokenService,
  ) {}

  /**
   * Unknown email, wrong password, locked and inactive accounts all give the same error, and an
   * unknown email still costs one argon2 verification so timing does not reveal it.
   */
  async login(emailInput: string, password: string): Promise<{ token: string; expiresAt: Date; staff: Staff }> {
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw new BadUserInputError(`A password is at most ${MAX_PASSWORD_LENGTH} characters.`, 'password');
    }
    const email = normalizeEmail(emailInput);
    const repo = this.db.getRepository(Staff);
    const staff = await repo.findOne({ where: { email } });
    if (!staff) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    const ok = await verifyPassword(staff.passwordHash, password);
    const locked = staff.lockedUntil !== null && staff.lockedUntil.getTime() > Date.now();
    if (!ok || locked || !staff.active) {
      if (!ok) {
        // Counted in the database with one atomic update, so parallel attempts all count.
        await repo.increment({ id: staff.id }, 'failedLogins', 1);
        const fresh = await repo.findOne({ where: { id: staff.id } });
        if (fresh && fresh.failedLogins >= MAX_FAILED_LOGINS && !locked) {
          await repo.update({ id: staff.id }, { lockedUntil: new Date(Date.now() + LOCK_MINUTES * 60_000), failedLogins: 0 });
        }
      }
      throw new UnauthenticatedError(GENERIC_FAILURE);
    }
    if (staff.failedLogins !== 0 || staff.lockedUntil !== null) {
      await repo.update({ id: staff.id }, { failedLogins: 0, lockedUntil: null });
    }
    const { token, expiresAt } = await this.tokens.issue(staff.id);
    return { token, expiresAt, staff };
  }
}
