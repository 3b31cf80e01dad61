import { renderIssue } from '../../schema/catalogue.js';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { naturalKeyFields, rowTableName } from '../../schema/derive/row-table.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import type { SqlClient } from '../db/database.js';
import { todayInShanghai } from '../time.js';

/** A row of a submission whose natural key is that of a record still current from a publication. */
export interface CurrentDuplicate {
  rowNumber: number;
  recordKey: string;
  submissionId: string;
  receiptCode: string;
  publishedAt: Date;
}

export interface DuplicateScope {
  submissionId: string;
  enterpriseId: string;
  /** The published submission this one corrects: its records are meant to be replaced. */
  correctsId: string | null;
}

/**
 * Rows repeating a current (neither corrected nor withdrawn) published record of the same
 * enterprise and dataset, other than the records of the submission being corrected. Scoped to the
 * uploader's own publications: those are the ones it can correct, and no other enterprise's
 * receipt code is ever shown to it.
 */
export async function findCurrentDuplicates(
  sql: SqlClient,
  def: DatasetDefinition,
  scope: DuplicateScope,
): Promise<CurrentDuplicate[]> {
  const { rows } = await sql.query<{
    row_number: number;
    record_key: string;
    submission_id: string;
    receipt_code: string;
    published_at: Date;
  }>(
    `SELECT DISTINCT ON (r.row_number) r.row_number, r.record_key, p.submission_id, s.receipt_code, p.published_at
     FROM ${rowTableName(def)} r
     JOIN published_record p ON p.enterprise_id = $2 AND p.dataset = $3::"DatasetKey"
          AND p.record_key = r.record_key AND p.superseded_at IS NULL AND p.withdrawn_at IS NULL
     JOIN submission s ON s.id = p.submission_id
     WHERE r.submission_id = $1 AND r.record_key IS NOT NULL
       AND p.submission_id IS DISTINCT FROM $4::uuid AND p.submission_id <> $1
     ORDER BY r.row_number, p.published_at DESC`,
    [scope.submissionId, scope.enterpriseId, def.graphqlName, scope.correctsId],
  );
  return rows.map((r) => ({
    rowNumber: Number(r.row_number),
    recordKey: r.record_key,
    submissionId: r.submission_id,
    receiptCode: r.receipt_code,
    publishedAt: new Date(r.published_at),
  }));
}

/**
 * 一事一审, and no record current twice: rows of a new upload that repeat a current publication
 * become errors (record-already-published) added to the report, so the file cannot be submitted;
 * the filer is told to correct (更正) the publication instead. A correction repeats only the
 * records of the submission it corrects, which is allowed.
 */
export async function flagCurrentDuplicates(
  sql: SqlClient,
  def: DatasetDefinition,
  scope: DuplicateScope,
  outcome: { report: ValidationReport } | { importError: unknown },
): Promise<void> {
  if (!('report' in outcome)) return;
  const hits = await findCurrentDuplicates(sql, def, scope);
  if (hits.length === 0) return;
  const report = outcome.report;
  report.issues.push(...duplicateIssues(def, hits, report.columns));
  report.errorCount += hits.length;
  // The per-code totals (issueSummary) count these as well.
  const code = 'record-already-published';
  const counted = report.issueSummary.find((c) => c.code === code);
  if (counted) {
    counted.count += hits.length;
    counted.stored += hits.length;
  } else report.issueSummary.push({ code, severity: 'error', count: hits.length, stored: hits.length });
}

/** One located error per repeating row, at the first column of the natural key. */
export function duplicateIssues(
  def: DatasetDefinition,
  hits: CurrentDuplicate[],
  columns: readonly { field: string; column: string }[],
): Issue[] {
  const keys = naturalKeyFields(def).map((k) => k.key);
  const labels = keys.map((k) => def.fields.find((f) => f.key === k)?.label ?? { zh: k, en: k });
  const labelText = {
    zh: labels.map((l) => `「${l.zh}」`).join(''),
    en: labels.map((l) => `"${l.en}"`).join(' + '),
  };
  const first = keys[0] ?? '';
  const column = columns.find((c) => c.field === first)?.column;
  return hits.map((hit) => {
    const params = {
      labels: labelText,
      publishedAt: todayInShanghai(hit.publishedAt),
      receiptCode: hit.receiptCode,
      submissionId: hit.submissionId,
    };
    const value = hit.recordKey.split('|').filter(Boolean).join(' / ');
    const location = {
      row: hit.rowNumber,
      field: first,
      value,
      ...(column ? { column } : {}),
    };
    return renderIssue({ code: 'record-already-published', params }, location);
  });
}
