import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { quoteIdent, rowColumns, rowTableName } from '../../schema/derive/row-table.js';
import type { SqlClient } from '../db/database.js';

/** SQL giving a row's period label from the dataset's period field: a year, or the period text. */
function periodExpression(def: DatasetDefinition): string | null {
  const column = rowColumns(def).find((c) => c.field === def.periodField);
  if (!column) return null;
  const name = quoteIdent(column.column);
  if (column.sqlType === 'date' || column.sqlType === 'timestamp') return `to_char(${name}, 'YYYY')`;
  return `${name}::text`;
}

/** Records which periods the submission's rows cover, for regulators' period filter. */
export async function recordPeriods(tx: SqlClient, def: DatasetDefinition, submissionId: string) {
  const expression = periodExpression(def);
  if (!expression) return;
  await tx.query(
    `UPDATE submission SET periods = COALESCE((
       SELECT array_agg(DISTINCT ${expression} ORDER BY ${expression}) FROM ${rowTableName(def)}
       WHERE submission_id = $1 AND ${expression} IS NOT NULL), '{}')
     WHERE id = $1`,
    [submissionId],
  );
}
