import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { send } from '../public/download/sink.js';
import { audienceOf } from './audience.js';
import { type ExportColumn, exportColumns } from './export-columns.js';
import { listRecords, type RecordRow, type RecordsInput } from './records.service.js';

const PAGE = 500;

/** Every record the query matches, page by page (keyset), so memory stays flat for any size. */
async function* eachRow(sql: SqlClient, actor: Actor, def: DatasetDefinition, input: RecordsInput) {
  let after: string | null = null;
  for (;;) {
    const page = await listRecords(sql, actor, def, { ...input, first: PAGE, after });
    yield* page.nodes;
    if (!page.hasNextPage) return;
    after = page.cursors.at(-1) ?? null;
  }
}

/** The export's columns; refuses a bad where/orderBy before any byte is sent (the first page runs). */
export function exportPlan(actor: Actor, def: DatasetDefinition, input: RecordsInput) {
  const audience = audienceOf(actor, input);
  return audience ? exportColumns(def, audience) : [];
}

const asNumber = (value: string | number | null) => {
  if (typeof value !== 'string') return value;
  const n = Number(value);
  // A decimal a double cannot hold exactly stays text rather than change.
  return Number.isFinite(n) && String(n) === value.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')
    ? n
    : value;
};

export async function writeCsv(out: Writable, columns: ExportColumn[], rows: AsyncIterable<RecordRow>) {
  await send(out, `\uFEFF${stringify([columns.map((c) => c.header)])}`);
  let batch: (string | number | null)[][] = [];
  for await (const row of rows) {
    batch.push(columns.map((c) => c.cell(row)));
    if (batch.length >= PAGE) {
      await send(out, stringify(batch));
      batch = [];
    }
  }
  if (batch.length > 0) await send(out, stringify(batch));
}

/** exceljs's streaming writer (no data validation: see LIBRARIES.md); numbers stay numbers. */
export async function writeXlsx(
  out: Writable,
  sheetName: string,
  columns: ExportColumn[],
  rows: AsyncIterable<RecordRow>,
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: String(i),
    width: Math.max(12, c.header.length * 2),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const row of rows)
    sheet.addRow(columns.map((c) => (c.numeric ? asNumber(c.cell(row)) : c.cell(row)))).commit();
  sheet.commit();
  await workbook.commit();
}

export { eachRow };
