// The validator derived from a dataset definition.
export { type ColumnBinding, HEADER_SCAN_ROWS, type HeaderMatch, matchHeader } from './header.js';
export { buildLabelIndex, normalizeLabel } from './labels.js';
export type { ValidateOptions, ValidationReport } from './report.js';
export { type RowSource, validateRows } from './validate.js';
