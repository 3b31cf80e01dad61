import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { rowTableName } from '../../schema/derive/row-table.js';
import type { IssueCount } from '../../schema/engine/index.js';
import type { SqlClient } from '../db/database.js';
import type { ValidatedRow } from '../intake/validate-file.js';
import { copyLine, rowCopyEncoder, rowCopySql } from './copy-text.js';

/** Bulk-loads one batch of typed rows into the dataset's rows_* table with COPY. */
export async function copyRows(
  tx: SqlClient,
  def: DatasetDefinition,
  submissionId: string,
  rows: ValidatedRow[],
  table = rowTableName(def),
) {
  await tx.copyFrom(rowCopySql(def, table), rowCopyEncoder(def, submissionId)(rows));
}

/** Stores the report's exact totals per code (the issues themselves are bounded: ISSUE_LIMITS). */
export async function copyIssueCounts(tx: SqlClient, submissionId: string, counts: readonly IssueCount[]) {
  if (counts.length === 0) return;
  const text = counts.map((c) => copyLine([submissionId, c.code, c.severity, c.count, c.stored])).join('');
  await tx.copyFrom(
    'COPY submission_issue_count (submission_id, code, severity, count, stored) FROM STDIN',
    text,
  );
}

/** Stores the issues the report kept, numbered in order. */
export async function copyIssues(tx: SqlClient, submissionId: string, issues: Issue[]) {
  if (issues.length === 0) return;
  let text = '';
  issues.forEach((issue, index) => {
    text += copyLine([
      submissionId,
      index + 1,
      issue.severity,
      issue.code,
      issue.row,
      issue.column,
      issue.field,
      issue.value,
      issue.message.zh,
      issue.message.en,
    ]);
  });
  await tx.copyFrom(
    'COPY submission_issue (submission_id, seq, severity, code, row_number, column_letter, field, value, message_zh, message_en) FROM STDIN',
    text,
  );
}

/** Gives each warning the identity of its record, so acknowledgements can follow it to a new file. */
export async function linkIssuesToRecords(tx: SqlClient, def: DatasetDefinition, submissionId: string) {
  await tx.query(
    `UPDATE submission_issue i SET record_key = r.record_key
     FROM ${rowTableName(def)} r
     WHERE i.submission_id = $1 AND r.submission_id = $1 AND r.row_number = i.row_number AND i.severity = 'warning'`,
    [submissionId],
  );
}

/**
 * Carries acknowledgements over from the enterprise's earlier uploads of the same dataset: the
 * same warning (code and field) on the same record stays acknowledged in the corrected file.
 */
export async function carryOverAcknowledgements(tx: SqlClient, submissionId: string) {
  await tx.query(
    `INSERT INTO warning_acknowledgement (submission_id, seq, acknowledged_by_id, acknowledged_at, carried_from_id)
     SELECT DISTINCT ON (new.seq) new.submission_id, new.seq, ack.acknowledged_by_id, ack.acknowledged_at, old.submission_id
     FROM submission_issue new
     JOIN submission s_new ON s_new.id = new.submission_id
     JOIN submission s_old ON s_old.enterprise_id = s_new.enterprise_id AND s_old.dataset = s_new.dataset AND s_old.id <> s_new.id
     JOIN submission_issue old ON old.submission_id = s_old.id AND old.code = new.code
          AND old.field IS NOT DISTINCT FROM new.field AND old.record_key = new.record_key
     JOIN warning_acknowledgement ack ON ack.submission_id = old.submission_id AND ack.seq = old.seq
     WHERE new.submission_id = $1 AND new.severity = 'warning' AND new.record_key IS NOT NULL
     ORDER BY new.seq, ack.acknowledged_at DESC`,
    [submissionId],
  );
}
