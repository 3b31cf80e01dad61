import { errors, jwtVerify, SignJWT } from 'jose';

const ISSUER = 'sunshine';
const AUDIENCE = 'sunshine-api';
// One algorithm, pinned: a token claiming any other is refused.
const ALGORITHM = 'HS256';

export interface TokenSigner {
  sign(userId: string): Promise<{ token: string; expiresAt: Date }>;
  /** The user id, or null for any invalid, expired or foreign token. */
  verify(token: string): Promise<string | null>;
}

export function createTokenSigner(
  secret: string,
  ttlSeconds: number,
  now: () => Date = () => new Date(),
): TokenSigner {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(userId) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: ALGORITHM })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: [ALGORITHM],
          currentDate: now(),
        });
        return typeof payload.sub === 'string' ? payload.sub : null;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
