import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { loadPublishedRecords } from './public/data.js';
import { cpuSeconds, rssMb, startChild } from './public/processes.js';
import { wrk } from './public/wrk.js';

/**
 * npm run bench:public:pglite [-- --records 10000 --seconds 10 --connections 10]
 * The smaller variant of bench:public on the embedded database (PGlite, one connection inside the
 * server's own process, so its CPU is the server's). No anchor: a bare pg server has no PGlite twin.
 */
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return Number(at >= 0 ? process.argv[at + 1] : fallback);
};
const RECORDS = option('records', 10_000);
const SECONDS = option('seconds', 10);
const CONNECTIONS = option('connections', 10);

const dataDir = mkdtempSync(join(tmpdir(), 'sunshine-bench-pglite-'));
let child: { kill(signal: NodeJS.Signals): boolean } | undefined;
try {
  const db = await openPglite(join(dataDir, 'pglite'));
  await migrate(db);
  await loadPublishedRecords(db, RECORDS);
  const { rows } = await db.sql.query<{ id: string }>(
    `SELECT id FROM published_record WHERE dataset = 'EXECUTIVE_PAY' ORDER BY published_at LIMIT 1`,
  );
  await db.close();
  const app = await startChild('./server.ts', [dataDir]);
  child = app.child;
  const pid = app.child.pid!;
  const base = `http://127.0.0.1:${app.port}`;
  const gql = (args: string) =>
    JSON.stringify({
      query: `{ publishedRecords(dataset: EXECUTIVE_PAY, first: 50${args}) { nodes { id enterpriseName publishedAt values } pageInfo { hasNextPage endCursor } } }`,
    });
  console.log(
    `\nPGlite: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}; ` +
      `${RECORDS} records, wrk ${CONNECTIONS} connections × ${SECONDS} s per case\n`,
  );
  console.log('case                                      rps   p99 ms errors  CPU s  CPU ms/req');
  const cases: [string, string, string?][] = [
    ['publishedRecords(first: 50)', `${base}/graphql`, gql('')],
    [
      '  with a fiscalYear filter',
      `${base}/graphql`,
      gql(', filter: { fields: [{ field: "fiscalYear", value: "2023" }] }'),
    ],
    ['  with a 3-char search 王建国', `${base}/graphql`, gql(', search: "王建国"')],
    ['  with a 2-char search 建国', `${base}/graphql`, gql(', search: "建国"')],
    ['  with a 1-char search 兰', `${base}/graphql`, gql(', search: "兰"')],
    ['web page /datasets/executive-pay', `${base}/datasets/executive-pay`],
    ['record page /records/<id>', `${base}/records/${rows[0]!.id}`],
  ];
  for (const [label, target, body] of cases) {
    await wrk(target, { seconds: 1, connections: 5, body });
    const cpu0 = cpuSeconds(pid);
    const load = await wrk(target, { seconds: SECONDS, connections: CONNECTIONS, body });
    const cpu = cpuSeconds(pid) - cpu0;
    console.log(
      `${label.padEnd(38)} ${load.rps.toFixed(0).padStart(6)} ${load.p99ms.toFixed(1).padStart(8)} ${String(load.errors).padStart(6)} ${cpu.toFixed(1).padStart(6)} ${((cpu * 1000) / Math.max(1, load.rps * SECONDS)).toFixed(2).padStart(11)}`,
    );
  }
  for (const ext of ['csv', 'json', 'xlsx']) {
    const [rss0, cpu0, at] = [rssMb(pid), cpuSeconds(pid), performance.now()];
    const response = await fetch(`${base}/api/datasets/executive-pay.${ext}`);
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length;
    console.log(
      `download .${ext}: ${((performance.now() - at) / 1000).toFixed(2)} s, ${(bytes / 1e6).toFixed(1)} MB, CPU ${(cpuSeconds(pid) - cpu0).toFixed(1)} s, RSS ${rss0.toFixed(0)} → ${rssMb(pid).toFixed(0)} MB`,
    );
  }
} finally {
  child?.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  rmSync(dataDir, { recursive: true, force: true });
}
