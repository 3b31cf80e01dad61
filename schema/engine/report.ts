import type { SheetInfo } from '../core/cells.js';
import type { DatasetKey, DisclosureConfig, TypedRow, WorkingDayCalendar } from '../core/dataset.js';
import type { Issue } from '../core/issues.js';

/** The CLI report of CONTRACT.md, plus the column bindings the annotated workbook needs. */
export interface ValidationReport {
  dataset: DatasetKey;
  format: SheetInfo['format'];
  encoding?: string;
  sheetName?: string;
  /** Excel row number of the header row; 0 when no header row was found. */
  headerRow: number;
  /** Data rows read (blank, note, summary and repeated header rows not counted). */
  rowCount: number;
  errorCount: number;
  warningCount: number;
  issues: Issue[];
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
