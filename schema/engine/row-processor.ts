import { defaultCalendar } from '../calendar/index.js';
import { renderIssue } from '../catalogue.js';
import { defaultConfig } from '../config.js';
import type { RawRow, SheetInfo } from '../core/cells.js';
import type { DatasetDefinition, RuleContext } from '../core/dataset.js';
import { isEmptyCell, trimCell } from '../fields/normalize.js';
import { extraCellIssue } from './extra-cells.js';
import type { HeaderMatch } from './header.js';
import type { IssueCollector } from './issue-budget.js';
import { junkGuard } from './junk-guard.js';
import type { ValidateOptions } from './report.js';
import { isColumnNumberRow, isNoteContinuation, isNoteStart, isSummaryRow } from './row-kinds.js';
import { applyRules, type CompiledColumn, compileColumns, parseRow, rowShape } from './row-validator.js';
import { uniqueTracker } from './unique.js';

export interface RowProcessor {
  process(raw: RawRow): void;
  rowCount(): number;
  /** Set once the first rows show the file is not this template: read no further. */
  stoppedAtRow(): number | undefined;
}

/**
 * Blank when every matched column is empty, a placeholder or a formula's result: a pre-numbered
 * 序号 alone, or a template row whose 合计 formula shows 0, was never filled in.
 */
function isBlank(columns: readonly CompiledColumn[], raw: RawRow): boolean {
  const computed = raw.computed;
  for (const col of columns) {
    if (!isEmptyCell(raw.cells[col.index] ?? null) && computed?.[col.index] !== true) return false;
  }
  return true;
}

/**
 * Same text as the header in most matched columns: a header repeated further down (printing).
 * Stops as soon as a majority is out of reach, which on a data row is about halfway.
 */
function isRepeatedHeader(
  columns: readonly CompiledColumn[],
  header: readonly string[],
  raw: RawRow,
): boolean {
  const needed = (columns.length >> 1) + 1;
  let same = 0;
  for (let i = 0; i < columns.length && same + columns.length - i >= needed; i++) {
    const cell = raw.cells[columns[i]?.index ?? -1];
    if (typeof cell === 'string' && trimCell(cell) === header[i]) same++;
  }
  return same >= needed;
}

export function createRowProcessor(
  def: DatasetDefinition,
  info: SheetInfo,
  header: HeaderMatch,
  opts: ValidateOptions,
  issues: IssueCollector,
): RowProcessor {
  const columns = compileColumns(header, info, opts.today);
  const shape = rowShape(columns);
  const headerTexts = header.columns.map((c) => c.header.trim());
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const baseCtx: RuleContext = {
    today: opts.today,
    calendar: opts.calendar ?? defaultCalendar,
    config: opts.config ?? defaultConfig,
  };
  const checkUnique = uniqueTracker(def);
  const firstKey = def.uniqueKeys.map((k) => k[0] ?? '');
  const junk = junkGuard(columns.length);
  let stoppedAt: number | undefined;
  let inNotes = false;
  let count = 0;
  const process = (raw: RawRow): void => {
    if (isBlank(columns, raw)) return;
    if (inNotes && isNoteContinuation(raw.cells)) return;
    inNotes = isNoteStart(raw.cells);
    if (inNotes || isSummaryRow(raw.cells) || isRepeatedHeader(columns, headerTexts, raw)) return;
    if (isColumnNumberRow(raw.cells)) return;
    count++;
    const errorsBefore = issues.errors;
    const extra = extraCellIssue(header.labelled, raw);
    if (extra) issues.push(extra);
    const { values, invalid } = parseRow(columns, shape, raw, issues);
    if (junk.shouldStop(issues.errors - errorsBefore) && stoppedAt === undefined) stoppedAt = raw.row;
    const ctx = invalid ? { ...baseCtx, invalidFields: invalid } : baseCtx;
    applyRules(def, byKey, raw, values, ctx, issues);
    for (const hit of checkUnique(values, raw.row, invalid)) {
      const key = hit.fields[0] ?? firstKey[0] ?? '';
      const labels = labelList(def, hit.fields);
      const col = byKey.get(key);
      const location = { row: raw.row, field: key, ...(col ? { column: col.column } : {}) };
      issues.push(
        renderIssue({ code: 'unique-error', params: { firstRow: hit.firstRow, labels } }, location),
      );
    }
    opts.onRow?.({ row: raw.row, values });
  };
  return { process, rowCount: () => count, stoppedAtRow: () => stoppedAt };
}

function labelList(def: DatasetDefinition, keys: string[]) {
  const labels = keys.map((k) => def.fields.find((f) => f.key === k)?.label ?? { zh: k, en: k });
  return {
    zh: labels.map((l) => `「${l.zh}」`).join(''),
    en: labels.map((l) => `"${l.en}"`).join(' + '),
  };
}
