import type ExcelJS from 'exceljs';
import type { CellValue, RawRow } from '../../schema/core/cells.js';
import { type CellMark, noteText } from './cell-marks.js';
import { sourceRows } from './source-rows.js';
import { zipCaughtUp } from './zip-backpressure.js';

/** Excel's own "light red fill" and "yellow fill" conditional-format colours. */
const FILLS: Record<CellMark['severity'], ExcelJS.Fill> = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
};

/** Rows looked at to size the columns before the first one is written. */
const WIDTH_SAMPLE = 200;

export interface MarkedSheet {
  name: string;
  bytes: Uint8Array;
  sheetName: string | undefined;
  headerRow: number;
  /** Marks by row number. */
  marks: Map<number, CellMark[]>;
}

/** Copies the source sheet row by row, marking cells as it goes; rows are committed in order. */
export async function writeMarkedSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: MarkedSheet,
): Promise<void> {
  const sheet = workbook.addWorksheet(spec.name, {
    views: spec.headerRow > 0 ? [{ state: 'frozen', ySplit: spec.headerRow }] : [],
  });
  const markedRows = [...spec.marks.keys()].sort((a, b) => a - b);
  let nextMark = 0;
  let sample: RawRow[] | undefined = [];
  const write = (raw: RawRow) => {
    // Marks on rows the importer skipped (none should be, but never drop one) come first.
    while ((markedRows[nextMark] ?? Number.POSITIVE_INFINITY) < raw.row) {
      writeRow(sheet, { row: markedRows[nextMark++] ?? 0, cells: [] }, spec.marks);
    }
    if (markedRows[nextMark] === raw.row) nextMark++;
    writeRow(sheet, raw, spec.marks);
  };
  for await (const batch of sourceRows(spec.bytes, spec.sheetName)) {
    if (!sample) {
      for (const raw of batch) write(raw);
      await zipCaughtUp(sheet);
      continue;
    }
    sample.push(...batch);
    if (sample.length < WIDTH_SAMPLE) continue;
    sample = flushSample(sheet, sample, write);
  }
  if (sample) flushSample(sheet, sample, write);
  while (nextMark < markedRows.length)
    writeRow(sheet, { row: markedRows[nextMark++] ?? 0, cells: [] }, spec.marks);
  sheet.commit();
}

function flushSample(sheet: ExcelJS.Worksheet, sample: RawRow[], write: (raw: RawRow) => void): undefined {
  sheet.columns = fitWidths(sample).map((width) => ({ width }));
  for (const raw of sample) write(raw);
  return undefined;
}

/**
 * One style object per (number format, fill): exceljs renders a cell's style to XML to find its id
 * unless it has seen that very object before, and every cell otherwise gets a fresh one. Sharing
 * them took that per-cell work (a third of the writer's CPU) away. Never mutate one.
 */
const styles = new Map<string, Partial<ExcelJS.Style>>();
function styleFor(numFmt: string | undefined, severity: CellMark['severity'] | undefined) {
  const key = `${severity ?? ''}|${numFmt ?? ''}`;
  let style = styles.get(key);
  if (!style) {
    style = { ...(numFmt ? { numFmt } : {}), ...(severity ? { fill: FILLS[severity] } : {}) };
    styles.set(key, style);
  }
  return style;
}

function writeRow(sheet: ExcelJS.Worksheet, raw: RawRow, marks: Map<number, CellMark[]>): void {
  const out = sheet.getRow(raw.row);
  const rowMarks = marks.get(raw.row);
  raw.cells.forEach((value, i) => {
    if (value === null || value === '') return;
    const cell = out.getCell(i + 1);
    cell.value = value;
    const fmt = raw.numFmts?.[i] ?? (value instanceof Date ? 'yyyy-mm-dd' : undefined);
    cell.style = styleFor(fmt, undefined);
  });
  for (const mark of rowMarks ?? []) {
    const cell = out.getCell(mark.column);
    cell.style = styleFor(cell.numFmt, mark.severity);
    cell.note = noteText(mark);
  }
  out.commit();
}

/** Sizes columns to their first rows' text, within reason (CJK characters take two columns). */
function fitWidths(rows: readonly RawRow[]): number[] {
  const widths: number[] = [];
  for (const raw of rows) {
    raw.cells.forEach((cell: CellValue, i) => {
      const text = cell instanceof Date ? '2024-01-01' : String(cell ?? '');
      let width = 0;
      for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      widths[i] = Math.max(widths[i] ?? 8, Math.min(width + 2, 40));
    });
  }
  return Array.from(widths, (w) => w ?? 8);
}
