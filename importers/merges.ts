import type { CellValue } from '../schema/core/cells.js';

export interface MergeRange {
  top: number;
  bottom: number;
  /** 0-based column index of the range's first column. */
  left: number;
}

function parseRef(ref: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!match?.[1] || !match[2]) return undefined;
  let col = 0;
  for (const letter of match[1].toUpperCase()) col = col * 26 + (letter.charCodeAt(0) - 64);
  return { row: Number(match[2]), col: col - 1 };
}

/** Only ranges spanning several rows matter: a horizontal merge (the title row) stays one cell. */
export function parseMergeRange(ref: string): MergeRange | undefined {
  const [from, to] = ref.split(':');
  const start = from ? parseRef(from) : undefined;
  const end = to ? parseRef(to) : undefined;
  if (!start || !end) return undefined;
  const top = Math.min(start.row, end.row);
  const bottom = Math.max(start.row, end.row);
  if (bottom === top) return undefined;
  return { top, bottom, left: Math.min(start.col, end.col) };
}

/**
 * Excel stores a merged value only in the range's top-left cell. A value merged vertically (the
 * enterprise name over its executives' rows) belongs to every row it covers, so it is copied
 * down into the first column of each. Rows arrive in ascending order; memory is O(merges).
 */
export class MergeFill {
  private readonly pending: MergeRange[];
  private next = 0;
  private active: Array<{ range: MergeRange; value: CellValue }> = [];

  constructor(ranges: MergeRange[]) {
    this.pending = [...ranges].sort((a, b) => a.top - b.top);
  }

  apply(row: number, cells: CellValue[]): void {
    this.active = this.active.filter(({ range }) => range.bottom >= row);
    for (const { range, value } of this.active) {
      if (range.top < row && isEmpty(cells[range.left])) {
        while (cells.length < range.left) cells.push(null);
        cells[range.left] = value;
      }
    }
    while (this.next < this.pending.length) {
      const range = this.pending[this.next];
      if (!range || range.top > row) break;
      this.next++;
      // A range whose top row is absent from the file has no value to spread.
      if (range.top === row) this.active.push({ range, value: cells[range.left] ?? null });
    }
  }
}

function isEmpty(cell: CellValue | undefined): boolean {
  return cell === undefined || cell === null || cell === '';
}
