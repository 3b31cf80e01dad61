import type ExcelJS from 'exceljs';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import type { IssueCount } from '../../schema/engine/index.js';
import { SEVERITY_ZH } from './cell-marks.js';

export const ISSUE_LIST_SHEET = '错误清单';

const LIST: { header: string; width: number }[] = [
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

// The totals per code sit to the right of the list, one blank column apart, visible at the top.
const SUMMARY: { header: string; width: number }[] = [
  { header: '代码（汇总）', width: 26 },
  { header: '问题级别', width: 10 },
  { header: '问题总数', width: 10 },
  { header: '本表列出', width: 10 },
];

export interface IssueListInput {
  issues: readonly Issue[];
  summary: readonly IssueCount[];
  errorCount: number;
  warningCount: number;
}

function fieldLabel(def: DatasetDefinition | undefined, key: string | undefined): string {
  if (key === undefined) return '';
  return def?.fields.find((f) => f.key === key)?.label.zh ?? key;
}

function summaryCells(input: IssueListInput, index: number): ExcelJS.CellValue[] {
  const c = input.summary[index];
  if (c) return [c.code, SEVERITY_ZH[c.severity], c.count, c.stored];
  const listed = input.summary.reduce((n, s) => n + s.stored, 0);
  const total = input.errorCount + input.warningCount;
  if (index === input.summary.length) return ['合计', '', total, listed];
  if (index === input.summary.length + 1 && listed < total) {
    return [`问题较多：本表列出${listed}个，其余只计数（共${total}个，以本汇总为准）`];
  }
  return [];
}

/**
 * The `错误清单` sheet: the stored issues in report order (the storage bound, ISSUE_LIMITS, caps
 * them), and beside them the exact total of every code, so nothing is lost silently. A frozen
 * header and an autofilter let a reviewer sort and filter the list.
 */
export function writeIssueList(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  input: IssueListInput,
  def: DatasetDefinition | undefined,
): void {
  const sheet = workbook.addWorksheet(ISSUE_LIST_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: LIST.length } };
  sheet.columns = [...LIST, { header: '', width: 3 }, ...SUMMARY].map(({ header, width }) => ({
    header,
    width,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  const rows = Math.max(input.issues.length, input.summary.length + 2);
  for (let i = 0; i < rows; i++) {
    const issue = input.issues[i];
    const listed = issue
      ? [
          i + 1,
          issue.row ?? null,
          issue.column ?? null,
          fieldLabel(def, issue.field),
          SEVERITY_ZH[issue.severity],
          issue.code,
          issue.message.zh,
          issue.message.en,
          issue.value ?? null,
        ]
      : Array(LIST.length).fill(null);
    const row = sheet.getRow(i + 2);
    row.values = [...listed, null, ...summaryCells(input, i)];
    row.commit();
  }
  sheet.commit();
}
