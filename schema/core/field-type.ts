import type { CellValue } from './cells.js';
import type { IssueDraft } from './issues.js';
import type { Localized } from './localized.js';

/**
 * Typed values, one representation per kind, chosen so that nothing is ever a float:
 * - text, enum keys, USCC, resident ID, region code: string
 * - integer, year: number (safe integers only)
 * - decimal, money, percent: string in canonical form ('1234.5', '-0.25'), never a JS number
 * - date: 'YYYY-MM-DD'; date-time: 'YYYY-MM-DDTHH:mm:ss' (local, Asia/Shanghai); year-month: 'YYYY-MM'
 * - boolean: boolean
 * - a year-month or date cell reading 至今 ("to date"): the string 'OPEN'
 */
export type TypedValue = string | number | boolean;

export interface ParseContext {
  /** The workbook uses the 1904 date system (affects serial numbers). */
  date1904: boolean;
  /**
   * Scale stated by the sheet's unit line (e.g. `单位：元` → 'yuan') when it differs from the
   * column's own unit; money types convert exactly.
   */
  sheetUnit?: 'yuan' | 'wan' | 'yi';
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'; injected so tests are deterministic. */
  today: string;
  /** Excel number format of the cell being parsed, when the importer knows it (RawRow.numFmts). */
  numFmt?: string;
}

export type ParseResult =
  /** value null means the cell is empty (blank or a placeholder such as `-`, `暂无`). */
  { ok: true; value: TypedValue | null; warnings?: IssueDraft[] } | { ok: false; issue: IssueDraft };

/** How a field type appears in derived artefacts (GraphQL, SQL, Table Schema). */
export interface FieldTypeMeta {
  /** Short name used in docs and Table Schema descriptions: 'text', 'money', 'date', … */
  kind: string;
  /** GraphQL scalar for the typed value. */
  graphql: 'String' | 'Int' | 'Boolean' | 'Decimal' | 'Date' | 'DateTime' | 'YearMonth';
  /** PostgreSQL column type for the per-dataset table. */
  sql: 'text' | 'integer' | 'numeric' | 'date' | 'timestamp' | 'boolean';
  /** Frictionless Table Schema type and format. */
  tableSchema: { type: string; format?: string; constraints?: Record<string, unknown> };
  /** Input hint shown in the blank template, e.g. { zh: '日期，如 2024-01-31', en: 'date, e.g. 2024-01-31' }. */
  hint: Localized;
  /** Allowed values for dropdowns (enums and booleans), as their zh labels. */
  choices?: { key: string; label: Localized }[];
  /** Store as text in the XLSX template (ID and code columns, so Excel keeps leading zeros and all digits). */
  textFormat?: boolean;
  /** The value may be 'OPEN' (至今, an open end): downloads show 至今, the JSON download null. */
  openEnded?: boolean;
  /** Text columns: a name (no `?` belongs in it) or free text (scanned for personal data). */
  textContent?: 'name' | 'free-text';
}

/** A field type: one small module that reads a raw cell into a typed value or an issue. */
export interface FieldType extends FieldTypeMeta {
  parse(cell: CellValue, ctx: ParseContext): ParseResult;
}
