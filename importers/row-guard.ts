import { type CellValue, columnLetter, type RawRow } from '../schema/core/cells.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Trailing empty cells are dropped so formatting far to the right does not count as columns. */
export function trimTrailing(cells: CellValue[]): CellValue[] {
  let end = cells.length;
  while (end > 0 && isBlank(cells[end - 1])) end--;
  if (end < cells.length) cells.length = end;
  return cells;
}

/**
 * The limits shared by CSV and XLSX, applied row by row. Returns the row to yield, `null` for a
 * blank row (skipped), or `'stop'` once the blank run is too long: real templates often carry
 * formatting down thousands of rows, and a million blank rows must not cost a million iterations.
 */
export class RowGuard {
  private blankRun = 0;

  constructor(
    private readonly limits: ImportLimits,
    private readonly stats: ImportStats,
  ) {}

  accept(row: number, cells: CellValue[]): RawRow | null | 'stop' {
    if (row > this.limits.maxRows)
      throw new ImportError('too-many-rows', { limit: this.limits.maxRows }, row);
    trimTrailing(cells);
    if (cells.length === 0) return this.blank(row);
    if (cells.length > this.limits.maxColumns) {
      throw new ImportError('too-many-columns', { limit: this.limits.maxColumns }, row);
    }
    cells.forEach((cell, index) => {
      if (typeof cell === 'string' && cell.length > this.limits.maxCellChars) {
        throw new ImportError(
          'cell-too-large',
          { limit: this.limits.maxCellChars, column: columnLetter(index) },
          row,
        );
      }
    });
    if (cells.every(isBlank)) return this.blank(row);
    this.blankRun = 0;
    this.stats.rows++;
    return { row, cells };
  }

  private blank(row: number): null | 'stop' {
    this.stats.blankRows++;
    this.blankRun++;
    return this.overRun(row);
  }

  private overRun(row: number): 'stop' | null {
    if (this.blankRun < this.limits.maxBlankRun) return null;
    this.stats.stoppedAfterBlankRun = row;
    return 'stop';
  }
}
