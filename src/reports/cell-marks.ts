import type { Issue, Severity } from '../../schema/core/issues.js';

/** Every issue that points at one cell of the sheet. */
export interface CellMark {
  row: number;
  /** Excel column letter. */
  column: string;
  /** error wins over warning when a cell has both. */
  severity: Severity;
  issues: Issue[];
}

/** Row-level issues (a row, no column) are shown on the row's first cell. */
const ROW_ANCHOR = 'A';

/**
 * Groups issues by the cell they belong to, in sheet order. File-level issues (no row) are not
 * marked on any cell: they appear only in the issue list.
 */
export function cellMarks(issues: readonly Issue[]): CellMark[] {
  const marks = new Map<string, CellMark>();
  for (const issue of issues) {
    if (issue.row === undefined) continue;
    const column = issue.column ?? ROW_ANCHOR;
    const key = `${column}${issue.row}`;
    const mark = marks.get(key);
    if (!mark) {
      marks.set(key, { row: issue.row, column, severity: issue.severity, issues: [issue] });
      continue;
    }
    mark.issues.push(issue);
    if (issue.severity === 'error') mark.severity = 'error';
  }
  return [...marks.values()];
}

export const SEVERITY_ZH: Record<Severity, string> = { error: '错误', warning: '警告' };

/** The note on a marked cell: each zh message on its own line, numbered when there are several. */
export function noteText(mark: CellMark): string {
  if (mark.issues.length === 1) {
    const only = mark.issues[0];
    return only ? `【${SEVERITY_ZH[only.severity]}】${only.message.zh}` : '';
  }
  return mark.issues
    .map((issue, i) => `${i + 1}. 【${SEVERITY_ZH[issue.severity]}】${issue.message.zh}`)
    .join('\n');
}
