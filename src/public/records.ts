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
const ORDER = 'published_at DESC, submission_id ASC, row_number ASC';

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

/** Up to `limit` records after a position, in the public order (keyset pagination, no OFFSET). */
export async function readRecords(
  sql: SqlClient,
  filter: RecordFilter,
  limit: number,
  after: RecordPosition | null,
): Promise<PublicRecord[]> {
  const params = new SqlParams();
  const where = filterConditions(filter, params);
  if (after) {
    const at = params.add(after.publishedAt);
    const keyTail = `(submission_id, row_number) > (${params.add(after.submissionId)}::uuid, ${params.add(after.rowNumber)}::int)`;
    where.push(`(published_at < ${at}::timestamptz OR (published_at = ${at}::timestamptz AND ${keyTail}))`);
  }
  const { rows } = await sql.query<RecordRow>(
    `SELECT ${COLUMNS} FROM published_record WHERE ${where.join(' AND ')} ORDER BY ${ORDER} LIMIT ${params.add(limit)}`,
    params.values,
  );
  return rows.map(toRecord);
}

export async function countRecords(sql: SqlClient, filter: RecordFilter): Promise<number> {
  const params = new SqlParams();
  const where = filterConditions(filter, params);
  const { rows } = await sql.query<{ n: number | string }>(
    `SELECT count(*)::int AS n FROM published_record WHERE ${where.join(' AND ')}`,
    params.values,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Every matching record, fetched a batch at a time so a download never holds the whole dataset. */
export async function* eachRecord(sql: SqlClient, filter: RecordFilter, batch = 1000) {
  let after: RecordPosition | null = null;
  for (;;) {
    const rows = await readRecords(sql, filter, batch, after);
    yield* rows;
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = positionOf(last);
  }
}

export async function findRecord(sql: SqlClient, id: string): Promise<PublicRecord | null> {
  if (!isUuid(id)) return null;
  const { rows } = await sql.query<RecordRow>(`SELECT ${COLUMNS} FROM published_record WHERE id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}
