import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { CaseName } from './cases.js';
import { writeCsv, writeXlsx } from './data/write.js';
import { type Measured, printTable } from './table.js';

/**
 * npm run bench:import [-- --rows 100000 --passes 2 --scale 10000,300000]
 * Generates executive-pay files into bench/out/ and measures each case in a fresh child process.
 */
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const run = promisify(execFile);

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

async function ensureFile(kind: 'csv' | 'xlsx', rows: number): Promise<string> {
  const path = join(OUT, `executive-pay-${rows}.${kind}`);
  if (existsSync(path)) return path;
  const started = performance.now();
  await (kind === 'csv' ? writeCsv(path, rows) : writeXlsx(path, rows));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`generated ${path} (${(statSync(path).size / 2 ** 20).toFixed(1)} MB) in ${seconds}s`);
  return path;
}

async function measure(label: string, name: CaseName, file: string, passes: number): Promise<Measured> {
  const args = ['--import', 'tsx', join(here, 'child.ts'), name, file, String(passes)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 20 });
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Omit<Measured, 'label' | 'mb'>;
  return { label, mb: statSync(file).size / 2 ** 20, ...result };
}

async function main(): Promise<void> {
  const rows = Number(option('rows', '100000'));
  const passes = Number(option('passes', '2'));
  const scale = option('scale', '10000,300000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  mkdirSync(OUT, { recursive: true });
  const csv = await ensureFile('csv', rows);
  const xlsx = await ensureFile('xlsx', rows);
  const main: Measured[] = [];
  main.push(await measure('(a) csv-parse alone', 'csv-parse', csv, passes));
  main.push(await measure('(b) Sunshine CSV', 'sunshine-csv', csv, passes));
  main.push(await measure('(c) exceljs stream alone', 'exceljs', xlsx, passes));
  main.push(await measure('(d) Sunshine XLSX', 'sunshine-xlsx', xlsx, passes));
  const flat: Measured[] = [];
  for (const n of scale) {
    const file = await ensureFile('csv', n);
    flat.push(await measure(`(b) Sunshine CSV ${n}`, 'sunshine-csv', file, n > rows ? 1 : passes));
  }
  console.log(
    `\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${passes} timed passes after 1 warm-up`,
  );
  printTable(main, flat);
}

await main();
