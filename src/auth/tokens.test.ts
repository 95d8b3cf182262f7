import { SignJWT } from 'jose';
import { TokenService, VERIFIED_TOKENS_KEPT } from './tokens';

const jwt = { secret: 's'.repeat(48), issuer: 'market-api', audience: 'market-clients', ttlSeconds: 60 };
const kept = (service: TokenService) => (service as unknown as { verified: Map<string, unknown> }).verified;

afterEach(() => jest.useRealTimers());

describe('TokenService: verified tokens kept', () => {
  it('answers a kept token from memory, and refuses it once it has expired', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T08:00:00Z') });
    const tokens = new TokenService(jwt);
    const { token } = await tokens.issue(7, 3);
    await expect(tokens.verify(token)).resolves.toEqual({ staffId: 7, version: 3 });
    expect(kept(tokens).has(token)).toBe(true);
    jest.setSystemTime(new Date('2026-12-01T08:00:59Z'));
    await expect(tokens.verify(token)).resolves.toEqual({ staffId: 7, version: 3 });
    // exp is 08:01:00: from that second on the token is expired, kept or not.
    jest.setSystemTime(new Date('2026-12-01T08:01:00Z'));
    await expect(tokens.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(kept(tokens).has(token)).toBe(false);
    await expect(tokens.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('never keeps a refused token: a changed signature is checked, refused and not kept', async () => {
    const tokens = new TokenService(jwt);
    const { token } = await tokens.issue(7);
    await tokens.verify(token);
    const [h, p, sig] = token.split('.');
    const flipped = `${h}.${p}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(tokens.verify(flipped)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect([...kept(tokens).keys()]).toEqual([token]);
  });

  it('checks a token with a not-before claim every time (it is never kept)', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T08:00:00Z') });
    const tokens = new TokenService(jwt);
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ ver: 0 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject('7')
      .setIssuer(jwt.issuer)
      .setAudience(jwt.audience)
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + 60)
      .sign(new TextEncoder().encode(jwt.secret));
    await expect(tokens.verify(token)).resolves.toEqual({ staffId: 7, version: 0 });
    expect(kept(tokens).size).toBe(0);
  });

  it('keeps at most VERIFIED_TOKENS_KEPT tokens, dropping the oldest', async () => {
    const tokens = new TokenService(jwt);
    const first = (await tokens.issue(1)).token;
    await tokens.verify(first);
    // Tokens of one second and account are identical: each gets its own subject.
    for (let id = 2; id <= VERIFIED_TOKENS_KEPT + 1; id++) await tokens.verify((await tokens.issue(id)).token);
    expect(kept(tokens).size).toBe(VERIFIED_TOKENS_KEPT);
    expect(kept(tokens).has(first)).toBe(false);
    await expect(tokens.verify(first)).resolves.toEqual({ staffId: 1, version: 0 });
  }, 60_000);
});
