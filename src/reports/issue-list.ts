import type ExcelJS from 'exceljs';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { SEVERITY_ZH } from './cell-marks.js';

export const ISSUE_LIST_SHEET = '错误清单';

const COLUMNS: { header: string; width: number }[] = [
  { header: '序号', width: 7 },
  { header: '行', width: 7 },
  { header: '列', width: 6 },
  { header: '字段', width: 22 },
  { header: '问题级别', width: 10 },
  { header: '代码', width: 26 },
  { header: '说明', width: 70 },
  { header: 'Description', width: 70 },
  { header: '原值', width: 24 },
];

function fieldLabel(def: DatasetDefinition | undefined, key: string | undefined): string {
  if (key === undefined) return '';
  return def?.fields.find((f) => f.key === key)?.label.zh ?? key;
}

/**
 * The `错误清单` sheet: one row per issue, every issue (never the first N), in report order, with a
 * frozen header and an autofilter so a reviewer can sort and filter by column or code.
 */
export function addIssueList(
  workbook: ExcelJS.Workbook,
  issues: readonly Issue[],
  def: DatasetDefinition | undefined,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ISSUE_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  issues.forEach((issue, i) => {
    sheet.addRow([
      i + 1,
      issue.row ?? null,
      issue.column ?? null,
      fieldLabel(def, issue.field),
      SEVERITY_ZH[issue.severity],
      issue.code,
      issue.message.zh,
      issue.message.en,
      issue.value ?? null,
    ]);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return sheet;
}
