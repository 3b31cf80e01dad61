import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.js';
import { sqlLiteral } from '../columns.js';
import { filterConditions, type RecordFilter, SqlParams } from '../filter.js';
import { keysetQuery, ORDER, type RecordPosition } from '../records.js';

/** A row of a download: its cells as the database computed them (text or NULL). */
export type Cells = (string | null)[];

const BATCH = 2000;
const KEY_COLUMNS = 'published_at, submission_id, row_number';

const selectList = (cells: string[]) => cells.map((sql, i) => `${sql} AS c${i}`).join(', ');

/** The matching rows' cells as one SELECT in the public order, its filter values written in. */
export function downloadQuery(filter: RecordFilter, cells: string[]): string {
  const params = new SqlParams();
  // Only the WHERE clause holds placeholders; COPY takes no parameters, so they become literals.
  const where = filterConditions(filter, params)
    .join(' AND ')
    .replace(/\$(\d+)/g, (_, n: string) => {
      const value = params.values[Number(n) - 1];
      return typeof value === 'number' ? String(value) : sqlLiteral(String(value));
    });
  return `SELECT ${selectList(cells)} FROM published_record WHERE ${where} ORDER BY ${ORDER}`;
}

/** PostgreSQL: `COPY (download query) TO STDOUT (options)` as a byte stream; undefined on PGlite. */
export function copyDownload(db: Database, filter: RecordFilter, cells: string[], options: string) {
  return db.copyOut?.(`COPY (${downloadQuery(filter, cells)}) TO STDOUT (${options})`);
}

/**
 * Hands the matching rows' cells to `onBatch` a batch at a time, from one query: a cursor in a
 * read-only snapshot on PostgreSQL (the file is one consistent picture). PGlite has one connection
 * for everyone, which a cursor would hold for the whole download: there each batch is a keyset
 * query of its own (each one index range, never OFFSET), so other requests run in between.
 */
export async function eachBatch(
  db: Database,
  filter: RecordFilter,
  cells: string[],
  onBatch: (rows: Cells[]) => Promise<void>,
): Promise<void> {
  const toCells = (row: Record<string, unknown>) => cells.map((_, i) => row[`c${i}`] as string | null);
  if (db.kind === 'postgres') {
    await db.withConnection(async (c) => {
      await c.exec('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      try {
        await c.exec(`DECLARE download NO SCROLL CURSOR FOR ${downloadQuery(filter, cells)}`);
        for (;;) {
          const { rows } = await c.query(`FETCH ${BATCH} FROM download`);
          if (rows.length > 0) await onBatch(rows.map(toCells));
          if (rows.length < BATCH) break;
        }
      } finally {
        await c.exec('ROLLBACK');
      }
    });
    return;
  }
  let after: RecordPosition | null = null;
  for (;;) {
    const { text, values } = keysetQuery(filter, `${selectList(cells)}, ${KEY_COLUMNS}`, BATCH, after);
    const { rows } = await db.sql.query<Record<string, unknown>>(text, values);
    if (rows.length > 0) await onBatch(rows.map(toCells));
    const last = rows.at(-1);
    if (!last || rows.length < BATCH) return;
    after = {
      publishedAt: new Date(last.published_at as Date | string).toISOString(),
      submissionId: String(last.submission_id),
      rowNumber: Number(last.row_number),
    };
  }
}

/** Sends a COPY stream on, waiting for a slow client; `first` may trim the first chunk. */
export async function pipeCopy(
  stream: Readable,
  send: (chunk: Uint8Array) => Promise<void>,
  first: (chunk: Buffer) => Buffer = (chunk) => chunk,
) {
  let started = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    await send(started ? chunk : first(chunk));
    started = true;
  }
}
