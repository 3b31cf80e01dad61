// A small description of a worksheet as Chinese Excel/WPS users make them, written to XLSX with
// exceljs or to CSV (GBK without BOM, UTF-8 with BOM) with iconv-lite. Independent of
// test/fixtures/: the probes describe cells the way a spreadsheet holds them.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** A cell: a plain value, or a value with the number format Excel would show it in, or a formula. */
export type Cell =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { v: string | number | Date; numFmt: string }
  | { formula: string; result: number | string };

export interface SheetSpec {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  rows: Cell[][];
  /** e.g. 'A1:H1' */
  merges?: string[];
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function excelValue(cell: Cell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (cell === undefined || cell === null) return { value: null };
  if (typeof cell !== 'object' || cell instanceof Date) return { value: cell };
  if ('formula' in cell)
    return { value: { formula: cell.formula, result: cell.result } as ExcelJS.CellValue };
  return { value: cell.v, numFmt: cell.numFmt };
}

export async function toXlsx(sheets: SheetSpec[], opts: { date1904?: boolean } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'WPS 表格';
  if (opts.date1904) workbook.properties.date1904 = true;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        const { value, numFmt } = excelValue(cell);
        if (value === null && !numFmt) return;
        const target = sheet.getCell(r + 1, c + 1);
        target.value = value;
        if (numFmt) target.numFmt = numFmt;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvField(cell: Cell): string {
  let text: string;
  if (cell === undefined || cell === null) text = '';
  else if (typeof cell === 'object' && !(cell instanceof Date)) {
    if ('formula' in cell) text = String(cell.result);
    else text = String(cell.v);
  } else text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What Excel's "CSV (逗号分隔)" (GBK, no BOM) or "CSV UTF-8" (BOM) writes: CRLF, quoted when needed. */
export function toCsv(rows: Cell[][], encoding: 'gbk' | 'utf8-bom' | 'utf8'): Buffer {
  const width = Math.max(...rows.map((r) => r.length));
  const text = rows
    .map((r) => Array.from({ length: width }, (_, i) => csvField(r[i])).join(','))
    .join('\r\n')
    .concat('\r\n');
  if (encoding === 'gbk') return iconv.encode(text, 'gbk');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** An expected issue as a comparable string: code@row+column/field ('-' for none). */
export function issueKey(i: { code: string; row?: number; column?: string; field?: string }): string {
  return `${i.code}@${i.row ?? '-'}${i.column ?? ''}/${i.field ?? '-'}`;
}

/**
 * A data table below a title, a unit line and a header: records are keyed by field, columns are
 * laid out by `columns` (a null key is a column with no field, such as 序号). `at` locates a field
 * of a record as Excel shows it.
 */
export interface TableLayout {
  columns: { key: string | null; header: string }[];
  /** Rows above the header (title, unit line); their count fixes the header row. */
  above: Cell[][];
  /** Rows below the header: a record (object), or a raw row (array: 合计, notes, blanks). */
  body: (Record<string, Cell> | Cell[])[];
}

export interface BuiltTable {
  rows: Cell[][];
  headerRow: number;
  /** Excel row of the n-th record (0-based among records). */
  recordRow(n: number): number;
  column(key: string): string;
  /** Expected issue key for record n, field key. */
  at(code: string, n: number, key: string): string;
}

export function buildTable(layout: TableLayout): BuiltTable {
  const rows: Cell[][] = [...layout.above];
  rows.push(layout.columns.map((c) => c.header));
  const headerRow = rows.length;
  const recordRows: number[] = [];
  let seq = 0;
  for (const entry of layout.body) {
    if (Array.isArray(entry)) {
      rows.push(entry);
      continue;
    }
    seq++;
    rows.push(layout.columns.map((c) => (c.key === null ? seq : entry[c.key])));
    recordRows.push(rows.length);
  }
  const column = (key: string) => {
    const index = layout.columns.findIndex((c) => c.key === key);
    if (index < 0) throw new Error(`no column for ${key}`);
    return columnLetter(index);
  };
  const recordRow = (n: number) => {
    const row = recordRows[n];
    if (row === undefined) throw new Error(`no record ${n}`);
    return row;
  };
  return {
    rows,
    headerRow,
    recordRow,
    column,
    at: (code, n, key) => issueKey({ code, row: recordRow(n), column: column(key), field: key }),
  };
}
