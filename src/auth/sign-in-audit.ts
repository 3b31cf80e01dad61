import { appendAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import type { Attempt, SignInThrottle } from '../throttle/sign-in.js';

/**
 * Failed sign-ins are audited in aggregate, so that guessing cannot grow the log without bound:
 * one `login-failed` entry per username per throttle window (its first failure), and one
 * `login-throttled` entry when the username's or the address's allowance runs out. The exact
 * count of a window lives in the throttle's counters; the entry says how long the window is.
 */
export async function auditSignInAttempt(
  db: Database,
  throttle: SignInThrottle,
  entry: { username: string; address: string; attempt: Attempt },
): Promise<void> {
  const { limits } = throttle;
  await db.transaction((tx) =>
    appendAudit(tx, {
      action: entry.attempt.refused ? 'login-throttled' : 'login-failed',
      actor: null,
      attemptedUsername: entry.username.slice(0, 100),
      details: {
        address: entry.address,
        windowSeconds: limits.windowSeconds,
        ...(entry.attempt.refused
          ? {
              attempts: entry.attempt.attempts,
              perUsername: limits.perUsername,
              perAddress: limits.perAddress,
            }
          : {}),
      },
    }),
  );
}
