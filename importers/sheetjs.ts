import * as XLSX from '@e965/xlsx';
import type { RawRow, SheetInfo } from '../schema/core/cells.js';
import { detectEncoding } from './decode.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';
import { MergeFill } from './merges.js';
import { RowGuard } from './row-guard.js';
import {
  candidateSheets,
  defaultChoice,
  ignoredSheets,
  SAMPLE_ROWS,
  type SheetSample,
} from './sheet-choice.js';
import { type SheetJsRow, sheetMerges, sheetRows } from './sheetjs-cells.js';
import type { SheetOptions } from './xlsx.js';

/** What the tolerant reader reads: Excel 97-2003 / WPS (OLE2), an HTML table, an odd XLSX. */
export type TolerantKind = 'ole2' | 'html' | 'xlsx';

export interface WorkbookSheetInfo extends SheetInfo {
  format: 'xls' | 'et' | 'html' | 'xlsx';
  sheetName: string;
  date1904: boolean;
  /** Rows the chosen sheet holds (blank ones included): the progress bar's estimate. */
  rowElements?: number;
}

function formatOf(kind: TolerantKind, filename: string | undefined): WorkbookSheetInfo['format'] {
  if (kind === 'ole2') return /\.et[t]?$/i.test(filename ?? '') ? 'et' : 'xls';
  return kind;
}

/**
 * SheetJS (@e965/xlsx, the SheetJS 0.20.3 republish) loads a whole workbook in memory, so it runs
 * only in the limited worker, on files within the size cap. An HTML table is read as text (raw),
 * as a CSV would be: SheetJS would otherwise guess numbers and dates from it.
 */
function load(bytes: Uint8Array, kind: TolerantKind, limits: ImportLimits): XLSX.WorkBook {
  const common = { dense: true, cellDates: false, cellNF: true, sheetRows: limits.maxRows + 1 } as const;
  try {
    if (kind !== 'html')
      return XLSX.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        ...common,
        type: 'buffer',
      });
    const text = new TextDecoder(detectEncoding(bytes).label).decode(bytes);
    return XLSX.read(text, { ...common, type: 'string', raw: true });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = (error as Error).message ?? '';
    if (/password/i.test(message)) throw new ImportError('encrypted-file');
    throw new ImportError('malformed-xlsx', { detail: message.slice(0, 200) });
  }
}

function sheetsOf(workbook: XLSX.WorkBook): { name: string; hidden: boolean }[] {
  return workbook.SheetNames.map((name, i) => ({
    name,
    hidden: (workbook.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0,
  }));
}

function toRaw(row: SheetJsRow, guard: RowGuard, fill?: MergeFill): RawRow | null | 'stop' {
  fill?.apply(row.row, row.cells);
  const accepted = guard.accept(row.row, row.cells);
  if (!accepted || accepted === 'stop') return accepted;
  if (row.numFmts.length > 0) accepted.numFmts = row.numFmts;
  if (row.computed.length > 0) accepted.computed = row.computed;
  return accepted;
}

function sample(
  workbook: XLSX.WorkBook,
  name: string,
  date1904: boolean,
  limits: ImportLimits,
  stats: ImportStats,
): SheetSample {
  const result: SheetSample = { name, rows: [], nonBlankRows: 0 };
  const sheet = workbook.Sheets[name];
  if (!sheet) return result;
  const guard = new RowGuard(limits, { ...stats });
  for (const row of sheetRows(sheet, date1904, { ...stats })) {
    const accepted = toRaw(row, guard);
    if (accepted === 'stop') break;
    if (!accepted) continue;
    result.nonBlankRows++;
    if (result.rows.length < SAMPLE_ROWS) result.rows.push(accepted);
  }
  return result;
}

export function readTolerant(
  bytes: Uint8Array,
  kind: TolerantKind,
  limits: ImportLimits,
  stats: ImportStats,
  opts: SheetOptions & { filename?: string | undefined },
): { info: WorkbookSheetInfo; batches: AsyncIterable<RawRow[]> } {
  const workbook = load(bytes, kind, limits);
  const all = sheetsOf(workbook);
  if (all.length > limits.maxSheets)
    throw new ImportError('too-many-sheets', { count: all.length, limit: limits.maxSheets });
  const candidates = candidateSheets(all, opts.preferredSheet);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const choice =
    candidates.length > 1 && opts.chooseSheet
      ? opts.chooseSheet(candidates.map((s) => sample(workbook, s.name, date1904, limits, stats)))
      : { name: defaultChoice(candidates, opts.preferredSheet), ignored: [] };
  const info: WorkbookSheetInfo = { format: formatOf(kind, opts.filename), sheetName: choice.name, date1904 };
  const ignored = ignoredSheets(all, choice.name, choice.ignored);
  if (ignored.length > 0) info.ignoredSheets = ignored;
  const sheet = workbook.Sheets[choice.name];
  if (!sheet) throw new ImportError('sheet-not-found');
  info.rowElements = countRows(sheet);
  return { info, batches: iterate(sheet, date1904, limits, stats) };
}

/** The rows SheetJS loaded for a sheet (a dense sheet's defined row entries; at most maxRows + 1). */
function countRows(sheet: XLSX.WorkSheet): number {
  let rows = 0;
  for (const row of (sheet['!data'] ?? []) as unknown[]) if (row) rows++;
  return rows;
}

async function* iterate(
  sheet: XLSX.WorkSheet,
  date1904: boolean,
  limits: ImportLimits,
  stats: ImportStats,
): AsyncGenerator<RawRow[]> {
  const guard = new RowGuard(limits, stats);
  const fill = new MergeFill(sheetMerges(sheet, limits));
  let batch: RawRow[] = [];
  for (const row of sheetRows(sheet, date1904, stats)) {
    const accepted = toRaw(row, guard, fill);
    if (accepted === 'stop') break;
    if (!accepted) continue;
    batch.push(accepted);
    if (batch.length >= 512) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
