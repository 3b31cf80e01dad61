import { renderIssue } from '../catalogue.js';
import type { RawRow, SheetInfo } from '../core/cells.js';
import type { DatasetDefinition } from '../core/dataset.js';
import { HEADER_SCAN_ROWS, type HeaderMatch, matchHeader } from './header.js';
import { headerIssues, headerNotFound, noData } from './header-issues.js';
import { IssueCollector } from './issue-budget.js';
import { JUNK_PROBE } from './junk-guard.js';
import type { ValidateOptions, ValidationReport } from './report.js';
import { createRowProcessor, type RowProcessor } from './row-processor.js';

/** Rows in memory, or a stream of row arrays as importers produce them (`OpenedSpreadsheet.batches`). */
export type RowSource = Iterable<RawRow> | AsyncIterable<readonly RawRow[]>;

/**
 * Validates a stream of raw rows against a dataset definition. Rows are buffered only until the
 * header row is known (at most HEADER_SCAN_ROWS); after that each row is parsed, checked and
 * dropped, so memory holds just the uniqueness keys and a bounded number of issues (ISSUE_LIMITS;
 * the rest are counted), whatever the row count. A file whose first rows are junk is not read on.
 */
export async function validateRows(
  def: DatasetDefinition,
  info: SheetInfo,
  rows: RowSource,
  opts: ValidateOptions,
): Promise<ValidationReport> {
  const issues = new IssueCollector();
  const buffer: RawRow[] = [];
  let header: HeaderMatch | undefined;
  let processor: RowProcessor | undefined;
  let decided = false;
  const stopped = () => processor?.stoppedAtRow() !== undefined;
  const start = (): void => {
    decided = true;
    header = matchHeader(def, buffer);
    if (!header) return;
    issues.push(...headerIssues(header));
    processor = createRowProcessor(def, info, header, opts, issues);
    for (const raw of buffer) if (raw.row > header.headerRow && !stopped()) processor.process(raw);
    buffer.length = 0;
  };
  const batches = Symbol.asyncIterator in rows ? rows : [rows];
  reading: for await (const batch of batches) {
    for (const raw of batch) {
      if (processor) {
        if (stopped()) break reading;
        processor.process(raw);
        continue;
      }
      buffer.push(raw);
      if (buffer.length >= HEADER_SCAN_ROWS) {
        start();
        if (!header) break reading;
      }
    }
  }
  if (!decided) start();
  const stoppedAt = processor?.stoppedAtRow();
  if (stoppedAt !== undefined) issues.pushFirst(notTheTemplate(stoppedAt));
  return finish(def, info, header, processor?.rowCount() ?? 0, issues);
}

function notTheTemplate(row: number) {
  const params = { rows: JUNK_PROBE.rows, lastRow: row };
  return renderIssue({ code: 'not-the-template', params }, {});
}

function finish(
  def: DatasetDefinition,
  info: SheetInfo,
  header: HeaderMatch | undefined,
  rowCount: number,
  issues: IssueCollector,
): ValidationReport {
  if (!header) issues.push(headerNotFound(def));
  else if (rowCount === 0) issues.push(noData(header.headerRow));
  const report: ValidationReport = {
    dataset: def.key,
    format: info.format,
    headerRow: header?.headerRow ?? 0,
    rowCount,
    errorCount: issues.errors,
    warningCount: issues.warnings,
    issues: issues.kept,
    issueSummary: issues.summary(),
    columns: (header?.columns ?? []).map((c) => ({ field: c.field.key, column: c.column })),
  };
  if (info.encoding !== undefined) report.encoding = info.encoding;
  if (info.sheetName !== undefined) report.sheetName = info.sheetName;
  if (info.ignoredSheets !== undefined) report.ignoredSheets = info.ignoredSheets;
  return report;
}
