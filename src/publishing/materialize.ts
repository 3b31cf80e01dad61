import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { publicValues, searchText } from '../../schema/derive/redaction.js';
import type { SqlClient } from '../db/database.js';
import { copyLine } from '../submissions/copy-text.js';
import { decisionsFor, loadRedactions } from '../submissions/redactions.js';
import { readTypedRows } from '../submissions/typed-rows.js';

export interface Publication {
  submissionId: string;
  dataset: string;
  enterpriseId: string;
  enterpriseName: string;
  publishedAt: string;
  withheld: string[];
}

const BATCH = 2000;

/**
 * Copies a submission's records, in their public form only, into published_record. This is the
 * single place where data crosses from the regulator's side to the public's.
 */
export async function materializePublishedRecords(tx: SqlClient, def: DatasetDefinition, p: Publication) {
  const columns =
    'submission_id, dataset, enterprise_id, enterprise_name, row_number, record_key, published_at, "values", search_text';
  let text = '';
  let pending = 0;
  const decisions = await loadRedactions(tx, p.submissionId);
  for await (const row of readTypedRows(tx, def, p.submissionId)) {
    const values = publicValues(def, row.values, p.withheld, decisionsFor(decisions, row.rowNumber));
    text += copyLine([
      p.submissionId,
      p.dataset,
      p.enterpriseId,
      p.enterpriseName,
      row.rowNumber,
      row.recordKey,
      p.publishedAt,
      JSON.stringify(values),
      searchText(def, values, p.enterpriseName),
    ]);
    if (++pending >= BATCH) {
      await tx.copyFrom(`COPY published_record (${columns}) FROM STDIN`, text);
      text = '';
      pending = 0;
    }
  }
  if (pending > 0) await tx.copyFrom(`COPY published_record (${columns}) FROM STDIN`, text);
}

/**
 * The corrected submission's records stay visible, marked and linked to their replacements (none
 * for a record the correction dropped). Returns the ids of the records it superseded.
 */
export async function supersedeRecords(
  tx: SqlClient,
  oldSubmissionId: string,
  newSubmissionId: string,
  at: string,
): Promise<string[]> {
  const { rows } = await tx.query<{ id: string }>(
    `UPDATE published_record old SET superseded_at = $3,
            superseded_by_id = (SELECT n.id FROM published_record n
                                WHERE n.submission_id = $2 AND n.record_key = old.record_key LIMIT 1)
     WHERE old.submission_id = $1 AND old.superseded_at IS NULL RETURNING old.id`,
    [oldSubmissionId, newSubmissionId, at],
  );
  return rows.map((row) => row.id);
}
