import { DEFAULT_LIMITS, type ImportStats } from '../../importers/limits.js';
import { type OpenedSpreadsheet, openSpreadsheet } from '../../importers/open.js';
import type { WorkerContext } from '../../importers/worker/protocol.js';
import { type CalendarDayOverride, calendarWithOverrides } from '../../schema/calendar/index.js';
import { renderIssue } from '../../schema/catalogue.js';
import type { RawRow, SheetInfo } from '../../schema/core/cells.js';
import type { DatasetDefinition, TypedRow } from '../../schema/core/dataset.js';
import type { Issue } from '../../schema/core/issues.js';
import { getDataset } from '../../schema/datasets/index.js';
import { type ValidationReport, validateRows } from '../../schema/engine/index.js';

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
  const first = await validateSheet(def, input, context, def.sheetName);
  if (!hasNoRecords(first.report) || first.info.format !== 'xlsx') return first.report;
  // The sheet read first has no table (a 填报说明 sheet before the data, or the blank template kept
  // next to a filled copy): the first other visible sheet with records is the submission.
  for (const sheet of first.info.otherSheets ?? []) {
    const next = await validateSheet(def, input, context, sheet);
    if (!hasNoRecords(next.report)) return next.report;
  }
  return first.report;
}

/** No header, or a header with nothing under it: no rows were emitted. */
function hasNoRecords(report: ValidationReport): boolean {
  return (
    report.rowCount === 0 && report.issues.some((i) => i.code === 'header-not-found' || i.code === 'no-data')
  );
}

async function validateSheet(
  def: DatasetDefinition,
  input: ValidateFileInput,
  context: WorkerContext<ValidatedRow[]>,
  preferredSheet: string,
): Promise<{ report: ValidationReport; info: OpenedSpreadsheet['info'] }> {
  const opened = await openSpreadsheet(
    { bytes: input.bytes, ...(input.filename ? { filename: input.filename } : {}) },
    { preferredSheet },
  );
  const size = input.batchSize ?? 2000;
  let batch: ValidatedRow[] = [];
  // Flushing between rows (not inside onRow, which is synchronous) lets the emit wait for the
  // main thread, so a slow database holds the parser back instead of piling rows up in memory.
  async function* flushing(batches: AsyncIterable<RawRow[]>): AsyncIterable<RawRow[]> {
    for await (const rows of batches) {
      if (batch.length >= size) {
        await context.emit(batch);
        batch = [];
      }
      yield rows;
    }
  }
  const strangers: ValidatedRow[] = [];
  const codeField = def.enterpriseCodeField;
  const permitted = input.permittedEnterpriseCodes ? new Set(input.permittedEnterpriseCodes) : undefined;
  const report = await validateRows(def, opened.info as SheetInfo, flushing(opened.batches), {
    today: input.today,
    calendar: calendarWithOverrides(input.calendarOverrides),
    onRow: (row) => {
      const code = codeField ? row.values[codeField] : undefined;
      if (permitted && typeof code === 'string' && !permitted.has(code)) strangers.push(row);
      batch.push(row);
    },
  });
  if (batch.length > 0) await context.emit(batch);
  const extra = importerWarnings(opened.stats);
  if (codeField && strangers.length > 0) {
    extra.push(...strangerIssues(def, codeField, report, strangers, input.permittedEnterpriseCodes ?? []));
  }
  return { report: extra.length > 0 ? withIssues(report, extra) : report, info: opened.info };
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

function withIssues(report: ValidationReport, extra: Issue[]): ValidationReport {
  const issues = [...report.issues, ...extra].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const errors = extra.filter((i) => i.severity === 'error').length;
  return {
    ...report,
    issues,
    errorCount: report.errorCount + errors,
    warningCount: report.warningCount + extra.length - errors,
  };
}
