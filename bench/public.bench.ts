import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { encodeCursor } from '../src/pagination/cursor.js';
import { formatPosition } from '../src/public/records.js';
import { startPostGraphile } from './postgraphile.js';
import { loadPublishedRecords } from './public/data.js';
import { postGraphileQueries, preparePostGraphile } from './public/postgraphile-anchor.js';
import { backendCpu, backendDelta, cpuSeconds, rssMb, startChild } from './public/processes.js';
import { printLoad, type Row } from './public/report.js';
import { wrk } from './public/wrk.js';

/**
 * npm run bench:public [-- --records 100000 --seconds 10 --connections 50]
 * Public reads on PostgreSQL at `records` published executive-pay records, each case under wrk for
 * `seconds` with `connections` open, beside the anchor measured in the same run: a bare pg pool
 * behind node:http returning the same rows, and PostGraphile v5 (Node 22, bench/postgraphile.ts) over
 * the same table. CPU seconds of the server (or anchor) process and of
 * the database's backends are shown per case: on a shared machine they are steadier than rps.
 * BENCH_DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/test); a scratch
 * database is created on it and dropped afterwards.
 */
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return Number(at >= 0 ? process.argv[at + 1] : fallback);
};
const RECORDS = option('records', 100_000);
const SECONDS = option('seconds', 10);
const CONNECTIONS = option('connections', 50);
const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = promisify(execFile);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

const gql = (args: string) =>
  JSON.stringify({
    query: `{ publishedRecords(dataset: EXECUTIVE_PAY, first: 50${args}) { nodes { id enterpriseName publishedAt values } pageInfo { hasNextPage endCursor } } }`,
  });

const name = `sunshine_bench_public_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();
await admin(`CREATE DATABASE ${name}`);
const owner = openPostgres(url, { max: 2 });
const children: { kill(signal: NodeJS.Signals): boolean }[] = [];
try {
  await migrate(owner);
  const started = performance.now();
  await loadPublishedRecords(owner, RECORDS);
  await preparePostGraphile(owner);
  console.log(
    `Loaded ${RECORDS} published records in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const deep = await owner.sql.query<{
    published_at: Date;
    submission_id: string;
    row_number: number;
    id: string;
  }>(
    `SELECT published_at, submission_id, row_number, id FROM published_record WHERE dataset = 'EXECUTIVE_PAY'
     ORDER BY published_at DESC, submission_id, row_number OFFSET $1 LIMIT 1`,
    [Math.min(49_999, Math.floor(RECORDS / 2))],
  );
  const d = deep.rows[0]!;
  const cursor = encodeCursor(
    formatPosition({
      publishedAt: d.published_at.toISOString(),
      submissionId: d.submission_id,
      rowNumber: d.row_number,
    }),
  );
  const app = await startChild('./server.ts', [url]);
  children.push(app.child);
  const anchor = await startChild('./anchor.ts', [url]);
  children.push(anchor.child);
  const postgraphile = await startPostGraphile(url);
  children.push(postgraphile.child);
  const pglUrl = `http://127.0.0.1:${postgraphile.port}/graphql`;
  const pglPid = postgraphile.child.pid!;
  const base = `http://127.0.0.1:${app.port}`;
  const bare = `http://127.0.0.1:${anchor.port}`;
  const rows: Row[] = [];
  const measure = async (
    label: string,
    target: string,
    pid: number,
    body?: string,
    anchors: Pick<Row, 'bare' | 'postgraphile'> = {},
  ) => {
    await wrk(target, { seconds: 1, connections: 10, body }); // warm-up
    const backends = () => backendCpu((sql) => owner.sql.query<{ pid: number }>(sql));
    const [cpu0, db0] = [cpuSeconds(pid), await backends()];
    const load = await wrk(target, { seconds: SECONDS, connections: CONNECTIONS, body });
    const [cpu1, db1] = [cpuSeconds(pid), await backends()];
    rows.push({ name: label, ...load, appCpu: cpu1 - cpu0, dbCpu: backendDelta(db0, db1), ...anchors });
  };
  const graphql = `${base}/graphql`;
  const BARE = 'anchor: bare pg + node:http, first 50';
  const BARE_YEAR = 'anchor: same, fiscalYear filter';
  const BARE_SEARCH = 'anchor: same, 3-char search';
  const PGL = 'anchor: PostGraphile v5, first 50';
  const PGL_YEAR = 'anchor: PostGraphile, fiscalYear';
  const PGL_SEARCH = 'anchor: PostGraphile, 3-char search';
  const term = encodeURIComponent('王建国');
  await measure(BARE, `${bare}/records?first=50`, anchor.child.pid!);
  await measure(BARE_YEAR, `${bare}/records?first=50&fiscalYear=2023`, anchor.child.pid!);
  await measure(BARE_SEARCH, `${bare}/records?first=50&search=${term}`, anchor.child.pid!);
  await measure(PGL, pglUrl, pglPid, postGraphileQueries.first50);
  await measure(PGL_YEAR, pglUrl, pglPid, postGraphileQueries.fiscalYear);
  await measure(PGL_SEARCH, pglUrl, pglPid, postGraphileQueries.search('王建国'));
  const pid = app.child.pid!;
  await measure('publishedRecords(first: 50)', graphql, pid, gql(''), { bare: BARE, postgraphile: PGL });
  await measure(
    '  with a fiscalYear filter',
    graphql,
    pid,
    gql(', filter: { fields: [{ field: "fiscalYear", value: "2023" }] }'),
    { bare: BARE_YEAR, postgraphile: PGL_YEAR },
  );
  await measure('  with a 3-char search 王建国', graphql, pid, gql(', search: "王建国"'), {
    bare: BARE_SEARCH,
    postgraphile: PGL_SEARCH,
  });
  await measure('  with a 2-char search 建国', graphql, pid, gql(', search: "建国"'));
  await measure('  with a 1-char search 兰', graphql, pid, gql(', search: "兰"'));
  await measure('  deep page (page 1,000 of 50)', graphql, pid, gql(`, after: "${cursor}"`));
  await measure('web page /datasets/executive-pay', `${base}/datasets/executive-pay`, pid);
  await measure('record page /records/<id>', `${base}/records/${d.id}`, pid);
  printLoad(rows, { records: RECORDS, connections: CONNECTIONS, seconds: SECONDS });
  if (process.env.BENCH_KEEP) {
    console.log(`kept: ${url} server ${base} anchor ${bare}`);
    await new Promise(() => {});
  }
  await downloads(base, app.child.pid!);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await owner.close();
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function downloads(base: string, pid: number) {
  const order = 'published_at DESC, submission_id, row_number';
  const psql = async (select: string) => {
    const at = performance.now();
    await run('psql', [url, '-qc', `\\copy (${select}) TO '/dev/null' CSV`]);
    return performance.now() - at;
  };
  const copyCsv = await psql(
    `SELECT * FROM published_record WHERE dataset = 'EXECUTIVE_PAY' ORDER BY ${order}`,
  );
  const copyJson = await psql(
    `SELECT row_to_json(r) FROM published_record r WHERE dataset = 'EXECUTIVE_PAY' ORDER BY ${order}`,
  );
  console.log(
    `\nFull downloads (${RECORDS} records), one at a time; baseline psql \\copy of the same rows to /dev/null`,
  );
  console.log('download            seconds  MB     vs psql \\copy  app CPU s  server RSS before → after');
  for (const [ext, baseline] of [
    ['csv', copyCsv],
    ['json', copyJson],
    ['xlsx', copyCsv],
  ] as const) {
    const [rss0, cpu0] = [rssMb(pid), cpuSeconds(pid)];
    const at = performance.now();
    const response = await fetch(`${base}/api/datasets/executive-pay.${ext}`);
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
    const ms = performance.now() - at;
    console.log(
      `${`.${ext}`.padEnd(18)} ${(ms / 1000).toFixed(2).padStart(7)} ${(bytes / 1e6).toFixed(1).padStart(5)}  ${(baseline / ms).toFixed(2).padStart(12)}×  ${(cpuSeconds(pid) - cpu0).toFixed(1).padStart(9)}  ${rss0.toFixed(0)} → ${rssMb(pid).toFixed(0)} MB`,
    );
  }
  console.log(
    `psql \\copy: CSV ${(copyCsv / 1000).toFixed(2)} s, JSON (row_to_json) ${(copyJson / 1000).toFixed(2)} s`,
  );
}
