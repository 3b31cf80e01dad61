import { renderIssue } from '../catalogue.js';
import type { CellValue, RawRow, SheetInfo } from '../core/cells.js';
import type { DatasetDefinition, RuleContext, TypedRow } from '../core/dataset.js';
import type { FieldType, ParseContext, TypedValue } from '../core/field-type.js';
import type { Issue, IssueDraft } from '../core/issues.js';
import type { Localized } from '../core/localized.js';
import { excelNumberText } from '../fields/normalize.js';
import type { ColumnBinding, HeaderMatch } from './header.js';
import type { IssueSink } from './issue-budget.js';

/** A matched column with everything precomputed, so the per-cell loop only parses. */
export interface CompiledColumn {
  key: string;
  label: Localized;
  type: FieldType;
  required: boolean;
  index: number;
  column: string;
  /** Reused for every cell of the column; only numFmt changes between rows. */
  ctx: ParseContext;
}

export function compileColumns(match: HeaderMatch, info: SheetInfo, today: string): CompiledColumn[] {
  return match.columns.map((binding: ColumnBinding) => {
    const ctx: ParseContext = { date1904: info.date1904 === true, today };
    // A unit written in the header cell beats the sheet's unit line: it is closer to the numbers.
    const unit = binding.field.type.kind === 'money' ? (binding.unit ?? match.sheetUnit) : undefined;
    if (unit) ctx.sheetUnit = unit;
    return {
      key: binding.field.key,
      label: binding.field.label,
      type: binding.field.type,
      required: binding.field.required === true,
      index: binding.index,
      column: binding.column,
      ctx,
    };
  });
}

/** The cell as the user sees it, for the `value` of an issue. */
export function displayValue(cell: CellValue | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') return cell.trim() === '' ? undefined : cell.trim();
  if (typeof cell === 'number') return excelNumberText(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const iso = Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

function cellIssue(col: CompiledColumn, raw: RawRow, draft: IssueDraft): Issue {
  const value = displayValue(raw.cells[col.index]);
  const location = { row: raw.row, column: col.column, field: col.key, label: col.label };
  return renderIssue(draft, value === undefined ? location : { ...location, value });
}

export interface ParsedRow {
  values: Record<string, TypedValue | null>;
  /** Fields whose cell was filled but unreadable; undefined when none. */
  invalid: Set<string> | undefined;
}

/**
 * An object with every matched field, in column order, all null: each row's values start as a copy,
 * so every row object has the same shape and filling it never adds a property (adding seventeen
 * properties one by one to an empty object was the most expensive line of the row loop).
 */
export function rowShape(columns: readonly CompiledColumn[]): Readonly<Record<string, null>> {
  return Object.fromEntries(columns.map((col) => [col.key, null]));
}

/** Parses every matched cell of a row, pushing type, constraint and required issues. */
export function parseRow(
  columns: readonly CompiledColumn[],
  shape: Readonly<Record<string, null>>,
  raw: RawRow,
  issues: IssueSink,
): ParsedRow {
  const values: Record<string, TypedValue | null> = { ...shape };
  let invalid: Set<string> | undefined;
  const fmts = raw.numFmts;
  for (const col of columns) {
    if (fmts || col.ctx.numFmt !== undefined) col.ctx.numFmt = fmts?.[col.index];
    const result = col.type.parse(raw.cells[col.index] ?? null, col.ctx);
    if (!result.ok) {
      values[col.key] = null;
      invalid ??= new Set();
      invalid.add(col.key);
      issues.push(cellIssue(col, raw, result.issue));
      continue;
    }
    values[col.key] = result.value;
    if (result.value === null && col.required) issues.push(cellIssue(col, raw, { code: 'required-missing' }));
    if (result.warnings) for (const w of result.warnings) issues.push(cellIssue(col, raw, w));
  }
  return { values, invalid };
}

/** Runs the dataset's rules on a typed row; each finding is located at its field's column. */
export function applyRules(
  def: DatasetDefinition,
  columnsByKey: ReadonlyMap<string, CompiledColumn>,
  raw: RawRow,
  values: TypedRow,
  ctx: RuleContext,
  issues: IssueSink,
): void {
  for (const rule of def.rules) {
    const drafts = rule.check(values, ctx);
    for (const draft of drafts) {
      const key = draft.field ?? rule.fields[0] ?? '';
      const col = columnsByKey.get(key);
      const label = def.fields.find((f) => f.key === key)?.label;
      const value = col ? displayValue(raw.cells[col.index]) : undefined;
      const location = {
        row: raw.row,
        field: key,
        ...(col ? { column: col.column } : {}),
        ...(label ? { label } : {}),
        ...(value !== undefined ? { value } : {}),
      };
      // A rule may also report a catalogue code (calendar-year-unknown), rendered with its template.
      const template = draft.code === rule.code ? rule.message : undefined;
      issues.push(renderIssue({ severity: rule.severity, ...draft, field: key }, location, template));
    }
  }
}
