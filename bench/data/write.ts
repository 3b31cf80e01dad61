import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { dataRow, HEADER, PREAMBLE } from './rows.js';

const CSV_SPECIAL = /[",\r\n]/;
const csvCell = (cell: string): string => (CSV_SPECIAL.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** "CSV UTF-8" as Chinese Excel saves it: BOM, CRLF, the title and unit rows above the header. */
export async function writeCsv(
  path: string,
  rows: number,
  rowAt: (i: number) => string[] = dataRow,
): Promise<void> {
  const out = createWriteStream(path);
  out.write('\uFEFF');
  let chunk = '';
  const lines = [...PREAMBLE, HEADER];
  for (const cells of lines) chunk += `${cells.map(csvCell).join(',')}\r\n`;
  for (let i = 0; i < rows; i++) {
    chunk += `${rowAt(i).map(csvCell).join(',')}\r\n`;
    if (chunk.length < 1 << 20) continue;
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
  out.end(chunk);
  await once(out, 'finish');
}

// Columns Excel would hold as numbers: 序号, 年度 and the amounts (I–O, Q).
const NUMERIC = new Set([0, 1, 8, 9, 10, 11, 12, 13, 14, 16]);

function xlsxCells(cells: string[]): (string | number | null)[] {
  return cells.map((cell, i) => (cell === '' ? null : NUMERIC.has(i) ? Number(cell) : cell));
}

/** An XLSX as Excel saves it: shared strings, numbers as numbers, the USCC as text. */
export async function writeXlsx(
  path: string,
  rows: number,
  rowAt: (i: number) => string[] = dataRow,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('企业负责人薪酬');
  for (const cells of PREAMBLE) sheet.addRow(xlsxCells(cells)).commit();
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) sheet.addRow(xlsxCells(rowAt(i))).commit();
  sheet.commit();
  await workbook.commit();
}
