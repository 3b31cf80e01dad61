import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, RawRow } from '../schema/core/cells.js';
import { toCellValue } from './cell-value.js';
import { ImportError } from './errors.js';
import type { ImportStats } from './limits.js';
import type { MergeFill } from './merges.js';
import type { RowGuard } from './row-guard.js';

/** exceljs's streaming reader over a repacked package (see zip-repack.ts). */
export function streamingReader(packed: Buffer): {
  reader: ExcelJS.stream.xlsx.WorkbookReader;
  input: Readable;
} {
  const input = Readable.from([packed]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  return { reader, input };
}

/** One exceljs row through merges and the limits, with its number formats and formula marks. */
export function acceptRow(
  row: ExcelJS.Row,
  date1904: boolean,
  stats: ImportStats,
  guard: RowGuard,
  fill?: MergeFill,
): RawRow | null | 'stop' {
  const percentFormats: (string | undefined)[] = [];
  const computed: boolean[] = [];
  const cells = rowCells(row, date1904, stats, { percentFormats, computed });
  fill?.apply(row.number, cells);
  const accepted = guard.accept(row.number, cells);
  if (!accepted || accepted === 'stop') return accepted;
  if (percentFormats.length > 0) accepted.numFmts = percentFormats;
  if (computed.length > 0) accepted.computed = computed;
  return accepted;
}

interface RowFacts {
  /** The number format of each number cell shown as a percentage (Excel stores 12% as 0.12). */
  percentFormats: (string | undefined)[];
  /** True where the cell holds a formula's cached result rather than something typed. */
  computed: boolean[];
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** The row's cells, plus the facts about them that only the workbook knows (RowFacts). */
function rowCells(row: ExcelJS.Row, date1904: boolean, stats: ImportStats, facts: RowFacts): CellValue[] {
  if (!Number.isInteger(row.number) || row.number < 1) {
    throw new ImportError('malformed-xlsx', { detail: 'a row has no valid r= reference' });
  }
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const raw = cell.value;
    const formula = isFormula(raw);
    const context = { numFmt: cell.numFmt, date1904, stats };
    const value = toCellValue(raw, formula ? { ...context, modelResult: () => cell.result } : context);
    if (value === null) return;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
    if (formula) facts.computed[column - 1] = true;
    if (typeof value === 'number' && cell.numFmt?.replace(/"[^"]*"/g, '').includes('%')) {
      facts.percentFormats[column - 1] = cell.numFmt;
    }
  });
  return cells;
}
