import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Column } from '../columns.js';
import type { PublicRecord } from '../records.js';

/**
 * exceljs's streaming writer: each row is committed (zipped and sent) as it is written, so the
 * workbook is never whole in memory. No data validation here: the streaming writer produces
 * files Excel must repair when it has any (LIBRARIES.md).
 */
export async function writeXlsx(
  out: Writable,
  sheetName: string,
  columns: Column[],
  records: AsyncIterable<PublicRecord>,
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
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const record of records) {
    sheet.addRow(columns.map((c) => c.cell(record).value)).commit();
  }
  sheet.commit();
  await workbook.commit();
}
