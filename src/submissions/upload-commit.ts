import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import type { IssueCount } from '../../schema/engine/index.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { emitSubmissionEvent } from '../events/emit.js';
import { flagCurrentDuplicates } from './current-duplicates.js';
import type { FollowUp } from './follow-up.js';
import { recordPeriods } from './periods.js';
import { newReceiptCode } from './receipt.js';
import { carryOverAcknowledgements, copyIssueCounts, copyIssues, linkIssuesToRecords } from './store.js';
import type { Outcome } from './store-upload.js';
import type { UploadInput } from './upload.service.js';

export interface NewSubmission {
  id: string;
  def: DatasetDefinition;
  actor: Actor;
  enterpriseId: string;
  sha256: string;
  input: UploadInput;
  followUp: FollowUp;
}

export async function insertSubmission(tx: SqlClient, s: NewSubmission) {
  await tx.query(
    `INSERT INTO submission (id, receipt_code, enterprise_id, dataset, status, content_sha256, filename, format,
                             row_count, error_count, warning_count, uploaded_by_id, corrects_id, resubmits_id)
     VALUES ($1, $2, $3, $4, 'VALIDATION_FAILED', $5, $6, 'unknown', 0, 0, 0, $7, $8, $9)`,
    [
      s.id,
      newReceiptCode(),
      s.enterpriseId,
      s.def.graphqlName,
      s.sha256,
      s.input.filename,
      s.actor.userId,
      s.followUp.correctsId,
      s.followUp.resubmitsId,
    ],
  );
}

function issuesOf(outcome: Outcome): { issues: Issue[]; summary: IssueCount[] } {
  if ('report' in outcome) return { issues: outcome.report.issues, summary: outcome.report.issueSummary };
  const e = outcome.importError;
  const issue: Issue = {
    severity: 'error',
    code: e.code,
    ...(e.row ? { row: e.row } : {}),
    message: e.localized,
  };
  return { issues: [issue], summary: [{ code: e.code, severity: 'error', count: 1, stored: 1 }] };
}

export function countsOf(outcome: Outcome) {
  if ('report' in outcome) {
    const { rowCount, errorCount, warningCount } = outcome.report;
    return { rowCount, errorCount, warningCount };
  }
  return { rowCount: 0, errorCount: 1, warningCount: 0 };
}

export async function finishSubmission(tx: SqlClient, def: DatasetDefinition, id: string, outcome: Outcome) {
  const { issues, summary } = issuesOf(outcome);
  await copyIssues(tx, id, issues);
  await copyIssueCounts(tx, id, summary);
  await linkIssuesToRecords(tx, def, id);
  await carryOverAcknowledgements(tx, id);
  await recordPeriods(tx, id, 'periods' in outcome ? outcome.periods : []);
  const counts = countsOf(outcome);
  const report = 'report' in outcome ? outcome.report : undefined;
  await tx.query(
    `UPDATE submission SET status = $2, format = $3, encoding = $4, sheet_name = $5, header_row = $6,
            row_count = $7, error_count = $8, warning_count = $9, ignored_sheets = $10::jsonb WHERE id = $1`,
    [
      id,
      counts.errorCount > 0 ? 'VALIDATION_FAILED' : 'VALIDATED',
      report?.format ?? 'unreadable',
      report?.encoding ?? null,
      report?.sheetName ?? null,
      report?.headerRow || null,
      counts.rowCount,
      counts.errorCount,
      counts.warningCount,
      JSON.stringify(report?.ignoredSheets ?? []),
    ],
  );
}

/** The submission row's last steps, and the audit entry, in the caller's transaction. */
export async function recordUpload(tx: SqlClient, s: NewSubmission, outcome: Outcome): Promise<void> {
  // A record still current from an earlier publication must come as a correction (更正).
  await flagCurrentDuplicates(
    tx,
    s.def,
    { submissionId: s.id, enterpriseId: s.enterpriseId, ...s.followUp },
    outcome,
  );
  await finishSubmission(tx, s.def, s.id, outcome);
  await emitSubmissionEvent(tx, s.id, 'uploaded');
  await appendAudit(tx, {
    action: 'upload',
    actor: s.actor,
    submissionId: s.id,
    details: { dataset: s.def.key, filename: s.input.filename, sha256: s.sha256, ...countsOf(outcome) },
  });
}

/**
 * Serialises uploads of the same bytes (an advisory lock on the content hash) and returns the
 * submission one of them already made, if any.
 */
export async function lockAndFindSame(tx: SqlClient, s: NewSubmission): Promise<string | undefined> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))::text', [
    `${s.enterpriseId}|${s.def.key}|${s.sha256}`,
  ]);
  const raced = await tx.query<{ id: string }>(
    'SELECT id FROM submission WHERE enterprise_id = $1 AND dataset = $2 AND content_sha256 = $3',
    [s.enterpriseId, s.def.graphqlName, s.sha256],
  );
  return raced.rows[0]?.id;
}
