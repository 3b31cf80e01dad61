import type { RawRow, SheetInfo } from '../core/cells.js';
import type { DatasetDefinition } from '../core/dataset.js';
import type { Issue } from '../core/issues.js';
import { HEADER_SCAN_ROWS, type HeaderMatch, matchHeader } from './header.js';
import { headerIssues, headerNotFound, noData } from './header-issues.js';
import type { ValidateOptions, ValidationReport } from './report.js';
import { createRowProcessor, type RowProcessor } from './row-processor.js';

/** Rows in memory, or a stream of row arrays as importers produce them (`OpenedSpreadsheet.batches`). */
export type RowSource = Iterable<RawRow> | AsyncIterable<readonly RawRow[]>;

/**
 * Validates a stream of raw rows against a dataset definition. Rows are buffered only until the
 * header row is known (at most HEADER_SCAN_ROWS); after that each row is parsed, checked and
 * dropped, so memory holds just the uniqueness keys and the issues, whatever the row count.
 */
export async function validateRows(
  def: DatasetDefinition,
  info: SheetInfo,
  rows: RowSource,
  opts: ValidateOptions,
): Promise<ValidationReport> {
  const issues: Issue[] = [];
  const buffer: RawRow[] = [];
  let header: HeaderMatch | undefined;
  let processor: RowProcessor | undefined;
  let decided = false;
  const start = (): void => {
    decided = true;
    header = matchHeader(def, buffer);
    if (!header) return;
    issues.push(...headerIssues(header));
    processor = createRowProcessor(def, info, header, opts, issues);
    for (const raw of buffer) if (raw.row > header.headerRow) processor.process(raw);
    buffer.length = 0;
  };
  const batches = Symbol.asyncIterator in rows ? rows : [rows];
  reading: for await (const batch of batches) {
    for (const raw of batch) {
      if (processor) {
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
  return finish(def, info, header, processor?.rowCount() ?? 0, issues);
}

function finish(
  def: DatasetDefinition,
  info: SheetInfo,
  header: HeaderMatch | undefined,
  rowCount: number,
  issues: Issue[],
): ValidationReport {
  if (!header) issues.push(headerNotFound(def));
  else if (rowCount === 0) issues.push(noData(header.headerRow));
  let errorCount = 0;
  for (const issue of issues) if (issue.severity === 'error') errorCount++;
  const report: ValidationReport = {
    dataset: def.key,
    format: info.format,
    headerRow: header?.headerRow ?? 0,
    rowCount,
    errorCount,
    warningCount: issues.length - errorCount,
    issues,
    columns: (header?.columns ?? []).map((c) => ({ field: c.field.key, column: c.column })),
  };
  if (info.encoding !== undefined) report.encoding = info.encoding;
  if (info.sheetName !== undefined) report.sheetName = info.sheetName;
  return report;
}
