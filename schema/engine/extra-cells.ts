import { renderIssue } from '../catalogue.js';
import { columnLetter, type RawRow } from '../core/cells.js';
import type { Issue } from '../core/issues.js';
import { isEmptyCell } from '../fields/normalize.js';

/**
 * A value in a column the header does not name (past its last column, or under a blank header
 * cell) belongs to no field: in a CSV it is usually an unquoted comma that split a cell. It would
 * be dropped without a word, so the row gets one error at the first such cell.
 */
export function extraCellIssue(labelled: readonly boolean[], raw: RawRow): Issue | undefined {
  const { cells } = raw;
  let first = -1;
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    if (labelled[i] === true || isEmptyCell(cells[i] ?? null)) continue;
    if (first < 0) first = i;
    count++;
  }
  if (first < 0) return undefined;
  const value = String(cells[first]);
  const location = { row: raw.row, column: columnLetter(first), value };
  return renderIssue({ code: 'extra-cell', params: { count } }, location);
}
