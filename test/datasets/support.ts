import { readFile } from 'node:fs/promises';
import { openSpreadsheet } from '../../importers/open.js';
import type { SheetInfo } from '../../schema/core/cells.js';
import type { DatasetDefinition, TypedRow } from '../../schema/core/dataset.js';
import { type ValidationReport, validateRows } from '../../schema/engine/index.js';
import { FIXTURE_TODAY, fixtureDir } from '../fixtures/index.js';

export interface Checked {
  report: ValidationReport;
  rows: TypedRow[];
}

/** Bytes through the real importer and validator, as an upload would go (minus the worker). */
export async function check(def: DatasetDefinition, bytes: Uint8Array, filename: string): Promise<Checked> {
  const opened = await openSpreadsheet({ bytes, filename }, { preferredSheet: def.sheetName });
  const rows: TypedRow[] = [];
  const report = await validateRows(def, opened.info as SheetInfo, opened.batches, {
    today: FIXTURE_TODAY,
    onRow: (row) => rows.push(row.values),
  });
  return { report, rows };
}

export async function checkFixture(def: DatasetDefinition, file: string): Promise<Checked> {
  const bytes = new Uint8Array(await readFile(new URL(file, fixtureDir(def.key))));
  return check(def, bytes, file);
}

/** The part of an issue a reviewer acts on; messages are checked elsewhere. */
export const brief = (report: ValidationReport) =>
  report.issues.map(({ severity, code, row, column, field }) => ({ severity, code, row, column, field }));
