import type { RawRow } from '../schema/core/cells.js';
import { type CsvSheetInfo, readCsv } from './csv.js';
import { ImportError } from './errors.js';
import { formatBytes, type ImportLimits, type ImportStats, newStats, resolveLimits } from './limits.js';
import { sniff } from './sniff.js';
import type { XlsxSheetInfo } from './xlsx.js';

export interface SpreadsheetInput {
  bytes: Uint8Array;
  /** Only used in messages: the format is decided by content, never by extension. */
  filename?: string;
}

export interface OpenOptions {
  /** The template's sheet name; read when present, else the first visible sheet. */
  preferredSheet?: string;
  limits?: Partial<ImportLimits>;
}

export type ImportedSheetInfo = CsvSheetInfo | XlsxSheetInfo;

export interface OpenedSpreadsheet {
  info: ImportedSheetInfo;
  /**
   * Non-blank rows in order, streamed in arrays; throws ImportError on hostile input. Iterate
   * either `batches` or `rows`, once.
   */
  batches: AsyncIterable<RawRow[]>;
  /** The same rows one at a time: simpler, and slower by a promise per row. */
  rows: AsyncIterable<RawRow>;
  /** Filled in while `rows` is iterated: complete once iteration ends. */
  stats: ImportStats;
}

/**
 * Bytes in, rows of raw cells out. Every refusal is an ImportError with a stable code; any
 * other exception escaping from here or from iterating `rows` is a bug.
 */
export async function openSpreadsheet(
  input: SpreadsheetInput,
  opts: OpenOptions = {},
): Promise<OpenedSpreadsheet> {
  const limits = resolveLimits(opts.limits);
  const { bytes } = input;
  if (bytes.byteLength > limits.maxBytes) {
    throw new ImportError('file-too-large', {
      size: formatBytes(bytes.byteLength),
      limit: formatBytes(limits.maxBytes),
    });
  }
  const stats = newStats();
  // exceljs takes a few hundred milliseconds to load: a CSV (and the worker that reads it) never does.
  const opened =
    sniff(bytes) === 'zip'
      ? await (await import('./xlsx.js')).readXlsx(bytes, limits, stats, opts.preferredSheet)
      : readCsv(bytes, limits, stats);
  return { ...opened, rows: flatten(opened.batches), stats };
}

async function* flatten(batches: AsyncIterable<RawRow[]>): AsyncGenerator<RawRow> {
  for await (const batch of batches) yield* batch;
}

/** Convenience for tests and small files: every row in memory. */
export async function readAllRows(opened: OpenedSpreadsheet): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const batch of opened.batches) rows.push(...batch);
  return rows;
}

export { ImportError };
