import type { Database } from '../db/database.js';
import { createLimiter, isOverLimit } from './limiter.js';
import { tooManyRequests } from './refusal.js';

export interface PublicBudget {
  /** Takes one request from the address's budget; TOO_MANY_REQUESTS (HTTP 429) when it is spent. */
  take(address: string): Promise<void>;
}

/**
 * A per-address budget for anonymous use: the public GraphQL API, bulk downloads and the public
 * pages. Signed-in callers are not counted (they are known, and held by their own limits). A budget
 * of 0 turns it off.
 */
export function createPublicBudget(db: Database, perMinute: number): PublicBudget {
  if (perMinute <= 0) return { take: async () => {} };
  const limiter = createLimiter(db, { keyPrefix: 'public', points: perMinute, duration: 60 });
  return {
    async take(address) {
      try {
        await limiter.consume(address);
      } catch (error) {
        if (isOverLimit(error)) throw tooManyRequests(error.msBeforeNext, { http: true });
        throw error;
      }
    },
  };
}
