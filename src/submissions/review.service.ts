import { withholdableFields } from '../../schema/derive/redaction.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { forbidden } from '../errors.js';
import { emitSubmissionEvent } from '../events/emit.js';
import { badInput, lockInState, requireOwnJurisdiction, requireRole, requireTransition } from './access.js';
import { datasetOf } from './datasets.js';
import { checkPinnedNotes } from './review-notes.js';
import { findVisibleSubmission } from './visibility.js';

export interface ReviewNoteInput {
  reason: string;
  row?: number | null;
  field?: string | null;
}

export interface ReviewInput {
  id: string;
  decision: 'APPROVE' | 'RETURN';
  reason?: string | null;
  /** Returning: reasons pinned to rows or fields. */
  notes?: ReviewNoteInput[] | null;
  /** Approving: optional sensitive fields withheld from publication (区分处理). */
  withheldFields?: string[] | null;
}

/** 先审查、后公开 / 一事一审: a reviewer of the supervising commission approves or returns one submission. */
export async function reviewSubmission(db: Database, actor: Actor, input: ReviewInput): Promise<void> {
  const submission = await findVisibleSubmission(db, actor, input.id);
  requireRole(actor, 'REGULATOR_REVIEWER');
  const enterprise = await db.prisma.enterprise.findUniqueOrThrow({ where: { id: submission.enterpriseId } });
  requireOwnJurisdiction(actor, enterprise.regulatorId);
  if (submission.uploadedById === actor.userId) throw forbidden();
  requireTransition(submission.status, 'review');
  const def = datasetOf(submission.dataset);
  const reason = input.reason?.trim() ?? '';
  const notes = (input.notes ?? []).filter((n) => n.reason.trim());
  if (input.decision === 'RETURN' && !reason && notes.length === 0) {
    throw badInput('退回必须说明理由', 'A return needs a reason');
  }
  await checkPinnedNotes(db.sql, def, submission.id, notes);
  const withheld = [...new Set(input.withheldFields ?? [])];
  const allowed = withholdableFields(def);
  const unknown = withheld.filter((f) => !allowed.includes(f));
  if (input.decision === 'APPROVE' && unknown.length > 0) {
    throw badInput(
      `以下字段不可选择不公开：${unknown.join('、')}`,
      `These fields cannot be withheld: ${unknown.join(', ')}`,
      {
        withholdable: allowed,
      },
    );
  }
  const approve = input.decision === 'APPROVE';
  await db.transaction(async (tx) => {
    await lockInState(tx, submission.id, 'review');
    await tx.query(
      `UPDATE submission SET status = $2, reviewed_by_id = $3, reviewed_at = now(), withheld_fields = $4 WHERE id = $1`,
      [submission.id, approve ? 'APPROVED' : 'RETURNED', actor.userId, approve ? withheld : []],
    );
    const allNotes = [...(reason ? [{ reason }] : []), ...notes];
    for (const note of allNotes) {
      await tx.query(
        'INSERT INTO review_note (submission_id, author_id, reason, row_number, field) VALUES ($1, $2, $3, $4, $5)',
        [submission.id, actor.userId, note.reason.trim(), note.row ?? null, note.field ?? null],
      );
    }
    await emitSubmissionEvent(tx, submission.id, approve ? 'approved' : 'returned');
    await appendAudit(tx, {
      action: approve ? 'approve' : 'return',
      actor,
      submissionId: submission.id,
      details: approve ? { withheldFields: withheld } : { reason, notes: notes.length },
    });
  });
}
