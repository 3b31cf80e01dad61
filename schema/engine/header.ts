import { columnLetter, type RawRow } from '../core/cells.js';
import type { DatasetDefinition, FieldDefinition } from '../core/dataset.js';
import type { IssueDraft } from '../core/issues.js';
import { buildLabelIndex, type LabelIndex, type MoneyUnit } from './labels.js';
import { findSheetUnit } from './sheet-unit.js';

/** How far down the header row may be (title rows, unit lines, instructions above it). */
export const HEADER_SCAN_ROWS = 30;

export interface ColumnBinding {
  field: FieldDefinition;
  /** 0-based column index. */
  index: number;
  column: string;
  /** The header text as found. */
  header: string;
  /** Money unit the header cell itself states, e.g. 评估值(元). */
  unit?: MoneyUnit;
}

export interface HeaderProblem {
  draft: IssueDraft;
  row?: number;
  column?: string;
  field?: FieldDefinition;
  value?: string;
}

export interface HeaderMatch {
  /** Excel row number of the header row. */
  headerRow: number;
  columns: ColumnBinding[];
  sheetUnit?: MoneyUnit;
  problems: HeaderProblem[];
  /** Per column index: whether the header (or the group title above it) names the column. */
  labelled: boolean[];
}

// Common columns of Chinese templates that carry no data of their own.
const IGNORED_HEADERS = /^(序号|序|编号序号|no\.?|#)$/i;

function headerText(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return String(cell);
  return '';
}

/** Number of distinct fields a row's cells name: how header-like the row is. */
export function headerScore(cells: readonly unknown[], index: LabelIndex): number {
  const seen = new Set<string>();
  for (const cell of cells) {
    const text = headerText(cell);
    if (text === '') continue;
    const m = index.match(text);
    if (m) seen.add(m.field.key);
  }
  return seen.size;
}

/** The header row among the scanned rows: the one naming most fields (at least two), first on ties. */
function pickHeaderRow(rows: readonly RawRow[], index: LabelIndex): number {
  let best = -1;
  let bestScore = 1;
  rows.forEach((row, i) => {
    const score = headerScore(row.cells, index);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * A second header row under group titles (年度薪酬 over 基本年薪, 绩效年薪): every filled cell names
 * a field the row above did not. Then the lower row is the header and the upper one fills its gaps.
 */
function isLowerHeaderRow(upper: RawRow, lower: RawRow | undefined, index: LabelIndex): boolean {
  if (!lower) return false;
  const upperFields = new Set<string>();
  for (const cell of upper.cells) {
    const m = index.match(headerText(cell));
    if (m) upperFields.add(m.field.key);
  }
  let fresh = 0;
  for (const cell of lower.cells) {
    const text = headerText(cell);
    if (text === '') continue;
    const m = index.match(text);
    if (!m || upperFields.has(m.field.key)) return false;
    fresh++;
  }
  return fresh > 0;
}

/**
 * Finds the header row in the first rows of a sheet and binds columns to fields. A two-row header
 * whose upper cells are merged vertically (blank below) is read by falling back to the row above.
 * Returns undefined when no row names at least two fields.
 */
export function matchHeader(def: DatasetDefinition, rows: readonly RawRow[]): HeaderMatch | undefined {
  const index = buildLabelIndex(def);
  let at = pickHeaderRow(rows.slice(0, HEADER_SCAN_ROWS), index);
  const picked = rows[at];
  if (picked && isLowerHeaderRow(picked, rows[at + 1], index)) at++;
  const header = rows[at];
  if (!header) return undefined;
  const above = rows[at - 1];
  const result: HeaderMatch = { headerRow: header.row, columns: [], problems: [], labelled: [] };
  const sheetUnit = findSheetUnit(rows.slice(0, at).map((r) => r.cells));
  if (sheetUnit) result.sheetUnit = sheetUnit;
  const width = Math.max(header.cells.length, above?.cells.length ?? 0);
  for (let i = 0; i < width; i++) {
    const own = headerText(header.cells[i]);
    const upper = headerText(above?.cells[i]);
    result.labelled[i] = own !== '' || upper !== '';
    bindColumn(result, index, i, own, upper);
  }
  for (const field of def.fields) {
    if (field.required && !result.columns.some((c) => c.field === field)) {
      result.problems.push({ draft: { code: 'missing-label' }, field });
    }
  }
  return result;
}

function bindColumn(result: HeaderMatch, index: LabelIndex, i: number, text: string, upper: string): void {
  const column = columnLetter(i);
  const row = result.headerRow;
  const own = text === '' ? undefined : index.match(text);
  const fromAbove = !own && upper !== '' ? index.match(upper) : undefined;
  const match =
    own ?? (fromAbove && !result.columns.some((c) => c.field === fromAbove.field) ? fromAbove : undefined);
  if (!match) {
    if (text !== '' && !IGNORED_HEADERS.test(text)) {
      result.problems.push({ draft: { code: 'extra-label' }, row, column, value: text });
    }
    return;
  }
  const first = result.columns.find((c) => c.field === match.field);
  if (first) {
    const draft = { code: 'duplicate-label', params: { first: first.column } };
    result.problems.push({ draft, row, column, field: match.field, value: text });
    return;
  }
  const binding: ColumnBinding = { field: match.field, index: i, column, header: own ? text : upper };
  if (match.unit) binding.unit = match.unit;
  result.columns.push(binding);
}
