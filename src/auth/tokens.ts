import { SignJWT, jwtVerify } from 'jose';
import { Config } from '../config';
import { UnauthenticatedError } from '../errors';

/**
 * Access tokens: HS256 JWTs with issuer, audience, subject, issued-at and expiry, all required
 * on verification. The token carries only the staff id: roles are read from the database on
 * every request, so a demotion or deactivation takes effect at once.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(private readonly config: Config['jwt']) {
    this.key = new TextEncoder().encode(config.secret);
  }

  async issue(staffId: number): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const exp = now + this.config.ttlSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(String(staffId))
      .setIssuer(this.config.issuer)
      .setAudience(this.config.audience)
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key);
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Returns the staff id, or throws UNAUTHENTICATED for anything but a valid, current token. */
  async verify(token: string): Promise<number> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp', 'iat', 'sub'],
      });
      const id = Number(payload.sub);
      if (!Number.isSafeInteger(id) || id <= 0) throw new Error('bad subject');
      return id;
    } catch {
      throw new UnauthenticatedError('Your session token is invalid or has expired; sign in again.');
    }
  }
}
