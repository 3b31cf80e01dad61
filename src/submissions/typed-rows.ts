import type { DatasetDefinition, TypedRow } from '../../schema/core/dataset.js';
import { quoteIdent, rowColumns, rowTableName } from '../../schema/derive/row-table.js';
import type { SqlClient } from '../db/database.js';

export interface StoredRow {
  rowNumber: number;
  recordKey: string | null;
  values: TypedRow;
}

/**
 * Reads a submission's typed rows back in the field types' own representations. Dates and
 * timestamps are read as text, so no driver turns them into JS Dates in some time zone.
 */
export async function* readTypedRows(
  sql: SqlClient,
  def: DatasetDefinition,
  submissionId: string,
  pageSize = 5000,
  afterRow = 0,
): AsyncIterable<StoredRow> {
  const columns = rowColumns(def);
  const select = columns.map((c) =>
    c.sqlType === 'integer' || c.sqlType === 'boolean'
      ? quoteIdent(c.column)
      : `${quoteIdent(c.column)}::text`,
  );
  let after = afterRow;
  for (;;) {
    const page = await sql.query<Record<string, unknown>>(
      `SELECT row_number, record_key, ${select.join(', ')} FROM ${rowTableName(def)}
       WHERE submission_id = $1 AND row_number > $2 ORDER BY row_number LIMIT ${pageSize}`,
      [submissionId, after],
    );
    for (const raw of page.rows) {
      const values: Record<string, string | number | boolean | null> = {};
      for (const c of columns) values[c.field] = fromColumn(raw[c.column], c.sqlType);
      after = Number(raw.row_number);
      yield { rowNumber: after, recordKey: (raw.record_key as string | null) ?? null, values };
    }
    if (page.rows.length < pageSize) return;
  }
}

function fromColumn(value: unknown, sqlType: string): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (sqlType === 'integer') return Number(value);
  if (sqlType === 'boolean') return Boolean(value);
  // PostgreSQL prints timestamps with a space; the field types use ISO's 'T'.
  if (sqlType === 'timestamp') return String(value).replace(' ', 'T');
  return String(value);
}
