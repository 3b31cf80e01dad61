import type { IgnoredSheet, SheetInfo } from '../core/cells.js';
import type { DisclosureConfig, TypedRow, WorkingDayCalendar } from '../core/dataset.js';
import type { Issue } from '../core/issues.js';
import type { IssueCount } from './issue-budget.js';

/** The CLI report of CONTRACT.md, plus the column bindings the annotated workbook needs. */
export interface ValidationReport {
  /** The dataset's key, e.g. 'executive-pay'. */
  dataset: string;
  format: SheetInfo['format'];
  encoding?: string;
  sheetName?: string;
  /** Workbooks: the sheets not read, and why. */
  ignoredSheets?: IgnoredSheet[];
  /** Excel row number of the header row; 0 when no header row was found. */
  headerRow: number;
  /** Data rows read (blank, note, summary and repeated header rows not counted). */
  rowCount: number;
  /** Exact, also when not every issue is listed. */
  errorCount: number;
  warningCount: number;
  /** The located issues kept (ISSUE_LIMITS), in sheet order; file-level issues are always kept. */
  issues: Issue[];
  /** Exact totals per code and severity, with how many of each `issues` lists. */
  issueSummary: IssueCount[];
  /** Which Excel column each matched field was read from. */
  columns: { field: string; column: string }[];
}

export interface ValidateOptions {
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
  config?: DisclosureConfig;
  calendar?: WorkingDayCalendar;
  /** Called with every data row's typed values, in order (e.g. to store them). */
  onRow?: (row: { row: number; values: TypedRow }) => void;
}
