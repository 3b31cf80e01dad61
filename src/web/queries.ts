import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { SqlClient } from '../db/database.js';
import type { RecordFilter, RecordStatus } from '../public/filter.js';
import {
  countRecords,
  decodeRecordCursor,
  findRecord as findPublicRecord,
  type PublicRecord,
  readRecords,
  recordCursor,
} from '../public/records.js';
import type { RecordFilters, StatusFilter } from './filters.js';

// The page reads through the public API's query services (src/public), so the table, the GraphQL
// API and the downloads apply one filter the same way. Only what they lack is here.

export { datasetCatalogue } from '../public/catalogue.js';
export type { PublicRecord };

const STATUS: Record<StatusFilter, RecordStatus[] | null> = {
  all: null,
  current: ['CURRENT'],
  corrected: ['SUPERSEDED'],
  withdrawn: ['WITHDRAWN'],
};

export function toRecordFilter(def: DatasetDefinition, f: RecordFilters): RecordFilter {
  return {
    dataset: def,
    search: f.q || null,
    enterpriseName: f.enterprise || null,
    status: STATUS[f.status],
    fields: Object.entries(f.fields).map(([field, value]) => ({ field, value })),
  };
}

/** One page of records (keyset pagination) and the total; an unreadable cursor starts over. */
export async function listRecords(
  sql: SqlClient,
  def: DatasetDefinition,
  f: RecordFilters,
  pageSize: number,
) {
  const filter = toRecordFilter(def, f);
  // Page cursors travel in URLs, as the public API's: an unreadable one starts over.
  let after = null;
  try {
    after = decodeRecordCursor(f.after);
  } catch {}
  // One extra row tells whether there is a next page without a second query.
  const [rows, total] = await Promise.all([
    readRecords(sql, filter, pageSize + 1, after),
    countRecords(sql, filter),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return { rows: page, total, next: rows.length > pageSize && last ? recordCursor(last) : null };
}

/** Values present in the dataset for a filter's dropdown (enterprise names or a field's values). */
export async function distinctValues(sql: SqlClient, def: DatasetDefinition, field?: string) {
  const column = field ? `"values"->>$2` : 'enterprise_name';
  const { rows } = await sql.query<{ v: string }>(
    `SELECT DISTINCT ${column} AS v FROM published_record
     WHERE dataset = $1::"DatasetKey" AND ${column} IS NOT NULL ORDER BY 1 LIMIT 200`,
    field ? [def.graphqlName, field] : [def.graphqlName],
  );
  return rows.map((r) => r.v);
}

/** One record with the records it replaced (a correction links back to them). */
export async function findRecord(sql: SqlClient, id: string) {
  const record = await findPublicRecord(sql, id);
  if (!record) return undefined;
  const replaced = await sql.query<{ id: string }>(
    'SELECT id FROM published_record WHERE superseded_by_id = $1 ORDER BY superseded_at',
    [id],
  );
  return { record, replacedIds: replaced.rows.map((r) => r.id) };
}
