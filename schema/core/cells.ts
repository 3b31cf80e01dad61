import type { Localized } from './localized.js';

/**
 * The boundary between importers/ and schema/: importers turn bytes into rows of raw cells and
 * know nothing about datasets; schema/ turns raw cells into typed values and issues.
 */

/** A cell as the spreadsheet holds it. CSV cells are always strings; XLSX cells keep their type. */
export type CellValue = string | number | boolean | Date | null;

export interface RawRow {
  /** The row number Excel shows (1-based, title and header rows counted). */
  row: number;
  /** Index 0 is column A. Trailing empty cells may be absent. */
  cells: CellValue[];
  /**
   * XLSX only, optional: the Excel number format of each cell where known (e.g. '0.00%'), parallel
   * to `cells`. Excel stores a cell showing 12% as 0.12; the format is how percent fields tell it
   * apart from a plain 0.12 typed into a `(%)` column. Importers may instead pass such cells as the
   * text Excel shows ('12%'), which needs no format.
   */
  numFmts?: (string | undefined)[];
  /**
   * XLSX only, optional: true where the cell holds a formula's cached result, parallel to `cells`.
   * A row whose only content is computed (a template row whose 合计 formula shows 0) was never
   * filled in, so it is blank rather than a record missing everything.
   */
  computed?: boolean[];
}

/** A sheet of the workbook that was not read, and why (shown to the filer and the reviewer). */
export interface IgnoredSheet {
  name: string;
  reason: Localized;
}

/** What the file really is: the container and producer, not the extension it was given. */
export type FileFormat = 'csv' | 'xlsx' | 'xls' | 'et' | 'html';

/** What an importer knows about the whole file, needed to read cells correctly. */
export interface SheetInfo {
  format: FileFormat;
  /** CSV only: the encoding actually used to decode, e.g. 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le'. */
  encoding?: string;
  /** Workbooks only: the sheet that was read. */
  sheetName?: string;
  /** Workbooks only: every other sheet, with the reason it was not read. */
  ignoredSheets?: IgnoredSheet[];
  /** XLSX only: workbook uses the 1904 date system (serial 0 = 1904-01-01). */
  date1904?: boolean;
}

/** Excel column letter for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
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
