import { SignJWT, jwtVerify } from 'jose';
import { Config } from '../config';
import { UnauthenticatedError } from '../errors';

/** Tokens kept verified (see TokenService.verify); the oldest is dropped beyond this. */
export const VERIFIED_TOKENS_KEPT = 5000;

interface Verified {
  staffId: number;
  version: number;
  /** The token's `exp`, in seconds since the epoch. */
  exp: number;
}

/**
 * Access tokens: HS256 JWTs with issuer, audience, subject, issued-at and expiry, all required
 * on verification. The token carries only the staff id and the account's token version: roles,
 * the active flag and the version are read from the database on every request, so a demotion,
 * a deactivation, a logout or a password change takes effect on the next request.
 */
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature and claims were checked, by their exact text. A signed token cannot
   * change, so only its expiry needs checking again; a client sends the same token on every
   * request, and the HMAC and claim checks were a tenth of a short request's CPU. Whether the
   * token's version is still the account's is read from the database on every request (context.ts),
   * so a logout or password change is not delayed by this. Refused tokens are never kept.
   */
  private readonly verified = new Map<string, Verified>();

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
    const known = this.verified.get(token);
    if (known) {
      // jose's own test: expired once `exp` is not after the current second.
      if (known.exp > Math.floor(Date.now() / 1000)) return { staffId: known.staffId, version: known.version };
      this.verified.delete(token);
    }
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
      // A token that is not valid yet (`nbf`) is checked again each time rather than kept.
      if (payload.nbf === undefined && typeof payload.exp === 'number')
        this.keep(token, { staffId: id, version, exp: payload.exp });
      return { staffId: id, version };
    } catch {
      throw new UnauthenticatedError('Your session token is invalid or has expired; sign in again.');
    }
  }

  private keep(token: string, verified: Verified): void {
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, verified);
  }
}
