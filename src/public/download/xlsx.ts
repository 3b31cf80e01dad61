import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/database.js';
import type { Column } from '../columns.js';
import type { RecordFilter } from '../filter.js';
import { drained } from './sink.js';
import { eachBatch } from './source.js';

const withoutTrailingZeros = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** A numeric field's value as a number when a double holds it exactly, else as the exact text. */
export function numberOrText(value: string): number | string {
  const n = Number(value);
  return Number.isFinite(n) && String(n) === withoutTrailingZeros(value) ? n : value;
}

/**
 * exceljs's streaming writer: each row is committed (zipped and sent) as it is written, so the
 * workbook is never whole in memory. Text is stored as a text cell, exactly as published: an XLSX
 * text cell is never a formula, so no ' is added; the text columns are formatted as text (@), so
 * editing a cell such as =1+1 keeps it text too. No data validation here: the streaming writer
 * produces files Excel must repair when it has any (LIBRARIES.md).
 */
export async function writeXlsx(
  db: Database,
  out: Writable,
  sheetName: string,
  columns: Column[],
  filter: RecordFilter,
) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length * 2),
    style: c.numeric ? {} : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  await eachBatch(
    db,
    filter,
    columns.map((c) => c.sql),
    async (rows) => {
      for (const row of rows) {
        sheet.addRow(row.map((v, i) => (v !== null && columns[i]?.numeric ? numberOrText(v) : v))).commit();
      }
      // The writer does not wait for a slow client: wait here, between batches, so memory stays flat.
      if (out.writableNeedDrain) await drained(out);
      if (out.destroyed) throw new Error('download abandoned by the client');
    },
  );
  sheet.commit();
  await workbook.commit();
}
