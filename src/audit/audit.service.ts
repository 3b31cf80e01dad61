import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { entryHash, GENESIS_HASH, type HashedFields } from './canonical.js';

export type AuditAction =
  | 'login-failed'
  | 'login-throttled'
  | 'logout'
  | 'password-change'
  | 'upload'
  | 'submit'
  | 'acknowledge'
  | 'return'
  | 'approve'
  | 'publish'
  | 'correct'
  | 'withdraw'
  | 'retry-delivery'
  | 'calendar-add-days'
  | 'calendar-remove-days'
  | 'subsidiary-add'
  | 'subsidiary-remove'
  | 'obligation-set'
  | 'remind'
  | 'remind-mail-resent'
  | 'remind-mail-failed'
  | 'subscription-add'
  | 'subscription-remove'
  | 'redact'
  | 'password-change'
  | 'account-create'
  | 'account-disable'
  | 'account-enable'
  | 'account-reset-password';

export interface AuditEntry {
  action: AuditAction;
  actor: Pick<Actor, 'userId' | 'username'> | null;
  /** For failed sign-ins: the username that was tried (there is no actor). */
  attemptedUsername?: string;
  submissionId?: string;
  details?: Record<string, unknown>;
}

// Serialises appends so that two transactions never chain onto the same previous entry.
const AUDIT_CHAIN_LOCK = 7_031_976;

/**
 * Appends one entry inside the caller's transaction, so the entry exists exactly when the action
 * it records was committed.
 */
export async function appendAudit(tx: SqlClient, entry: AuditEntry): Promise<void> {
  // ::text because Prisma's raw queries cannot return a void column.
  await tx.query('SELECT pg_advisory_xact_lock($1)::text', [AUDIT_CHAIN_LOCK]);
  // Chain onto the head, not onto the last remaining entry: after a cut-off tail, the next entry
  // then does not link either (a trigger refuses any entry that does not extend the head).
  const head = await tx.query<{ hash: string }>('SELECT hash FROM audit_head');
  const prevHash = head.rows[0]?.hash ?? GENESIS_HASH;
  const fields: HashedFields = {
    at: new Date().toISOString(),
    actorId: entry.actor?.userId ?? null,
    actorUsername: entry.actor?.username ?? entry.attemptedUsername ?? null,
    action: entry.action,
    submissionId: entry.submissionId ?? null,
    details: entry.details ?? {},
  };
  await tx.query(
    `INSERT INTO audit_log (at, actor_id, actor_username, action, submission_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
    [
      fields.at,
      fields.actorId,
      fields.actorUsername,
      fields.action,
      fields.submissionId,
      JSON.stringify(fields.details),
      prevHash,
      entryHash(prevHash, fields),
    ],
  );
}
