// Child process for temp-files.test.ts: runs with TMPDIR set to a fresh folder, validates every
// fixture in-process and in the upload's worker (a hostile file or two besides), and prints what
// the temp folder held before (the test lists it again once this process has exited).
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { isImportError } from '../../importers/errors.js';
import { validateFile } from '../../src/intake/validate-file.js';
import { validateFileInWorker } from '../../src/intake/validate-in-worker.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

async function files(): Promise<{ path: string; dataset: string }[]> {
  const found: { path: string; dataset: string }[] = [];
  for (const dataset of ['executive-pay', 'property-transactions', 'performance-reviews', 'service-info']) {
    for (const name of await readdir(join(FIXTURES, dataset))) {
      if (/\.(csv|xlsx)$/.test(name)) found.push({ path: join(FIXTURES, dataset, name), dataset });
    }
  }
  return found;
}

async function manySheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (let i = 1; i <= 100; i++) wb.addWorksheet(`S${i}`).addRow(['年度', '姓名']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function both(bytes: Uint8Array, dataset: string, filename: string): Promise<void> {
  const input = { bytes, dataset, filename, today: '2025-06-30' };
  const tolerate = (error: unknown) => {
    if (!isImportError(error)) throw error;
  };
  await validateFile(input, { emit: async () => {} }).catch(tolerate);
  // A CSV never touches the temp folder; the worker costs seconds to start on a loaded machine.
  if (filename.endsWith('.csv')) return;
  await validateFileInWorker(
    { ...input, submissionId: '00000000-0000-0000-0000-000000000000' },
    async () => {},
  ).catch(tolerate);
}

async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((name) => !name.startsWith('tsx-')).sort();
}

const before = await leftovers(tmpdir());
const all = await files();
for (const { path, dataset } of all) await both(new Uint8Array(await readFile(path)), dataset, path);
await both(await manySheets(), 'executive-pay', 'many.xlsx');
process.stdout.write(`${JSON.stringify({ checked: all.length + 1, before })}\n`);
