import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { rowTableName } from '../../schema/derive/row-table.js';
import type { SqlClient } from '../db/database.js';
import { badInput } from './access.js';

export interface PinnedNote {
  reason: string;
  row?: number | null;
  field?: string | null;
}

/**
 * A note pinned to a row or a field must point at something the enterprise can find: a row of the
 * submission (its Excel row number) and a field of the dataset. Anything else is refused, located.
 */
export async function checkPinnedNotes(
  sql: SqlClient,
  def: DatasetDefinition,
  submissionId: string,
  notes: PinnedNote[],
): Promise<void> {
  const fieldKeys = new Set(def.fields.map((f) => f.key));
  for (const [index, note] of notes.entries()) {
    if (note.field != null && !fieldKeys.has(note.field)) {
      throw badInput(
        `第 ${index + 1} 条意见：字段“${note.field}”不存在`,
        `Note ${index + 1}: no field "${note.field}"`,
        {
          note: index,
          field: note.field,
        },
      );
    }
    if (note.row != null && !(await rowExists(sql, def, submissionId, note.row))) {
      throw badInput(
        `第 ${index + 1} 条意见：报送文件中没有第 ${note.row} 行`,
        `Note ${index + 1}: the file has no row ${note.row}`,
        {
          note: index,
          row: note.row,
        },
      );
    }
  }
}

async function rowExists(sql: SqlClient, def: DatasetDefinition, submissionId: string, row: number) {
  if (!Number.isSafeInteger(row) || row < 1) return false;
  const { rows } = await sql.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM ${rowTableName(def)} WHERE submission_id = $1 AND row_number = $2`,
    [submissionId, row],
  );
  return rows[0]?.n !== '0';
}
