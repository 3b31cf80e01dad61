import ExcelJS from 'exceljs';
import { readCsv } from '../../importers/csv.js';
import { newStats, resolveLimits } from '../../importers/limits.js';
import { sniff } from '../../importers/sniff.js';

/** A plain copy of a cell value: formulas become the result the enterprise saw in Excel. */
function plainValue(value: ExcelJS.CellValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result !== undefined && typeof result === 'object' && !(result instanceof Date) ? null : result;
  }
  return value;
}

/** The sheet the validator read: the report's sheet name, else the first worksheet. */
function pickSheet(workbook: ExcelJS.Workbook, sheetName: string | undefined): ExcelJS.Worksheet {
  const named = sheetName ? workbook.getWorksheet(sheetName) : undefined;
  const sheet = named ?? workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no worksheet');
  return sheet;
}

/** Copies values, number formats, widths and merges; never formulas, macros or external links. */
async function copyXlsx(bytes: Uint8Array, sheetName: string | undefined, target: ExcelJS.Worksheet) {
  const source = new ExcelJS.Workbook();
  // A copy as a plain ArrayBuffer: what exceljs's typings (and JSZip underneath) accept.
  const data = new Uint8Array(bytes).buffer;
  await source.xlsx.load(data);
  const sheet = pickSheet(source, sheetName);
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out = target.getRow(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const copy = out.getCell(col);
      copy.value = plainValue(cell.value);
      if (cell.numFmt) copy.numFmt = cell.numFmt;
    });
  });
  sheet.columns.forEach((column, i) => {
    if (column.width) target.getColumn(i + 1).width = column.width;
  });
  for (const range of sheet.model.merges ?? []) target.mergeCells(range);
}

/**
 * CSV through the importer itself (same encoding detection, delimiter and row numbers as the
 * validation), written as text so leading zeros and long codes stay as typed.
 */
async function copyCsv(bytes: Uint8Array, target: ExcelJS.Worksheet): Promise<void> {
  const limits = resolveLimits({ maxBytes: Number.MAX_SAFE_INTEGER });
  const { batches } = readCsv(bytes, limits, newStats());
  for await (const rows of batches) {
    for (const raw of rows) {
      const out = target.getRow(raw.row);
      raw.cells.forEach((cell, i) => {
        if (cell !== null && cell !== '') out.getCell(i + 1).value = String(cell);
      });
    }
  }
}

/** Fills `target` with the enterprise's own sheet, at the same cell addresses. */
export async function copySourceSheet(
  bytes: Uint8Array,
  sheetName: string | undefined,
  target: ExcelJS.Worksheet,
): Promise<void> {
  if (sniff(bytes) === 'zip') await copyXlsx(bytes, sheetName, target);
  else await copyCsv(bytes, target);
}
