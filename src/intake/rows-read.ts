import type { ImportedSheetInfo } from '../../importers/open.js';

/** How far the reading of an upload has come: what the workspace shows while it waits. */
export interface RowsRead {
  rowsRead: number;
  /**
   * Rows the file seems to hold (a CSV's line breaks, an XLSX sheet's row elements, the rows SheetJS
   * loaded for an .xls, .et or HTML table); null when the reader does not tell.
   */
  totalEstimate: number | null;
  /** Every row is read (the total is then exact); what remains is saving. */
  finished: boolean;
}

/** Reports at most this often: often enough to move a progress bar, rarely enough to cost nothing. */
const EVERY_MS = 250;

/**
 * Counts rows as batches are read and passes the figure to `report` at most every 250 ms (and at
 * the first batch), then once more when every row is read. Without `report` (the CLI, in-process
 * callers) it does nothing.
 */
export function rowsReadCounter(
  report: ((progress: RowsRead) => void) | undefined,
  totalEstimate: number | null,
) {
  let rowsRead = 0;
  let last = 0;
  return {
    add(batchRows: number) {
      rowsRead += batchRows;
      const now = Date.now();
      if (!report || now - last < EVERY_MS) return;
      last = now;
      report({ rowsRead, totalEstimate, finished: false });
    },
    finish() {
      report?.({ rowsRead, totalEstimate: rowsRead, finished: true });
    },
  };
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * A CSV's lines, estimated by its line breaks (a quoted cell holding a line break counts twice):
 * an estimate for a progress bar, comparable with rowsRead (both count the title and header rows).
 * UTF-16 counts only whole code units U+000A: in UTF-16LE the byte 0A is also half of common
 * Chinese characters (上 is U+4E0A, bytes 0A 4E).
 */
export function estimateRows(bytes: Uint8Array, info: ImportedSheetInfo): number | null {
  if ('rowElements' in info) return info.rowElements ?? null;
  if (info.format !== 'csv') return null;
  const unit = info.encoding === 'utf-16le' ? 'le' : info.encoding === 'utf-16be' ? 'be' : 'byte';
  const lines = countBreaks(bytes, LF, unit) || countBreaks(bytes, CR, unit);
  return Math.max(lines, 1);
}

function countBreaks(bytes: Uint8Array, byte: number, unit: 'le' | 'be' | 'byte'): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) {
    if (unit === 'byte') count++;
    else if (unit === 'le' ? at % 2 === 0 && bytes[at + 1] === 0 : at % 2 === 1 && bytes[at - 1] === 0)
      count++;
  }
  return count;
}
