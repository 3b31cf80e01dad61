import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { SqlClient } from '../db/database.js';
import { countIsKept, countRecords } from '../public/count.js';
import type { RecordFilter, RecordStatus } from '../public/filter.js';
import {
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

/** Past this many matches a filtered page says "more than 10,000" instead of counting them all. */
export const COUNT_LIMIT = 10_000;

/**
 * One page of records (keyset pagination) and the total: exact without filters (a kept figure),
 * counted up to COUNT_LIMIT + 1 with them. An unreadable cursor starts over.
 */
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
    countRecords(sql, filter, COUNT_LIMIT),
  ]);
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  const next = rows.length > pageSize && last ? recordCursor(last) : null;
  return { rows: page, total, more: !countIsKept(filter) && total > COUNT_LIMIT, next };
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
