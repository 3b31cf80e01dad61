import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { recordDeliveryEvents } from '../delivery/events.js';
import { forbidden } from '../errors.js';
import { emitSubmissionEvent } from '../events/emit.js';
import {
  badInput,
  lockInState,
  requireOwnJurisdiction,
  requireRole,
  requireTransition,
} from '../submissions/access.js';
import { datasetOf } from '../submissions/datasets.js';
import { findVisibleSubmission } from '../submissions/visibility.js';
import { refuseCurrentDuplicates } from './current-guard.js';
import { materializePublishedRecords, supersedeRecords } from './materialize.js';

/** Loads a submission for an approver of the supervising commission, or refuses. */
async function forApprover(db: Database, actor: Actor, id: string) {
  const submission = await findVisibleSubmission(db, actor, id);
  requireRole(actor, 'REGULATOR_APPROVER');
  const enterprise = await db.prisma.enterprise.findUniqueOrThrow({ where: { id: submission.enterpriseId } });
  requireOwnJurisdiction(actor, enterprise.regulatorId);
  return { submission, enterprise };
}

/**
 * 谁公开、谁负责: an approver — never the reviewer of the same submission (四眼原则) — publishes
 * an approved submission. A correction supersedes the submission it corrects, whose records stay
 * public with a mark and a link.
 */
export async function publishSubmission(db: Database, actor: Actor, id: string): Promise<void> {
  const { submission, enterprise } = await forApprover(db, actor, id);
  if (submission.reviewedById === actor.userId) throw forbidden();
  requireTransition(submission.status, 'publish');
  const def = datasetOf(submission.dataset);
  await db.transaction(async (tx) => {
    await lockInState(tx, submission.id, 'publish');
    // The corrected submission may have been withdrawn or corrected since: only a published one is.
    if (submission.correctsId) await lockInState(tx, submission.correctsId, 'correct');
    await refuseCurrentDuplicates(tx, def, {
      submissionId: submission.id,
      enterpriseId: enterprise.id,
      correctsId: submission.correctsId,
    });
    const publishedAt = new Date().toISOString();
    await tx.query(
      `UPDATE submission SET status = 'PUBLISHED', published_by_id = $2, published_at = $3 WHERE id = $1`,
      [submission.id, actor.userId, publishedAt],
    );
    await materializePublishedRecords(tx, def, {
      submissionId: submission.id,
      dataset: submission.dataset,
      enterpriseId: enterprise.id,
      enterpriseName: enterprise.name,
      publishedAt,
      withheld: submission.withheldFields,
    });
    let events = 0;
    if (submission.correctsId) {
      await tx.query(`UPDATE submission SET status = 'SUPERSEDED', superseded_by_id = $2 WHERE id = $1`, [
        submission.correctsId,
        submission.id,
      ]);
      const replaced = await supersedeRecords(tx, submission.correctsId, submission.id, publishedAt);
      // The platform learns of every record the correction replaces or drops, linked to its successor.
      events += await recordDeliveryEvents(tx, submission.dataset, { recordIds: replaced }, 'superseded');
    }
    const event = submission.correctsId ? 'corrected' : 'published';
    events += await recordDeliveryEvents(tx, submission.dataset, { submissionId: submission.id }, event);
    await emitSubmissionEvent(tx, submission.id, event);
    await appendAudit(tx, {
      action: submission.correctsId ? 'correct' : 'publish',
      actor,
      submissionId: submission.id,
      details: { records: submission.rowCount, deliveryEvents: events, corrects: submission.correctsId },
    });
  });
}

/** Withdrawal (撤回) keeps the records public, marked as withdrawn with the public reason. */
export async function withdrawSubmission(db: Database, actor: Actor, input: { id: string; reason: string }) {
  const { submission } = await forApprover(db, actor, input.id);
  const reason = input.reason.trim();
  if (!reason) throw badInput('撤回必须公开说明理由', 'A withdrawal needs a public reason');
  requireTransition(submission.status, 'withdraw');
  await db.transaction(async (tx) => {
    await lockInState(tx, submission.id, 'withdraw');
    const at = new Date().toISOString();
    await tx.query(
      `UPDATE submission SET status = 'WITHDRAWN', withdrawn_by_id = $2, withdrawn_at = $3, withdrawal_reason = $4 WHERE id = $1`,
      [submission.id, actor.userId, at, reason],
    );
    await tx.query(
      'UPDATE published_record SET withdrawn_at = $2, withdrawal_reason = $3 WHERE submission_id = $1',
      [submission.id, at, reason],
    );
    const events = await recordDeliveryEvents(
      tx,
      submission.dataset,
      { submissionId: submission.id },
      'withdrawn',
    );
    await emitSubmissionEvent(tx, submission.id, 'withdrawn');
    await appendAudit(tx, {
      action: 'withdraw',
      actor,
      submissionId: submission.id,
      details: { reason, deliveryEvents: events },
    });
  });
}
