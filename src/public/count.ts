import type { SqlClient } from '../db/database.js';
import { filterConditions, RECORD_STATUSES, type RecordFilter, SqlParams } from './filter.js';

/**
 * The number of matching records. Without filters (or asking only for current records) it is the
 * figure published_dataset_stats keeps, one row read; otherwise the records are counted, up to
 * `atMost` + 1 when given (a page showing "more than 10,000" need not count a million).
 */
export async function countRecords(sql: SqlClient, filter: RecordFilter, atMost?: number): Promise<number> {
  const stat = statFor(filter);
  if (stat) {
    const { rows } = await sql.query<{ n: number }>(
      `SELECT ${stat} AS n FROM published_dataset_stats WHERE dataset = $1::"DatasetKey"`,
      [filter.dataset.graphqlName],
    );
    return Number(rows[0]?.n ?? 0);
  }
  const params = new SqlParams();
  const where = filterConditions(filter, params).join(' AND ');
  const limit = atMost === undefined ? '' : ` LIMIT ${params.add(atMost + 1)}`;
  const { rows } = await sql.query<{ n: number | string }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM published_record WHERE ${where}${limit}) matching`,
    params.values,
  );
  return Number(rows[0]?.n ?? 0);
}

/** True when countRecords answers from the kept figures (exact, whatever `atMost`). */
export const countIsKept = (filter: RecordFilter) => statFor(filter) !== undefined;

/** The published_dataset_stats column that answers a filter's count, if one does. */
function statFor(filter: RecordFilter): 'total' | 'current' | undefined {
  const { dataset: _, status, ...rest } = filter;
  const narrowed = Object.values(rest).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  if (narrowed) return undefined;
  if (!status?.length || RECORD_STATUSES.every((s) => status.includes(s))) return 'total';
  return status.length === 1 && status[0] === 'CURRENT' ? 'current' : undefined;
}
