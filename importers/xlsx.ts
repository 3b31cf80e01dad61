import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, RawRow, SheetInfo } from '../schema/core/cells.js';
import { toCellValue } from './cell-value.js';
import { ImportError } from './errors.js';
import type { ImportLimits, ImportStats } from './limits.js';
import { MergeFill } from './merges.js';
import { prescanZip, verifyParts } from './prescan.js';
import { RowGuard } from './row-guard.js';
import { scanSheet } from './sheet-scan.js';
import { chooseSheet, otherVisibleSheets, parseWorkbook } from './workbook-xml.js';

export interface XlsxSheetInfo extends SheetInfo {
  format: 'xlsx';
  sheetName: string;
  date1904: boolean;
  /** Other visible sheets, in order, when there are any (an instructions sheet may come first). */
  otherSheets?: string[];
}

interface XlsxPlan {
  info: XlsxSheetInfo;
  fill: MergeFill;
}

/** Everything that needs random access to the zip happens here, before exceljs streams it. */
async function plan(bytes: Uint8Array, limits: ImportLimits, preferredSheet?: string): Promise<XlsxPlan> {
  const scan = await prescanZip(bytes, limits);
  try {
    const facts = parseWorkbook(scan.workbookXml, scan.workbookRelsXml);
    const sheet = chooseSheet(facts, preferredSheet);
    const entry = scan.entries.get(sheet.path);
    // exceljs's streaming reader only recognises this path shape.
    if (!entry || !/^xl\/worksheets\/sheet\d+\.xml$/.test(sheet.path)) {
      throw new ImportError('malformed-xlsx', {
        detail: `sheet "${sheet.name}" is stored at "${sheet.path}"`,
      });
    }
    const merges = await scanSheet(scan.zip, entry, limits);
    await verifyParts(scan.zip, scan.entries, limits);
    const info: XlsxSheetInfo = { format: 'xlsx', sheetName: sheet.name, date1904: facts.date1904 };
    const others = otherVisibleSheets(facts, sheet);
    if (others.length > 0) info.otherSheets = others;
    return { info, fill: new MergeFill(merges) };
  } finally {
    scan.zip.close();
  }
}

export async function readXlsx(
  bytes: Uint8Array,
  limits: ImportLimits,
  stats: ImportStats,
  preferredSheet?: string,
): Promise<{ info: XlsxSheetInfo; batches: AsyncIterable<RawRow[]> }> {
  const { info, fill } = await plan(bytes, limits, preferredSheet);
  return { info, batches: iterateXlsx(bytes, info, fill, limits, stats) };
}

// exceljs hands rows over one by one; passing them on in arrays saves a promise per row downstream.
const BATCH_ROWS = 512;

async function* iterateXlsx(
  bytes: Uint8Array,
  info: XlsxSheetInfo,
  fill: MergeFill,
  limits: ImportLimits,
  stats: ImportStats,
): AsyncGenerator<RawRow[]> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const guard = new RowGuard(limits, stats);
  let found = false;
  try {
    for await (const worksheet of reader) {
      if ((worksheet as { name?: string }).name !== info.sheetName) continue;
      found = true;
      let batch: RawRow[] = [];
      for await (const row of worksheet) {
        const percentFormats: (string | undefined)[] = [];
        const computed: boolean[] = [];
        const cells = rowCells(row, info.date1904, stats, { percentFormats, computed });
        fill.apply(row.number, cells);
        const accepted = guard.accept(row.number, cells);
        if (accepted === 'stop') break;
        if (!accepted) continue;
        if (percentFormats.length > 0) accepted.numFmts = percentFormats;
        if (computed.length > 0) accepted.computed = computed;
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
  if (!found)
    throw new ImportError('malformed-xlsx', { detail: `sheet "${info.sheetName}" could not be read` });
}

interface RowFacts {
  /** The number format of each number cell shown as a percentage (Excel stores 12% as 0.12). */
  percentFormats: (string | undefined)[];
  /** True where the cell holds a formula's cached result rather than something typed. */
  computed: boolean[];
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

/** The row's cells, plus the facts about them that only the workbook knows (RowFacts). */
function rowCells(row: ExcelJS.Row, date1904: boolean, stats: ImportStats, facts: RowFacts): CellValue[] {
  if (!Number.isInteger(row.number) || row.number < 1) {
    throw new ImportError('malformed-xlsx', { detail: 'a row has no valid r= reference' });
  }
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const raw = cell.value;
    const formula = isFormula(raw);
    const context = { numFmt: cell.numFmt, date1904, stats };
    const value = toCellValue(raw, formula ? { ...context, modelResult: () => cell.result } : context);
    if (value === null) return;
    while (cells.length < column - 1) cells.push(null);
    cells[column - 1] = value;
    if (formula) facts.computed[column - 1] = true;
    if (typeof value === 'number' && cell.numFmt?.replace(/"[^"]*"/g, '').includes('%')) {
      facts.percentFormats[column - 1] = cell.numFmt;
    }
  });
  return cells;
}
