import type ExcelJS from 'exceljs';
import type { ValidationReport } from '../../schema/engine/index.js';

export const SHEET_NOTE = '读取说明';

/**
 * For a workbook: which sheet was read, and every sheet that was not, with the reason (issue 9),
 * so the filer who opens the annotated file sees at once whether the right table was checked.
 * Written through the streaming writer, like the rest of the annotated workbook.
 */
export function writeSheetNote(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: Pick<ValidationReport, 'sheetName' | 'ignoredSheets'>,
): void {
  if (report.sheetName === undefined) return;
  const sheet = workbook.addWorksheet(SHEET_NOTE);
  sheet.columns = [{ width: 16 }, { width: 24 }, { width: 50 }, { width: 60 }];
  const bold = (row: ExcelJS.Row) => {
    row.getCell(1).font = { bold: true };
    row.commit();
  };
  bold(sheet.addRow(['读取的工作表', report.sheetName, '本文件按此工作表校验', 'The sheet validated']));
  for (const ignored of report.ignoredSheets ?? []) {
    bold(sheet.addRow(['未读取的工作表', ignored.name, ignored.reason.zh, ignored.reason.en]));
  }
  sheet.commit();
}
