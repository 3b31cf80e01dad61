import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { Database } from '../db/database.js';

export interface LimiterOptions {
  /** Names the counter family (`sign-in-user`, `public` …); keys are stored as `prefix:key`. */
  keyPrefix: string;
  /** How many points a key may consume per window. */
  points: number;
  /** The window in seconds, counted from a key's first point in it. */
  duration: number;
}

/** What the throttles need of rate-limiter-flexible's limiters. */
export interface Limiter {
  readonly points: number;
  /** Consumes; resolves with the state, or rejects with a RateLimiterRes when over the limit. */
  consume(key: string, points?: number): Promise<RateLimiterRes>;
  get(key: string): Promise<RateLimiterRes | null>;
  delete(key: string): Promise<boolean>;
}

/**
 * A limiter whose counters live where every server instance sees them: on PostgreSQL in the
 * `rate_limit` table (migration 020), through the application's own connections; on the embedded
 * database (one process by construction) in memory, sparing its single connection.
 */
export function createLimiter(db: Database, options: LimiterOptions): Limiter {
  if (db.kind === 'pglite') return new RateLimiterMemory(options);
  return new RateLimiterPostgres({
    ...options,
    // rate-limiter-flexible calls `query({ text, values, name })` on a 'client' store.
    storeClient: {
      query: (q: { text: string; values?: unknown[] }) => db.sql.query(q.text, q.values),
    },
    storeType: 'client',
    tableName: 'rate_limit',
    tableCreated: true,
  });
}

/** Whether a limiter rejection is the "over the limit" answer (not a store failure). */
export const isOverLimit = (error: unknown): error is RateLimiterRes => error instanceof RateLimiterRes;
