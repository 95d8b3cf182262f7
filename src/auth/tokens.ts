import { SignJWT, jwtVerify } from 'jose';
import { Config } from '../config';
import { UnauthenticatedError } from '../errors';

/**
 * Access tokens: HS256 JWTs with issuer, audience, subject, issued-at and expiry, all required
 * on verification. The token carries only the staff id and the account's token version: roles,
 * the active flag and the version are read from the database on every request, so a demotion,
 * a deactivation, a logout or a password change takes effect on the next request.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(private readonly config: Config['jwt']) {
    this.key = new TextEncoder().encode(config.secret);
  }

  /** `version`: the staff member's token version now (see Staff.tokenVersion); 0 for a new account. */
  async issue(staffId: number, version = 0): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.config.ttlSeconds;
    const token = await new SignJWT({ ver: version })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(staffId))
      .setIssuer(this.config.issuer)
      .setAudience(this.config.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /**
   * Returns the staff id and the token version it was issued with (0 when absent), or throws
   * UNAUTHENTICATED for anything but a valid, current token. Whether that version is still the
   * account's is checked when the caller is loaded.
   */
  async verify(token: string): Promise<{ staffId: number; version: number }> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const id = Number(payload.sub);
      if (!Number.isSafeInteger(id) || id <= 0) throw new Error('bad subject');
      const version = payload.ver ?? 0;
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) throw new Error('bad version');
      return { staffId: id, version };
    } catch {
      throw new UnauthenticatedError('Your session token is invalid or has expired; sign in again.');
    }
  }
}
