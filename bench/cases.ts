import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { openSpreadsheet } from '../importers/open.js';
import type { SheetInfo } from '../schema/core/cells.js';
import { getDataset } from '../schema/datasets/index.js';
import { validateRows } from '../schema/engine/index.js';

/** What one pass over a file produced: rows seen and issues found (so nothing is optimised away). */
export interface PassResult {
  rows: number;
  issues: number;
}

export type CaseName = 'csv-parse' | 'sunshine-csv' | 'exceljs' | 'sunshine-xlsx';

function* byteChunks(bytes: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < bytes.byteLength; at += 64 * 1024) {
    yield Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(64 * 1024, bytes.byteLength - at));
  }
}

/**
 * Baseline (a): csv-parse alone. It is given the UTF-8 bytes and decodes each field itself, which
 * measured faster than decoding with TextDecoder first: the strongest baseline, so the overhead
 * figure is not flattered.
 */
async function csvParseAlone(bytes: Uint8Array): Promise<PassResult> {
  let rows = 0;
  const parser = Readable.from(byteChunks(bytes)).pipe(parse({ bom: true, relax_column_count: true }));
  for await (const record of parser) {
    if ((record as string[]).length > 0) rows++;
  }
  return { rows, issues: 0 };
}

/** Baseline (c): exceljs streaming reader, every cell value touched, nothing else. */
async function exceljsAlone(bytes: Uint8Array): Promise<PassResult> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      rows++;
      row.eachCell(({ value }) => {
        if (value !== null) cells++;
      });
    }
  }
  return { rows, issues: cells > 0 ? 0 : -1 };
}

/** (b) and (d): what an upload costs, importer + validator, with the upload size cap lifted. */
async function sunshine(bytes: Uint8Array): Promise<PassResult> {
  const def = getDataset('executive-pay');
  if (!def) throw new Error('executive-pay dataset missing');
  const opened = await openSpreadsheet({ bytes }, { limits: { maxBytes: Number.MAX_SAFE_INTEGER } });
  let rows = 0;
  const report = await validateRows(def, opened.info as SheetInfo, opened.batches, {
    today: '2025-06-30',
    onRow: () => {
      rows++;
    },
  });
  return { rows, issues: report.issues.length };
}

export const CASES: Record<CaseName, (bytes: Uint8Array) => Promise<PassResult>> = {
  'csv-parse': csvParseAlone,
  'sunshine-csv': sunshine,
  exceljs: exceljsAlone,
  'sunshine-xlsx': sunshine,
};
