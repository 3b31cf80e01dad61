import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { getDataset } from '../schema/datasets/index.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { seedDemo } from '../src/demo/seed.js';
import { rowCopySql } from '../src/submissions/copy-text.js';
import { oneEnterpriseRow } from './data/one-enterprise.js';
import { writeCsv, writeXlsx } from './data/write.js';
import { serverCpuMs } from './server-cpu.js';
import { writeCleanRows } from './upload/clean-rows.js';
import { signIn, uploadOverHttp } from './upload/http.js';
import { psqlCopy } from './upload/psql-copy.js';
import { processCpuMs, rssMB, startServer } from './upload/server.js';

/**
 * npm run bench:upload   (BENCH_SIZES=10000,100000,300000,1000000 BENCH_PASSES=3 BENCH_XLSX=0|1)
 * End to end, as a browser uploads: the real server (`npm start` on PostgreSQL, its own process)
 * gets a GraphQL multipart upload and answers once the submission is VALIDATED. Beside it, in the
 * same run, psql `\copy` of the same clean rows into a table shaped like the rows table. Medians of
 * BENCH_PASSES passes. CPU: the server process (all threads) and the database backends (read from
 * /proc: the server must run on this machine), steadier than wall time on a shared machine. RSS:
 * the server's resident memory when idle (after start-up and its standby worker), and its peak.
 * BENCH_DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/test); a scratch
 * database is created on it and dropped afterwards.
 */
const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const PASSES = Math.max(1, Number(process.env.BENCH_PASSES ?? 3));
const XLSX_AT = process.env.BENCH_XLSX === '0' ? -1 : 100_000;
const def = getDataset('executive-pay')!;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ensureFile(kind: 'csv' | 'xlsx', rows: number): Promise<string> {
  const path = join(OUT, `upload-${rows}.${kind}`);
  if (!existsSync(path))
    await (kind === 'csv' ? writeCsv(path, rows, oneEnterpriseRow) : writeXlsx(path, rows, oneEnterpriseRow));
  return path;
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

interface Measured {
  ms: number;
  cpuMs?: number;
  dbCpuMs?: number;
  idleMB?: number;
  peakMB?: number;
}

async function measureCopy(url: string, file: string): Promise<Measured> {
  const copy = join(OUT, `${file.split('/').at(-1)}.copy`);
  if (!existsSync(copy) || statSync(copy).mtimeMs < statSync(file).mtimeMs) await writeCleanRows(file, copy);
  await admin(url, 'CREATE TABLE IF NOT EXISTS bench_copy (LIKE rows_executive_pay INCLUDING ALL)');
  const passes = [];
  for (let i = 0; i < PASSES; i++) {
    await admin(url, 'TRUNCATE bench_copy');
    passes.push(await psqlCopy(url, rowCopySql(def, 'bench_copy').replace(/^COPY |FROM STDIN$/g, ''), copy));
  }
  return { ms: median(passes.map((p) => p.ms)), dbCpuMs: median(passes.map((p) => p.dbCpuMs)) };
}

async function measureUpload(url: string, file: string, rows: number): Promise<Measured> {
  const server = await startServer(url, { MAX_UPLOAD_BYTES: String(2 ** 31 - 1) });
  const db = openPostgres(url, { max: 1 });
  try {
    const bytes = readFileSync(file);
    const token = await signIn(server.base, 'ent-a');
    await pause(3000); // the standby worker loads; the server is then idle
    const idleMB = rssMB(server.pid).rss;
    const passes: Required<Omit<Measured, 'idleMB' | 'peakMB'>>[] = [];
    for (let i = 0; i < PASSES; i++) {
      // Every table that refers to a submission (rows, issues, counts, file, periods …) with it.
      await db.sql.exec('TRUNCATE submission CASCADE');
      await pause(1500); // as uploads to an otherwise idle server: its next worker is loaded
      const cpu = processCpuMs(server.pid);
      const dbCpu = await serverCpuMs(db.sql);
      const started = performance.now();
      const result = await uploadOverHttp(server.base, token, file.split('/').at(-1)!, bytes);
      const ms = performance.now() - started;
      if (result.status !== 'VALIDATED' || result.rowCount !== rows)
        throw new Error(`upload of ${file}: ${JSON.stringify(result)}`);
      passes.push({
        ms,
        cpuMs: processCpuMs(server.pid) - cpu,
        dbCpuMs: ((await serverCpuMs(db.sql)) ?? 0) - (dbCpu ?? 0),
      });
    }
    const peakMB = rssMB(server.pid).peak;
    return {
      ms: median(passes.map((p) => p.ms)),
      cpuMs: median(passes.map((p) => p.cpuMs)),
      dbCpuMs: median(passes.map((p) => p.dbCpuMs)),
      idleMB,
      peakMB,
    };
  } finally {
    await db.close();
    await server.stop();
  }
}

const lines: string[] = [];
function line(label: string, rows: number, m: Measured, baseline?: Measured) {
  const s = (ms?: number) => (ms === undefined ? '' : (ms / 1000).toFixed(2));
  const mb = m.idleMB === undefined ? '' : `${m.idleMB.toFixed(0)} → ${m.peakMB?.toFixed(0)}`;
  const ratio = baseline ? `${(baseline.ms / m.ms).toFixed(2)}×` : 'baseline';
  lines.push(
    [label.padEnd(22), String(rows).padStart(8), String(Math.round((rows / m.ms) * 1000)).padStart(8)]
      .concat([s(m.ms).padStart(7), ratio.padStart(8), s(m.cpuMs).padStart(9), s(m.dbCpuMs).padStart(7)])
      .concat(mb.padStart(12))
      .join(' '),
  );
  console.log(lines.at(-1));
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  mkdirSync(OUT, { recursive: true });
  const name = `sunshine_bench_${randomBytes(4).toString('hex')}`;
  await admin(server, `CREATE DATABASE ${name}`);
  const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  try {
    const db = openPostgres(url);
    await migrate(db);
    await seedDemo(db);
    await db.close();
    console.log(
      `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${PASSES} passes (medians)`,
    );
    for (const rows of SIZES) {
      const csv = await ensureFile('csv', rows);
      const copy = await measureCopy(url, csv);
      line('psql \\copy clean rows', rows, copy);
      line('upload CSV over HTTP', rows, await measureUpload(url, csv, rows), copy);
      if (rows === XLSX_AT)
        line(
          'upload XLSX over HTTP',
          rows,
          await measureUpload(url, await ensureFile('xlsx', rows), rows),
          copy,
        );
      console.log(`  measured ${rows} rows (${(statSync(csv).size / 2 ** 20).toFixed(1)} MB CSV)`);
    }
    const head = ['case'.padEnd(22), 'rows'.padStart(8), 'rows/s'.padStart(8), 'wall s'.padStart(7)];
    head.push('vs COPY'.padStart(8), 'server s'.padStart(9), 'DB s'.padStart(7), 'RSS idle→pk'.padStart(12));
    console.log(`\n${head.join(' ')}`);
    for (const l of lines) console.log(l);
    console.log(
      '(server s: CPU seconds of the server process, all threads; DB s: CPU seconds of the database backends)',
    );
  } finally {
    await admin(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

await main();
