import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { DEFAULT_LIMITS } from '../importers/limits.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { seedDemo } from '../src/demo/seed.js';
import { oneEnterpriseRow } from './data/one-enterprise.js';
import { writeCsv, writeXlsx } from './data/write.js';

/**
 * npm run bench:upload [-- --rows 100000 --scale 10000,300000,1000000 --passes 2]
 * End-to-end uploads (decode, parse, validate, store in one transaction) on PostgreSQL, next to the
 * baseline measured in the same run: COPY of the same clean rows into a scratch table.
 * rows/s is the best warm pass (the process had been idle, so its next worker was loaded); "cold"
 * is a new process's first upload. CPU columns: this process (all threads) and the database's
 * server processes (read from /proc when the server is local), steadier than wall time on a
 * shared machine.
 * BENCH_DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/test); a scratch
 * database is created on it and dropped afterwards.
 */
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const run = promisify(execFile);
const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

async function ensureFile(kind: 'csv' | 'xlsx', rows: number): Promise<string> {
  const path = join(OUT, `upload-${rows}.${kind}`);
  if (!existsSync(path))
    await (kind === 'csv' ? writeCsv(path, rows, oneEnterpriseRow) : writeXlsx(path, rows, oneEnterpriseRow));
  return path;
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

interface Result {
  ms: number;
  coldMs: number;
  cpuMs: number;
  serverCpuMs?: number;
  peakRssMB: number;
}

async function measure(mode: 'upload' | 'copy', file: string, url: string, passes: string): Promise<Result> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', join(here, 'upload-child.ts'), mode, file, url, passes],
    {
      maxBuffer: 1 << 20,
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Result;
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const rows = Number(option('rows', '100000'));
  const scale = option('scale', '10000,300000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n !== rows);
  const passes = option('passes', '2');
  mkdirSync(OUT, { recursive: true });
  const name = `sunshine_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  try {
    const db = openPostgres(url);
    await migrate(db);
    await seedDemo(db);
    await db.close();
    console.log(
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; PostgreSQL at ${new URL(server).host}\n`,
    );
    const lines: string[] = [];
    const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : (ms / 1000).toFixed(2));
    const row = (label: string, n: number, r: Result, baseline?: Result) => {
      const cells = [
        label.padEnd(26),
        String(n).padStart(8),
        String(Math.round((n / r.ms) * 1000)).padStart(8),
        seconds(r.ms).padStart(7),
        seconds(r.coldMs).padStart(7),
        seconds(r.cpuMs).padStart(7),
        seconds(r.serverCpuMs).padStart(7),
        r.peakRssMB.toFixed(0).padStart(8),
        baseline ? `${(baseline.ms / r.ms).toFixed(2)}× COPY` : 'baseline',
      ];
      lines.push(cells.join(' '));
    };
    for (const n of [rows, ...scale]) {
      const csv = await ensureFile('csv', n);
      if (statSync(csv).size > DEFAULT_LIMITS.maxBytes) {
        console.log(
          `  skipped ${n} rows: the CSV is over the ${DEFAULT_LIMITS.maxBytes / 2 ** 20} MB upload limit`,
        );
        continue;
      }
      const copy = await measure('copy', csv, url, passes);
      row('COPY of clean rows', n, copy);
      row('upload CSV (end to end)', n, await measure('upload', csv, url, passes), copy);
      if (n === rows)
        row(
          'upload XLSX (end to end)',
          n,
          await measure('upload', await ensureFile('xlsx', n), url, passes),
          copy,
        );
      console.log(`  measured ${n} rows (${(statSync(csv).size / 2 ** 20).toFixed(1)} MB CSV)`);
    }
    const head = ['case'.padEnd(26), 'rows'.padStart(8), 'rows/s'.padStart(8), 'warm s'.padStart(7)];
    head.push('cold s'.padStart(7), 'CPU s'.padStart(7), 'DB CPU'.padStart(7), 'peak MB'.padStart(8));
    console.log(`\n${head.join(' ')} vs baseline`);
    for (const line of lines) console.log(line);
  } finally {
    await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
