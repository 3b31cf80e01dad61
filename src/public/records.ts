import type { SqlClient } from '../db/database.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { filterConditions, isUuid, type RecordFilter, type RecordStatus, SqlParams } from './filter.js';

/** A published record as the public sees it: already redacted when it was published. */
export interface PublicRecord {
  id: string;
  dataset: string;
  enterpriseId: string;
  enterpriseName: string;
  publishedAt: Date;
  values: Record<string, unknown>;
  status: RecordStatus;
  supersededById: string | null;
  supersededAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  submissionId: string;
  rowNumber: number;
}

interface RecordRow {
  id: string;
  dataset: string;
  enterprise_id: string;
  enterprise_name: string;
  published_at: Date | string;
  values: Record<string, unknown> | string;
  superseded_by_id: string | null;
  superseded_at: Date | string | null;
  withdrawn_at: Date | string | null;
  withdrawal_reason: string | null;
  submission_id: string;
  row_number: number;
}

const COLUMNS = `id, dataset, enterprise_id, enterprise_name, published_at, "values", superseded_by_id,
  superseded_at, withdrawn_at, withdrawal_reason, submission_id, row_number`;
// Newest publication first, then the file's own row order: the keyset of every page and download.
export const ORDER = 'published_at DESC, submission_id ASC, row_number ASC';

const toDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const toDateOrNull = (v: Date | string | null) => (v === null ? null : toDate(v));

function toRecord(row: RecordRow): PublicRecord {
  const status: RecordStatus = row.withdrawn_at ? 'WITHDRAWN' : row.superseded_at ? 'SUPERSEDED' : 'CURRENT';
  return {
    id: row.id,
    dataset: row.dataset,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    publishedAt: toDate(row.published_at),
    values: typeof row.values === 'string' ? JSON.parse(row.values) : row.values,
    status,
    supersededById: row.superseded_by_id,
    supersededAt: toDateOrNull(row.superseded_at),
    withdrawnAt: toDateOrNull(row.withdrawn_at),
    withdrawalReason: row.withdrawal_reason,
    submissionId: row.submission_id,
    rowNumber: row.row_number,
  };
}

/** The position of a record in the public order, opaque to clients once encoded. */
export interface RecordPosition {
  publishedAt: string;
  submissionId: string;
  rowNumber: number;
}

export const positionOf = (r: PublicRecord): RecordPosition => ({
  publishedAt: r.publishedAt.toISOString(),
  submissionId: r.submissionId,
  rowNumber: r.rowNumber,
});

/** The position in a cursor key, or undefined when the key is not one. */
export function parsePosition(text: string): RecordPosition | undefined {
  try {
    const [publishedAt, submissionId, rowNumber] = JSON.parse(text) as [string, string, number];
    if (isUuid(submissionId) && Number.isInteger(rowNumber) && !Number.isNaN(Date.parse(publishedAt)))
      return { publishedAt, submissionId, rowNumber };
  } catch {}
  return undefined;
}

export const formatPosition = (p: RecordPosition) =>
  JSON.stringify([p.publishedAt, p.submissionId, p.rowNumber]);

/** A record's cursor: its position in the public order. */
export const recordCursor = (r: PublicRecord) => encodeCursor(formatPosition(positionOf(r)));
export const decodeRecordCursor = (cursor: string | null | undefined) => decodeCursor(cursor, parsePosition);

/**
 * A query for up to `limit` matching rows after a position, in the public order (keyset pagination,
 * never OFFSET), selecting `columns` (which must include published_at, submission_id, row_number).
 * The order mixes directions (published_at DESC, then the row order ASC), which one row comparison
 * cannot express; so the rest of the position's own publication and the older publications are read
 * as two ranges of published_record_order_idx, each stopping after `limit` rows: page 1,000 costs
 * what page 1 costs.
 */
export function keysetQuery(
  filter: RecordFilter,
  columns: string,
  limit: number,
  after: RecordPosition | null,
): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const where = filterConditions(filter, params).join(' AND ');
  const n = params.add(limit);
  if (!after) {
    const text = `SELECT ${columns} FROM published_record WHERE ${where} ORDER BY ${ORDER} LIMIT ${n}`;
    return { text, values: params.values };
  }
  const at = `${params.add(after.publishedAt)}::timestamptz`;
  const key = `(${params.add(after.submissionId)}::uuid, ${params.add(after.rowNumber)}::int)`;
  const range = (extra: string) =>
    `(SELECT ${columns} FROM published_record WHERE ${where} AND ${extra} ORDER BY ${ORDER} LIMIT ${n})`;
  const text = `SELECT * FROM (${range(`published_at = ${at} AND (submission_id, row_number) > ${key}`)}
    UNION ALL ${range(`published_at < ${at}`)}) page ORDER BY ${ORDER} LIMIT ${n}`;
  return { text, values: params.values };
}

/** Up to `limit` records after a position, in the public order. */
export async function readRecords(
  sql: SqlClient,
  filter: RecordFilter,
  limit: number,
  after: RecordPosition | null,
): Promise<PublicRecord[]> {
  const { text, values } = keysetQuery(filter, COLUMNS, limit, after);
  const { rows } = await sql.query<RecordRow>(text, values);
  return rows.map(toRecord);
}

export async function findRecord(sql: SqlClient, id: string): Promise<PublicRecord | null> {
  if (!isUuid(id)) return null;
  const { rows } = await sql.query<RecordRow>(`SELECT ${COLUMNS} FROM published_record WHERE id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}
