import ExcelJS from 'exceljs';
import { getDataset } from '../../schema/datasets/index.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import { type CellMark, cellMarks, noteText } from './cell-marks.js';
import { addIssueList, ISSUE_LIST_SHEET } from './issue-list.js';
import { copySourceSheet } from './source-sheet.js';

export interface AnnotatedWorkbookInput {
  /** The uploaded file, CSV or XLSX, exactly as validated. */
  bytes: Uint8Array;
  filename?: string;
  report: ValidationReport;
}

/** Excel's own "light red fill" and "yellow fill" conditional-format colours. */
const FILLS: Record<CellMark['severity'], ExcelJS.Fill> = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
};

/** Excel forbids []:*?/\ in sheet names and caps them at 31 characters. */
function dataSheetName(input: AnnotatedWorkbookInput, fallback: string): string {
  const fromFile = input.filename?.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const name = (input.report.sheetName ?? fromFile ?? fallback).replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  if (name === '' || name === ISSUE_LIST_SHEET) return `${fallback}（原表）`.slice(0, 31);
  return name;
}

function markCells(sheet: ExcelJS.Worksheet, marks: readonly CellMark[]): void {
  for (const mark of marks) {
    const cell = sheet.getCell(`${mark.column}${mark.row}`);
    cell.fill = FILLS[mark.severity];
    cell.note = noteText(mark);
  }
}

/**
 * The enterprise's own sheet back as XLSX, each offending cell filled (red: error, yellow:
 * warning) with a note giving the Chinese message(s), plus a `错误清单` sheet listing every issue.
 * The data sheet keeps the original cell addresses, so 第7行C列 in a message is cell C7.
 */
export async function buildAnnotatedWorkbook(input: AnnotatedWorkbookInput): Promise<Buffer> {
  const { report } = input;
  const def = getDataset(report.dataset);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '阳光国资';
  const sheet = workbook.addWorksheet(dataSheetName(input, def?.title.zh ?? '数据'));
  await copySourceSheet(input.bytes, report.sheetName, sheet);
  if (report.headerRow > 0) sheet.views = [{ state: 'frozen', ySplit: report.headerRow }];
  if (sheet.columns.every((c) => !c.width)) fitWidths(sheet);
  markCells(sheet, cellMarks(report.issues));
  addIssueList(workbook, report.issues, def);
  const written = await workbook.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}

/** CSV has no widths: size columns to their first rows' text, within reason. */
function fitWidths(sheet: ExcelJS.Worksheet): void {
  const widths: number[] = [];
  const last = Math.min(sheet.rowCount, 200);
  for (let r = 1; r <= last; r++) {
    sheet.getRow(r).eachCell((cell, col) => {
      const text = String(cell.value ?? '');
      // CJK characters take two columns of width.
      const width = [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
      widths[col - 1] = Math.max(widths[col - 1] ?? 8, Math.min(width + 2, 40));
    });
  }
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
}
