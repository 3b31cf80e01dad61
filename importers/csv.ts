import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { CellValue, RawRow, SheetInfo } from '../schema/core/cells.js';
import { type DetectedEncoding, decodeChunks, detectEncoding } from './decode.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';
import type { MixedEncoding } from './mixed-encoding.js';
import { RowGuard } from './row-guard.js';
import { readBatches } from './stream-batches.js';

export type CsvDelimiter = ',' | '\t' | ';';

export interface CsvSheetInfo extends SheetInfo {
  format: 'csv';
  delimiter: CsvDelimiter;
  /** Rows in another encoding than the file's, to be reported at their rows. */
  mixedEncoding?: MixedEncoding;
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
): { info: CsvSheetInfo; batches: AsyncIterable<RawRow[]> } {
  const detected = detectEncoding(bytes);
  const delimiter = detectDelimiter(firstChunk(bytes, detected));
  const info: CsvSheetInfo = { format: 'csv', encoding: detected.encoding, delimiter };
  if (detected.mixed) info.mixedEncoding = detected.mixed;
  const batches = iterateCsv(Readable.from(csvChunks(bytes, detected)), delimiter, limits, stats);
  return { info, batches };
}

const UTF8_BOM_BYTES = 3;

/**
 * UTF-8 (already proven valid by detectEncoding) goes to csv-parse as bytes: it decodes each field
 * itself, and handing it decoded text only made it encode that text back into bytes. Other
 * encodings are decoded to text first.
 */
function* csvChunks(bytes: Uint8Array, detected: DetectedEncoding): Generator<Uint8Array | string> {
  if (detected.label !== 'utf-8') {
    yield* decodeChunks(bytes, detected);
    return;
  }
  const start = detected.encoding === 'utf-8-bom' ? UTF8_BOM_BYTES : 0;
  for (let at = start; at < bytes.byteLength; at += BYTE_CHUNK) {
    yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(BYTE_CHUNK, bytes.byteLength - at));
  }
}

const BYTE_CHUNK = 64 * 1024;

async function* iterateCsv(
  text: Readable,
  delimiter: CsvDelimiter,
  limits: ImportLimits,
  stats: ImportStats,
): AsyncGenerator<RawRow[]> {
  const parser = text.pipe(
    parse({
      delimiter,
      // No `info: true`: it builds two spread objects per record; the ordinal is counted below.
      relax_column_count: true,
      relax_quotes: true,
      // csv-parse otherwise takes the first line's ending for the whole file: a CRLF header over
      // LF rows (appended by another tool) would read as one record. Every ending ends a record.
      record_delimiter: ['\r\n', '\n', '\r'],
      max_record_size: limits.maxCellChars * 16,
    }),
  );
  const guard = new RowGuard(limits, stats);
  // The 1-based record ordinal (csv-parse's info.records): the row number Excel shows, even when a
  // quoted cell spans several physical lines. Every record csv-parse counts is also emitted.
  let ordinal = 0;
  try {
    for await (const records of readBatches<CellValue[]>(parser)) {
      const rows: RawRow[] = [];
      for (const record of records) {
        ordinal++;
        const accepted = guard.accept(ordinal, record);
        if (accepted === 'stop') {
          if (rows.length > 0) yield rows;
          return;
        }
        if (accepted) rows.push(accepted);
      }
      if (rows.length > 0) yield rows;
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
