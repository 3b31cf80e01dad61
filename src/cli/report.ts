import type { FileFormat, IgnoredSheet } from '../../schema/core/cells.js';
import type { Issue } from '../../schema/core/issues.js';
import type { Localized } from '../../schema/core/localized.js';
import type { IssueCount, ValidationReport } from '../../schema/engine/index.js';

/** The `validate --json` report of CONTRACT.md, plus the sheet read and those ignored (no column bindings). */
export interface CliReport {
  dataset: string;
  /** What the file really is, whatever its name says. */
  format: FileFormat;
  /** CSV only: the encoding the file was decoded with. */
  encoding?: string;
  /** Workbooks: the sheet read. */
  sheet?: string;
  /** Workbooks: the other sheets and why each was not read. */
  ignoredSheets?: IgnoredSheet[];
  headerRow: number;
  rowCount: number;
  errorCount: number;
  warningCount: number;
  issues: Issue[];
  /**
   * Only when some issues are not listed (past ISSUE_LIMITS, the server's bounds too): the exact
   * total per code and how many of each `issues` lists.
   */
  issueSummary?: IssueCount[];
}

/** Rebuilt key by key so the JSON has the contract's keys in the contract's order. */
export function contractIssue(issue: Issue): Issue {
  return {
    severity: issue.severity,
    code: issue.code,
    ...(issue.row !== undefined ? { row: issue.row } : {}),
    ...(issue.column !== undefined ? { column: issue.column } : {}),
    ...(issue.field !== undefined ? { field: issue.field } : {}),
    ...(issue.value !== undefined ? { value: issue.value } : {}),
    ...(issue.sheet !== undefined ? { sheet: issue.sheet } : {}),
    message: { zh: issue.message.zh, en: issue.message.en },
  };
}

export function contractReport(report: ValidationReport): CliReport {
  return {
    dataset: report.dataset,
    format: report.format,
    ...(report.encoding !== undefined ? { encoding: report.encoding } : {}),
    ...(report.sheetName !== undefined ? { sheet: report.sheetName } : {}),
    ...(report.ignoredSheets !== undefined ? { ignoredSheets: report.ignoredSheets } : {}),
    headerRow: report.headerRow,
    rowCount: report.rowCount,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    issues: report.issues.map(contractIssue),
    ...(report.issueSummary.some((c) => c.count > c.stored) ? { issueSummary: report.issueSummary } : {}),
  };
}

/** A file that cannot be read at all: one file-level issue, nothing else known. */
export function fileLevelReport(
  dataset: string,
  format: CliReport['format'],
  problem: { code: string; localized: Localized; row?: number | undefined },
): CliReport {
  const issue: Issue = {
    severity: 'error',
    code: problem.code,
    ...(problem.row !== undefined ? { row: problem.row } : {}),
    message: { zh: problem.localized.zh, en: problem.localized.en },
  };
  return {
    dataset,
    format,
    headerRow: 0,
    rowCount: 0,
    errorCount: 1,
    warningCount: 0,
    issues: [issue],
  };
}

/** Exit codes of CONTRACT.md: 0 no errors (warnings allowed), 1 errors, 2 unreadable. */
export const EXIT = { ok: 0, errors: 1, unreadable: 2 } as const;
