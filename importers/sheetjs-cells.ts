import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { CellValue } from '../schema/core/cells.js';
import { excelSerialToDate, FORMULA_ERROR, isDateFormat } from './cell-value.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';
import type { MergeRange } from './merges.js';

export interface SheetJsRow {
  row: number;
  cells: CellValue[];
  numFmts: (string | undefined)[];
  computed: boolean[];
}

/** A SheetJS cell as the same CellValue exceljs gives (see cell-value.ts), formulas as their result. */
function cellValue(cell: CellObject, date1904: boolean, stats: ImportStats): CellValue {
  const formula = cell.f !== undefined;
  if (cell.t === 'z' || cell.v === undefined) {
    if (formula) stats.formulasWithoutResult++;
    return null;
  }
  if (cell.t === 'e') return formula ? FORMULA_ERROR : (cell.w ?? FORMULA_ERROR);
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : undefined;
    return isDateFormat(format) ? excelSerialToDate(cell.v, date1904) : cell.v;
  }
  return cell.v;
}

/** The rows of a dense SheetJS sheet, numbered as Excel shows them. */
export function* sheetRows(sheet: WorkSheet, date1904: boolean, stats: ImportStats): Generator<SheetJsRow> {
  const data = (sheet['!data'] ?? []) as (CellObject[] | undefined)[];
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    if (!source) continue;
    const row: SheetJsRow = { row: r + 1, cells: [], numFmts: [], computed: [] };
    source.forEach((cell, c) => {
      if (!cell) return;
      const value = cellValue(cell, date1904, stats);
      if (value === null) return;
      while (row.cells.length < c) row.cells.push(null);
      row.cells[c] = value;
      if (cell.f !== undefined) row.computed[c] = true;
      if (
        typeof value === 'number' &&
        typeof cell.z === 'string' &&
        cell.z.replace(/"[^"]*"/g, '').includes('%')
      )
        row.numFmts[c] = cell.z;
    });
    yield row;
  }
}

/** Vertical merges, as the streaming reader's merge scan gives them. */
export function sheetMerges(sheet: WorkSheet, limits: ImportLimits): MergeRange[] {
  const merges = sheet['!merges'] ?? [];
  if (merges.length > limits.maxMergedRanges) {
    throw new ImportError('zip-bomb', { detail: `more than ${limits.maxMergedRanges} merged ranges` });
  }
  return merges
    .filter((m) => m.e.r > m.s.r)
    .map((m) => ({ top: m.s.r + 1, bottom: m.e.r + 1, left: Math.min(m.s.c, m.e.c) }));
}
