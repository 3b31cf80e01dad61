import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Database, SqlClient } from '../db/database.js';
import { DomainError } from '../errors.js';
import { emitSubmissionEvent } from '../events/emit.js';
import { lockInState, requireRole, requireTransition } from './access.js';
import { requireNoOpenCorrection } from './follow-up.js';
import { findVisibleSubmission } from './visibility.js';

export interface SubmitInput {
  id: string;
  /** Issue numbers (seq) of warnings the enterprise acknowledges now. */
  acknowledgeWarnings?: number[];
}

/**
 * The enterprise sends a validated (or returned) submission for review. Every warning must be
 * acknowledged — now, earlier, or carried over from an earlier upload of the same record.
 */
export async function submitSubmission(db: Database, actor: Actor, input: SubmitInput): Promise<void> {
  const submission = await findVisibleSubmission(db, actor, input.id);
  requireRole(actor, 'ENTERPRISE_FILER');
  requireTransition(submission.status, 'submit');
  await db.transaction(async (tx) => {
    await lockInState(tx, submission.id, 'submit');
    if (submission.correctsId) {
      // Locking the corrected submission serialises two corrections of it submitted at once.
      await lockInState(tx, submission.correctsId, 'correct');
      await requireNoOpenCorrection(tx, submission.correctsId, [submission.id, submission.resubmitsId]);
    }
    const acknowledged = await acknowledge(tx, submission.id, actor, input.acknowledgeWarnings ?? []);
    await requireAllWarningsAcknowledged(tx, submission.id);
    await tx.query(`UPDATE submission SET status = 'PENDING_REVIEW', submitted_at = now() WHERE id = $1`, [
      submission.id,
    ]);
    if (submission.resubmitsId) {
      await tx.query(
        `UPDATE submission SET status = 'SUPERSEDED', superseded_by_id = $2 WHERE id = $1 AND status = 'RETURNED'`,
        [submission.resubmitsId, submission.id],
      );
    }
    if (acknowledged.length > 0) {
      await appendAudit(tx, {
        action: 'acknowledge',
        actor,
        submissionId: submission.id,
        details: { seq: acknowledged },
      });
    }
    await emitSubmissionEvent(tx, submission.id, 'submitted');
    await appendAudit(tx, { action: 'submit', actor, submissionId: submission.id });
  });
}

async function acknowledge(
  tx: SqlClient,
  submissionId: string,
  actor: Actor,
  seqs: number[],
): Promise<number[]> {
  if (seqs.length === 0) return [];
  const { rows } = await tx.query<{ seq: number }>(
    `INSERT INTO warning_acknowledgement (submission_id, seq, acknowledged_by_id)
     SELECT submission_id, seq, $3 FROM submission_issue
     WHERE submission_id = $1 AND severity = 'warning' AND seq = ANY($2::int[])
     ON CONFLICT DO NOTHING RETURNING seq`,
    [submissionId, seqs, actor.userId],
  );
  return rows.map((r) => r.seq);
}

async function requireAllWarningsAcknowledged(tx: SqlClient, submissionId: string) {
  await requireAllWarningsListed(tx, submissionId);
  const { rows } = await tx.query<{ seq: number }>(
    `SELECT i.seq FROM submission_issue i
     LEFT JOIN warning_acknowledgement a ON a.submission_id = i.submission_id AND a.seq = i.seq
     WHERE i.submission_id = $1 AND i.severity = 'warning' AND a.seq IS NULL ORDER BY i.seq`,
    [submissionId],
  );
  if (rows.length === 0) return;
  const seqs = rows.map((r) => r.seq);
  throw new DomainError(
    'BAD_USER_INPUT',
    {
      zh: `还有${seqs.length}条警告未确认，请逐条核对后确认再提交`,
      en: `${seqs.length} warnings are not acknowledged yet`,
    },
    { unacknowledgedWarnings: seqs },
  );
}

/**
 * Warnings past the storage bound (ISSUE_LIMITS) are counted but not listed, so they cannot be
 * acknowledged one by one: such a file must be corrected rather than waved through.
 */
async function requireAllWarningsListed(tx: SqlClient, submissionId: string) {
  const { rows } = await tx.query<{ unlisted: string }>(
    `SELECT coalesce(sum(count - stored), 0)::text AS unlisted FROM submission_issue_count
     WHERE submission_id = $1 AND severity = 'warning'`,
    [submissionId],
  );
  const unlisted = Number(rows[0]?.unlisted ?? 0);
  if (unlisted === 0) return;
  throw new DomainError('BAD_USER_INPUT', {
    zh: `警告过多，有${unlisted}条未能逐条列出、无法确认；请修正文件后重新上传`,
    en: `Too many warnings: ${unlisted} could not be listed for acknowledgement; correct the file and upload it again`,
  });
}
