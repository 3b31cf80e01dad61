import type { Database } from '../db/database.js';
import { createLimiter, isOverLimit, type Limiter } from './limiter.js';

export interface SignInLimits {
  /** Failed sign-ins one username may have per window before it is refused. */
  perUsername: number;
  /** Failed sign-ins one address may have per window, whatever usernames it tries. */
  perAddress: number;
  windowSeconds: number;
}

/** One sign-in attempt as the counters saw it; drives the refusal and the aggregated audit entries. */
export interface Attempt {
  /** Attempts of this username in the current window, this one included. */
  attempts: number;
  /** The first of the username's window: its audit entry is written if it fails. */
  firstInWindow: boolean;
  /** Over an allowance: refused without checking the password. */
  refused: boolean;
  /** How long until the allowance that refused it is back. */
  retryInMs: number;
  /** The first attempt refused in this window (for the username or the address): audited once. */
  firstRefused: boolean;
}

export interface SignInThrottle {
  readonly limits: SignInLimits;
  /** Counts an attempt before the password is checked, so a burst in parallel is held too. */
  attempt(username: string, address: string): Promise<Attempt>;
  /** A correct password: the username's failures are cleared and the address's attempt returned. */
  succeeded(username: string, address: string): Promise<void>;
}

// Usernames are compared case-insensitively for throttling: `ENT-A` must not be a fresh allowance.
const userKey = (username: string) => username.toLowerCase();

/**
 * Failed sign-ins are counted per username and per address (rate-limiter-flexible). Each attempt
 * counts until it succeeds, so only failures remain: another user's correct sign-in from the same
 * address is unaffected unless that address itself has failed too often; a known and an unknown
 * username are counted and refused alike.
 */
export function createSignInThrottle(db: Database, limits: SignInLimits): SignInThrottle {
  const byUser = createLimiter(db, {
    keyPrefix: 'sign-in-user',
    points: limits.perUsername,
    duration: limits.windowSeconds,
  });
  const byAddress = createLimiter(db, {
    keyPrefix: 'sign-in-address',
    points: limits.perAddress,
    duration: limits.windowSeconds,
  });
  return {
    limits,
    async attempt(username, address) {
      const [user, from] = await Promise.all([
        consumeCounting(byUser, userKey(username)),
        consumeCounting(byAddress, address),
      ]);
      const userOver = user.consumedPoints > limits.perUsername;
      const addressOver = from.consumedPoints > limits.perAddress;
      return {
        attempts: user.consumedPoints,
        firstInWindow: user.consumedPoints === 1,
        refused: userOver || addressOver,
        retryInMs: Math.max(userOver ? user.msBeforeNext : 0, addressOver ? from.msBeforeNext : 0),
        firstRefused:
          user.consumedPoints === limits.perUsername + 1 || from.consumedPoints === limits.perAddress + 1,
      };
    },
    async succeeded(username, address) {
      await Promise.all([byUser.delete(userKey(username)), byAddress.consume(address, -1).catch(() => {})]);
    },
  };
}

/** Consumes points and returns the count, also when they went over the limit. */
async function consumeCounting(limiter: Limiter, key: string) {
  try {
    return await limiter.consume(key);
  } catch (error) {
    if (isOverLimit(error)) return error;
    throw error;
  }
}
