import type { RawRow } from '../schema/core/cells.js';
import { type CsvSheetInfo, readCsv } from './csv.js';
import { ImportError } from './errors.js';
import { formatBytes, type ImportLimits, type ImportStats, newStats, resolveLimits } from './limits.js';
import type { SheetChooser } from './sheet-choice.js';
import type { TolerantKind, WorkbookSheetInfo } from './sheetjs.js';
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
  /** Decides between several sheets that may hold the data, from their first rows (see sheet-choice.ts). */
  chooseSheet?: SheetChooser;
  limits?: Partial<ImportLimits>;
}

export type ImportedSheetInfo = CsvSheetInfo | XlsxSheetInfo | WorkbookSheetInfo;

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
  const opened = await openByKind(input, sniff(bytes), limits, stats, opts);
  return { ...opened, rows: flatten(opened.batches), stats };
}

type Opened = Pick<OpenedSpreadsheet, 'info' | 'batches'>;

// exceljs and SheetJS take a few hundred milliseconds to load: a CSV (and its worker) never loads them.
async function openByKind(
  input: SpreadsheetInput,
  kind: ReturnType<typeof sniff>,
  limits: ImportLimits,
  stats: ImportStats,
  opts: OpenOptions,
): Promise<Opened> {
  if (kind === 'text') return readCsv(input.bytes, limits, stats);
  const sheetOpts = { preferredSheet: opts.preferredSheet, chooseSheet: opts.chooseSheet };
  if (kind === 'zip') {
    const streamed = await (await import('./xlsx.js')).readXlsx(input.bytes, limits, stats, sheetOpts);
    if (streamed) return streamed;
  }
  // What exceljs cannot stream: .xls/.et, an HTML table, an XLSX of a shape it misreads.
  const tolerant: TolerantKind = kind === 'zip' ? 'xlsx' : kind;
  const { readTolerant } = await import('./sheetjs.js');
  return readTolerant(input.bytes, tolerant, limits, stats, { ...sheetOpts, filename: input.filename });
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
