import { errors, jwtVerify, SignJWT } from 'jose';
import { isUuid } from '../submissions/visibility.js';

const ISSUER = 'sunshine';
const AUDIENCE = 'sunshine-api';
// One algorithm, pinned: a token claiming any other is refused.
const ALGORITHM = 'HS256';
// Every claim a token of ours carries; one without an expiry would be valid for ever.
const REQUIRED_CLAIMS = ['sub', 'exp', 'iat', 'ver'];

/** Who a token speaks for: the user and the token version it was signed under. */
export interface TokenClaims {
  userId: string;
  /** The user's token version at signing; bumping the stored one revokes every earlier token. */
  version: number;
}

export interface TokenSigner {
  sign(claims: TokenClaims): Promise<{ token: string; expiresAt: Date }>;
  /** The claims, or null for any invalid, expired, incomplete or foreign token. */
  verify(token: string): Promise<TokenClaims | null>;
}

/**
 * Tokens whose signature and claims were checked, with their expiry: a signed-in caller sends the
 * same token on every request, and checking its HMAC through WebCrypto was a fifth of a records
 * request's CPU (bench:read). Only the cryptographic check is remembered; expiry is compared again
 * on every call, and revocation and disabled users are checked by the caller on every request.
 */
const VERIFIED_LIMIT = 1000;

export function createTokenSigner(
  secret: string,
  ttlSeconds: number,
  now: () => Date = () => new Date(),
): TokenSigner {
  const key = new TextEncoder().encode(secret);
  const verified = new Map<string, { claims: TokenClaims; expiresAt: number }>();
  const remember = (token: string, claims: TokenClaims, exp: number) => {
    if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value as string);
    verified.set(token, { claims, expiresAt: exp * 1000 });
  };
  return {
    async sign({ userId, version }) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const token = await new SignJWT({ ver: version })
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
      const known = verified.get(token);
      if (known) {
        if (now().getTime() < known.expiresAt) return known.claims;
        verified.delete(token);
        return null;
      }
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: [ALGORITHM],
          requiredClaims: REQUIRED_CLAIMS,
          currentDate: now(),
        });
        // A validly signed token can still carry a malformed subject (a leaked secret, an old
        // format): checked here so that it never reaches a uuid column as a query parameter.
        const { sub, ver } = payload;
        if (typeof sub !== 'string' || !isUuid(sub) || !Number.isSafeInteger(ver)) return null;
        const claims = { userId: sub, version: ver as number };
        remember(token, claims, payload.exp as number);
        return claims;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}
