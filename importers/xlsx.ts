import type { RawRow, SheetInfo } from '../schema/core/cells.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';
import { MergeFill, type MergeRange } from './merges.js';
import { prescanZip, verifyParts } from './prescan.js';
import { RowGuard } from './row-guard.js';
import { candidateSheets, defaultChoice, ignoredSheets, type SheetChooser } from './sheet-choice.js';
import { scanSheet } from './sheet-scan.js';
import { parseWorkbook, type SheetEntry } from './workbook-xml.js';
import { acceptRow, streamingReader } from './xlsx-rows.js';
import { sampleSheets } from './xlsx-sample.js';
import { repackForStreaming } from './zip-repack.js';

export interface XlsxSheetInfo extends SheetInfo {
  format: 'xlsx';
  sheetName: string;
  date1904: boolean;
  /** `<row>` elements of the sheet read: the progress bar's estimate (see SheetScan.rowElements). */
  rowElements?: number;
}

export interface SheetOptions {
  preferredSheet?: string | undefined;
  chooseSheet?: SheetChooser | undefined;
}

interface XlsxPlan {
  info: XlsxSheetInfo;
  fill: MergeFill;
  /** The chosen sheet alone, repacked so exceljs streams it without temp files. */
  packed: Buffer;
}

/**
 * Everything that needs random access to the zip happens here, before exceljs streams it: the
 * checks, the sheet choice (on evidence, when several sheets could hold the data) and the repack.
 * Undefined when the workbook has a valid shape exceljs misreads: the tolerant reader takes it.
 */
async function plan(
  bytes: Uint8Array,
  limits: ImportLimits,
  opts: SheetOptions,
): Promise<XlsxPlan | undefined> {
  const scan = await prescanZip(bytes, limits);
  try {
    const facts = parseWorkbook(scan.workbookXml, scan.workbookRelsXml);
    if (facts.sheets.length > limits.maxSheets) {
      throw new ImportError('too-many-sheets', { count: facts.sheets.length, limit: limits.maxSheets });
    }
    const candidates = candidateSheets(facts.sheets, opts.preferredSheet);
    const merges = new Map<SheetEntry, MergeRange[]>();
    const rowElements = new Map<SheetEntry, number>();
    for (const sheet of candidates) {
      const entry = scan.entries.get(sheet.path);
      if (!entry) throw new ImportError('malformed-xlsx', { detail: `sheet "${sheet.name}" has no part` });
      const scanned = await scanSheet(scan.zip, entry, limits);
      if (scanned.needsTolerantReader) return undefined;
      merges.set(sheet, scanned.ranges);
      rowElements.set(sheet, scanned.rowElements);
    }
    await verifyParts(scan.zip, scan.entries, limits);
    const choice =
      candidates.length > 1 && opts.chooseSheet
        ? opts.chooseSheet(
            await sampleSheets(
              await repackForStreaming(scan.zip, scan.entries, candidates, facts.date1904),
              facts.date1904,
              limits,
            ),
          )
        : { name: defaultChoice(candidates, opts.preferredSheet), ignored: [] };
    const sheet = candidates.find((s) => s.name === choice.name) ?? (candidates[0] as SheetEntry);
    const info: XlsxSheetInfo = {
      format: 'xlsx',
      sheetName: sheet.name,
      date1904: facts.date1904,
      rowElements: rowElements.get(sheet) ?? 0,
    };
    const ignored = ignoredSheets(facts.sheets, sheet.name, choice.ignored);
    if (ignored.length > 0) info.ignoredSheets = ignored;
    const packed = await repackForStreaming(scan.zip, scan.entries, [sheet], facts.date1904);
    return { info, fill: new MergeFill(merges.get(sheet) ?? []), packed };
  } finally {
    scan.zip.close();
  }
}

/** The rows of the chosen sheet, or undefined when the tolerant reader must read this workbook. */
export async function readXlsx(
  bytes: Uint8Array,
  limits: ImportLimits,
  stats: ImportStats,
  opts: SheetOptions = {},
): Promise<{ info: XlsxSheetInfo; batches: AsyncIterable<RawRow[]> } | undefined> {
  const planned = await plan(bytes, limits, opts);
  if (!planned) return undefined;
  const { info, fill, packed } = planned;
  return { info, batches: iterateXlsx(packed, info, fill, limits, stats) };
}

// exceljs hands rows over one by one; passing them on in arrays saves a promise per row downstream.
const BATCH_ROWS = 512;

async function* iterateXlsx(
  packed: Buffer,
  info: XlsxSheetInfo,
  fill: MergeFill,
  limits: ImportLimits,
  stats: ImportStats,
): AsyncGenerator<RawRow[]> {
  const { reader, input } = streamingReader(packed);
  const guard = new RowGuard(limits, stats);
  try {
    // The package holds the chosen sheet only.
    for await (const worksheet of reader) {
      let batch: RawRow[] = [];
      for await (const row of worksheet) {
        const accepted = acceptRow(row, info.date1904, stats, guard, fill);
        if (accepted === 'stop') break;
        if (!accepted) continue;
        batch.push(accepted);
        if (batch.length >= BATCH_ROWS) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
      return;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('malformed-xlsx', { detail: (error as Error).message });
  } finally {
    input.destroy();
  }
  throw new ImportError('malformed-xlsx', { detail: `sheet "${info.sheetName}" could not be read` });
}
