import { DEFAULT_LIMITS, type ImportStats } from '../../importers/limits.js';
import { type OpenedSpreadsheet, openSpreadsheet } from '../../importers/open.js';
import type { WorkerContext } from '../../importers/worker/protocol.js';
import { type CalendarDayOverride, calendarWithOverrides } from '../../schema/calendar/index.js';
import { renderIssue } from '../../schema/catalogue.js';
import type { RawRow, SheetInfo } from '../../schema/core/cells.js';
import type { DatasetDefinition, TypedRow } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { getDataset } from '../../schema/datasets/index.js';
import { collectorOf, ISSUE_LIMITS, type ValidationReport, validateRows } from '../../schema/engine/index.js';
import { sheetChooser } from './choose-sheet.js';
import { estimateRows, rowsReadCounter } from './rows-read.js';

export interface ValidateFileInput {
  bytes: Uint8Array;
  filename?: string;
  /** Dataset key, e.g. 'executive-pay'. */
  dataset: string;
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
  /** USCCs the uploader may report for; rows naming another enterprise are errors. Unset: no check. */
  permittedEnterpriseCodes?: string[];
  /** Days regulators added to the built-in holiday calendar (plain data: this crosses into the worker). */
  calendarOverrides?: CalendarDayOverride[];
  /** Typed rows per emitted batch. */
  batchSize?: number;
}

export interface ValidatedRow {
  row: number;
  values: TypedRow;
}

/**
 * Bytes in, typed rows (in batches, through `context.emit`) and the report out. Runs in a worker
 * thread for uploads; the CLI may call it in-process. Throws ImportError when the file cannot be
 * read at all.
 */
export async function validateFile(
  input: ValidateFileInput,
  context: WorkerContext<ValidatedRow[]>,
): Promise<ValidationReport> {
  const def = getDataset(input.dataset);
  if (!def) throw new Error(`unknown dataset ${input.dataset}`);
  // One open, one read of the data: when several sheets could hold it, the importer samples them
  // all in one pass and the chooser picks on evidence (choose-sheet.ts), before any row is emitted.
  const chooser = sheetChooser(def);
  const opened = await openSpreadsheet(
    { bytes: input.bytes, ...(input.filename ? { filename: input.filename } : {}) },
    { preferredSheet: def.sheetName, chooseSheet: chooser.choose },
  );
  const report = await validateOpened(def, input, context, opened);
  const full = chooser.warnings.length > 0 ? withIssues(report, chooser.warnings, 0) : report;
  return withSheet(full, opened.info.sheetName);
}

/** Every issue of a workbook names its sheet: the sheet read, unless it is about another one. */
function withSheet(report: ValidationReport, sheet: string | undefined): ValidationReport {
  if (sheet === undefined) return report;
  return { ...report, issues: report.issues.map((i) => (i.sheet === undefined ? { ...i, sheet } : i)) };
}

async function validateOpened(
  def: DatasetDefinition,
  input: ValidateFileInput,
  context: WorkerContext<ValidatedRow[]>,
  opened: OpenedSpreadsheet,
): Promise<ValidationReport> {
  const size = input.batchSize ?? 2000;
  let batch: ValidatedRow[] = [];
  const progress = context.progress;
  const countRows = rowsReadCounter(progress, progress ? estimateRows(input.bytes, opened.info) : null);
  // Flushing between rows (not inside onRow, which is synchronous) lets the emit wait for the
  // main thread, so a slow database holds the parser back instead of piling rows up in memory.
  async function* flushing(batches: AsyncIterable<RawRow[]>): AsyncIterable<RawRow[]> {
    for await (const rows of batches) {
      countRows.add(rows.length);
      if (batch.length >= size) {
        await context.emit(batch);
        batch = [];
      }
      yield rows;
    }
  }
  // Only as many as can be listed are kept; the rest are counted (ISSUE_LIMITS).
  const strangers: ValidatedRow[] = [];
  let moreStrangers = 0;
  const codeField = def.enterpriseCodeField;
  const permitted = input.permittedEnterpriseCodes ? new Set(input.permittedEnterpriseCodes) : undefined;
  const report = await validateRows(def, opened.info as SheetInfo, flushing(opened.batches), {
    today: input.today,
    calendar: calendarWithOverrides(input.calendarOverrides),
    onRow: (row) => {
      const code = codeField ? row.values[codeField] : undefined;
      if (permitted && typeof code === 'string' && !permitted.has(code)) {
        if (strangers.length < ISSUE_LIMITS.perCode) strangers.push(row);
        else moreStrangers++;
      }
      batch.push(row);
    },
  });
  if (batch.length > 0) await context.emit(batch);
  countRows.finish();
  const extra = [...importerWarnings(opened.stats), ...mixedEncodingIssues(opened.info)];
  if (codeField && strangers.length > 0) {
    extra.push(...strangerIssues(def, codeField, report, strangers, input.permittedEnterpriseCodes ?? []));
  }
  return extra.length > 0 || moreStrangers > 0 ? withIssues(report, extra, moreStrangers) : report;
}

const ENCODING_NAMES = { 'utf-8': 'UTF-8', gb18030: 'GBK/GB18030' } as const;

/** Rows in the other encoding would be stored as mojibake: each is an error at its row. */
function mixedEncodingIssues(info: OpenedSpreadsheet['info']): Issue[] {
  const mixed = 'mixedEncoding' in info ? info.mixedEncoding : undefined;
  if (!mixed) return [];
  const params = {
    fileEncoding: ENCODING_NAMES[mixed.fileEncoding],
    rowEncoding: ENCODING_NAMES[mixed.rowEncoding],
  };
  return mixed.rows.map((row) => renderIssue({ code: 'mixed-encoding', params }, { row }));
}

/** What the importer skipped becomes a warning: nothing is dropped silently. */
function importerWarnings(stats: ImportStats): Issue[] {
  const issues: Issue[] = [];
  if (stats.stoppedAfterBlankRun !== undefined) {
    const params = { count: DEFAULT_LIMITS.maxBlankRun };
    issues.push(
      renderIssue({ code: 'stopped-after-blank-rows', params }, { row: stats.stoppedAfterBlankRun }),
    );
  }
  if (stats.formulasWithoutResult > 0) {
    const params = { count: stats.formulasWithoutResult };
    issues.push(renderIssue({ code: 'formula-without-result', params }, {}));
  }
  return issues;
}

/** Rows naming an enterprise the uploader may not report for, located at the code's cell. */
function strangerIssues(
  def: DatasetDefinition,
  field: string,
  report: ValidationReport,
  rows: ValidatedRow[],
  permitted: string[],
): Issue[] {
  const column = report.columns.find((c) => c.field === field)?.column;
  const label = def.fields.find((f) => f.key === field)?.label;
  return rows.map((row) =>
    renderIssue(
      { code: 'enterprise-not-permitted', field, params: { own: permitted.join('、') } },
      {
        row: row.row,
        field,
        value: String(row.values[field]),
        ...(column ? { column } : {}),
        ...(label ? { label } : {}),
      },
    ),
  );
}

/** Adds issues under the same bounds as the validator's; `moreStrangers` are counted only. */
function withIssues(report: ValidationReport, extra: Issue[], moreStrangers: number): ValidationReport {
  const collector = collectorOf(report.issues, report.issueSummary);
  collector.push(...extra);
  collector.countOnly('enterprise-not-permitted', 'error', moreStrangers);
  return {
    ...report,
    issues: collector.kept.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    issueSummary: collector.summary(),
    errorCount: collector.errors,
    warningCount: collector.warnings,
  };
}
