import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../db/database.js';
import { type Column, escapeFormulaSql } from '../columns.js';
import type { RecordFilter } from '../filter.js';
import { send } from './sink.js';
import { copyDownload, eachBatch, pipeCopy } from './source.js';

// NULLIF: an empty cell is written as nothing, never "" (PostgreSQL quotes an empty string).
const csvCell = (c: Column) => `NULLIF(${c.numeric ? c.sql : escapeFormulaSql(c.sql)}, '')`;

/**
 * UTF-8 with a BOM (so Chinese Excel opens it), zh headers, one line per record. Cells are computed
 * by the database, text that a spreadsheet would run as a formula prefixed with ' there. On
 * PostgreSQL the lines are the database's own CSV (COPY … TO STDOUT), passed on untouched.
 */
export async function writeCsv(db: Database, out: Writable, columns: Column[], filter: RecordFilter) {
  await send(out, `\uFEFF${stringify([columns.map((c) => c.header)])}`);
  const cells = columns.map(csvCell);
  const copy = await copyDownload(db, filter, cells, 'FORMAT csv');
  if (copy) return pipeCopy(copy, (chunk) => send(out, chunk));
  await eachBatch(db, filter, cells, (rows) => send(out, stringify(rows)));
}
