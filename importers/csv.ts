import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { CellValue, RawRow, SheetInfo } from '../schema/core/cells.js';
import { decodeChunks, detectEncoding } from './decode.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';
import { RowGuard } from './row-guard.js';

export type CsvDelimiter = ',' | '\t' | ';';

export interface CsvSheetInfo extends SheetInfo {
  format: 'csv';
  delimiter: CsvDelimiter;
}

interface CsvRecord {
  record: string[];
  info: { records: number };
}

const SAMPLE_CHARS = 64 * 1024;

/**
 * Chinese Excel writes commas; Excel's "Unicode text" export writes tabs (UTF-16LE); European
 * locales write semicolons. The delimiter occurring most often in the first 64K characters wins,
 * commas winning ties, and the choice is reported in the sheet info.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const text = sample.slice(0, SAMPLE_CHARS).replace(/"[^"]*"/g, '');
  const count = (char: string): number => text.split(char).length - 1;
  const candidates: CsvDelimiter[] = [',', '\t', ';'];
  let best: CsvDelimiter = ',';
  for (const candidate of candidates) if (count(candidate) > count(best)) best = candidate;
  return best;
}

function firstChunk(bytes: Uint8Array, label: Parameters<typeof decodeChunks>[1]): string {
  for (const text of decodeChunks(bytes.subarray(0, SAMPLE_CHARS * 4), label)) return text;
  return '';
}

export function readCsv(
  bytes: Uint8Array,
  limits: ImportLimits,
  stats: ImportStats,
): { info: CsvSheetInfo; rows: AsyncIterable<RawRow> } {
  const detected = detectEncoding(bytes);
  const delimiter = detectDelimiter(firstChunk(bytes, detected));
  const info: CsvSheetInfo = { format: 'csv', encoding: detected.encoding, delimiter };
  const rows = iterateCsv(Readable.from(decodeChunks(bytes, detected)), delimiter, limits, stats);
  return { info, rows };
}

async function* iterateCsv(
  text: Readable,
  delimiter: CsvDelimiter,
  limits: ImportLimits,
  stats: ImportStats,
): AsyncGenerator<RawRow> {
  const parser = text.pipe(
    parse({
      delimiter,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: limits.maxCellChars * 16,
    }),
  );
  const guard = new RowGuard(limits, stats);
  try {
    for await (const { record, info } of parser as AsyncIterable<CsvRecord>) {
      // info.records is the 1-based record ordinal: the row number Excel shows, even when a
      // quoted cell spans several physical lines.
      const accepted = guard.accept(info.records, record as CellValue[]);
      if (accepted === 'stop') break;
      if (accepted) yield accepted;
    }
  } catch (error) {
    throw toImportError(error);
  } finally {
    parser.destroy();
    text.destroy();
  }
}

function toImportError(error: unknown): unknown {
  if (!(error instanceof CsvError)) return error;
  const records = (error as CsvError & { records?: number }).records ?? 0;
  const detail =
    error.code === 'CSV_MAX_RECORD_SIZE'
      ? 'a record is far too long, probably an unclosed quote'
      : error.message;
  return new ImportError('malformed-csv', { detail }, records + 1);
}
