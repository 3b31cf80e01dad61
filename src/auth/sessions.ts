import { appendAudit } from '../audit/audit.service.js';
import type { Database, SqlClient } from '../db/database.js';
import { unauthenticated } from '../errors.js';
import type { Actor } from './actor.js';

/** Shortest new password accepted; the longest is the argument limit (src/server/plugins/argument-limits). */
export const MIN_PASSWORD_LENGTH = 8;

/**
 * Ends every token issued to the user so far: tokens carry the version they were signed under and
 * a request with an older one is anonymous (auth.service actorFromToken). Used by sign-out and
 * password change; an account disabled in the database is refused on its own flag.
 */
export async function revokeTokens(tx: SqlClient, userId: string): Promise<void> {
  await tx.query('UPDATE app_user SET token_version = token_version + 1 WHERE id = $1', [userId]);
}

/**
 * Signs the caller out. Tokens are stateless, so signing out ends every session of the account
 * (all browsers and scripts holding one of its tokens), which is what someone who fears a token
 * has leaked needs; the others simply sign in again.
 */
export async function logout(db: Database, actor: Actor | null): Promise<boolean> {
  if (!actor) throw unauthenticated();
  await db.transaction(async (tx) => {
    await revokeTokens(tx, actor.userId);
    await appendAudit(tx, { action: 'logout', actor });
  });
  return true;
}
