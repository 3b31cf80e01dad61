import type { RedactionDecision } from '../../schema/derive/redaction.js';
import { rowTableName } from '../../schema/derive/row-table.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { forbidden } from '../errors.js';
import { badInput, lockInState, requireOwnJurisdiction, requireRole, requireTransition } from './access.js';
import { datasetOf } from './datasets.js';
import { findVisibleSubmission } from './visibility.js';

export interface RedactionInput {
  submissionId: string;
  /** Excel row number of the record, as in `rows` and `publicPreview`. */
  row: number;
  field: string;
  /** `default` removes the decision: the field policy applies again. */
  decision: RedactionDecision | 'default';
}

/**
 * 区分处理 per row and field: a reviewer of the supervising commission withholds one field of one
 * record, or publishes a value the defaults would mask. Audited; refused once published.
 */
export async function setRedaction(db: Database, actor: Actor, input: RedactionInput): Promise<void> {
  const submission = await findVisibleSubmission(db, actor, input.submissionId);
  requireRole(actor, 'REGULATOR_REVIEWER');
  const enterprise = await db.prisma.enterprise.findUniqueOrThrow({ where: { id: submission.enterpriseId } });
  requireOwnJurisdiction(actor, enterprise.regulatorId);
  if (submission.uploadedById === actor.userId) throw forbidden();
  // Decisions are taken in review and may be revised until publication, never after (transitions.ts).
  requireTransition(submission.status, 'redact');
  const def = datasetOf(submission.dataset);
  const field = def.fields.find((f) => f.key === input.field);
  if (!field || field.sensitivity === 'regulator-only') {
    throw badInput(
      `字段“${input.field}”不能逐行设置公开方式`,
      `Field "${input.field}" has no per-row publication choice`,
    );
  }
  await db.transaction(async (tx) => {
    await lockInState(tx, submission.id, 'redact');
    const found = await tx.query(
      `SELECT 1 FROM ${rowTableName(def)} WHERE submission_id = $1 AND row_number = $2`,
      [submission.id, input.row],
    );
    if (found.rows.length === 0) {
      throw badInput(
        `第${input.row}行不是该报送的记录`,
        `Row ${input.row} is not a record of this submission`,
      );
    }
    if (input.decision === 'default') {
      await tx.query(
        'DELETE FROM redaction_decision WHERE submission_id = $1 AND row_number = $2 AND field = $3',
        [submission.id, input.row, field.key],
      );
    } else {
      await tx.query(
        `INSERT INTO redaction_decision (submission_id, row_number, field, decision, decided_by_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (submission_id, row_number, field)
         DO UPDATE SET decision = EXCLUDED.decision, decided_by_id = EXCLUDED.decided_by_id, decided_at = now()`,
        [submission.id, input.row, field.key, input.decision, actor.userId],
      );
    }
    await appendAudit(tx, {
      action: 'redact',
      actor,
      submissionId: submission.id,
      details: { row: input.row, field: field.key, decision: input.decision },
    });
  });
}
