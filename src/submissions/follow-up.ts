import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Actor } from '../auth/actor.js';
import type { Database, SqlClient } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { SubmissionStatus } from '../generated/prisma/enums.js';
import { invalidTransition } from './access.js';
import { allows } from './transitions.js';
import { findVisibleSubmission } from './visibility.js';

export interface FollowUp {
  correctsId: string | null;
  resubmitsId: string | null;
}

/**
 * An upload may correct one of the enterprise's published submissions (更正) or replace one that
 * was returned. Either must be the enterprise's own, of the same dataset, in the right state. A
 * replacement of a returned correction is itself a correction of the same submission.
 */
export async function checkFollowUp(
  db: Database,
  actor: Actor,
  def: DatasetDefinition,
  input: { correctsId?: string | null; resubmitsId?: string | null },
): Promise<FollowUp> {
  const result: FollowUp = { correctsId: input.correctsId ?? null, resubmitsId: null };
  if (input.resubmitsId) {
    const target = await findVisibleSubmission(db, actor, input.resubmitsId);
    if (target.dataset !== def.graphqlName || !allows('resubmit', target.status)) {
      throw invalidTransition(target.status, 'resubmit');
    }
    if (target.correctsId && result.correctsId && target.correctsId !== result.correctsId) {
      throw invalidTransition(target.status, 'resubmit');
    }
    result.resubmitsId = target.id;
    result.correctsId ??= target.correctsId;
  }
  if (result.correctsId) {
    const target = await findVisibleSubmission(db, actor, result.correctsId);
    if (target.dataset !== def.graphqlName || !allows('correct', target.status)) {
      throw invalidTransition(target.status, 'correct');
    }
    result.correctsId = target.id;
    await requireNoOpenCorrection(db.sql, target.id, [result.resubmitsId]);
  }
  return result;
}

/** A correction the regulator holds (in review, approved, or returned for a resubmission). */
const OPEN_CORRECTION: SubmissionStatus[] = ['PENDING_REVIEW', 'RETURNED', 'APPROVED'];

/**
 * 一事一审: a published submission has at most one correction in the regulator's hands. A second
 * one is refused until the first is decided (published, or returned and resubmitted in its place);
 * a newer file never silently replaces one the reviewer is already looking at. `except` names the
 * correction being checked and the returned one it replaces.
 */
export async function requireNoOpenCorrection(
  sql: SqlClient,
  correctedId: string,
  except: (string | null)[],
): Promise<void> {
  const { rows } = await sql.query<{ id: string; receipt_code: string; status: SubmissionStatus }>(
    `SELECT id, receipt_code, status FROM submission
     WHERE corrects_id = $1 AND status::text = ANY($2::text[]) AND NOT (id::text = ANY($3::text[]))
     ORDER BY uploaded_at LIMIT 1`,
    [correctedId, OPEN_CORRECTION, except.filter((id): id is string => id !== null)],
  );
  const open = rows[0];
  if (!open) return;
  throw new DomainError(
    'INVALID_TRANSITION',
    {
      zh: `该报送已有一份更正（查询码 ${open.receipt_code}）正在审核，请等待审核结果或按退回意见重新提交`,
      en: `A correction of this submission (receipt ${open.receipt_code}) is already with the regulator; wait for its review or resubmit it`,
    },
    { openCorrectionId: open.id, status: open.status },
  );
}
