// The validator derived from a dataset definition.
export { type ColumnBinding, HEADER_SCAN_ROWS, type HeaderMatch, matchHeader } from './header.js';
export {
  collectorOf,
  ISSUE_LIMITS,
  IssueCollector,
  type IssueCount,
  type IssueSink,
} from './issue-budget.js';
export { JUNK_PROBE } from './junk-guard.js';
export { buildLabelIndex, normalizeLabel } from './labels.js';
export type { ValidateOptions, ValidationReport } from './report.js';
export { type RowSource, validateRows } from './validate.js';
