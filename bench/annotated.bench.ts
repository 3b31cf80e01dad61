import { createServer, type Server } from 'node:http';
import { loadavg } from 'node:os';
import { validateFile } from '../src/intake/validate-file.js';
import { streamAnnotatedWorkbook } from '../src/reports/annotate-in-worker.js';
import { sourceRows } from '../src/reports/source-rows.js';
import { cleanRows, manyIssues } from '../test/hostile/hostile-files.js';

/**
 * npm run bench:annotated [-- --rows 300000]
 * The annotated workbook of a clean file of `rows` executive-pay rows, and of a file with two
 * errors per row, served over HTTP from a worker while /healthz is polled on the same server. The
 * baseline, measured in the same run, is reading the same file through the importer alone (what
 * the workbook must do at least). CPU is this process with all its threads.
 */
const arg = process.argv.indexOf('--rows');
const ROWS = Number(arg > 0 ? process.argv[arg + 1] : 300_000);

const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
};

async function measure<T>(work: () => Promise<T>) {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wall = (performance.now() - started) / 1000;
  clearInterval(sampler);
  return { value, wall, cpu: cpuSeconds(cpu), rssGrowthMb: (peak - rss0) / 2 ** 20 };
}

async function serve(bytes: Uint8Array): Promise<{ server: Server; url: string }> {
  const report = await validateFile(
    { bytes, dataset: 'executive-pay', today: '2025-06-30' },
    { emit: async () => {} },
  );
  const server = createServer((req, res) => {
    if (req.url === '/healthz') return res.end('ok');
    void streamAnnotatedWorkbook({ bytes, filename: 'bench.csv', report }, res, {
      'content-type': 'application/octet-stream',
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` };
}

async function download(url: string) {
  let slowest = 0;
  let done = false;
  const polling = (async () => {
    while (!done) {
      const t = performance.now();
      await (await fetch(`${url}/healthz`)).text();
      slowest = Math.max(slowest, performance.now() - t);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const size = (await (await fetch(`${url}/annotated.xlsx`)).arrayBuffer()).byteLength;
  done = true;
  await polling;
  return { size, slowest };
}

async function main() {
  for (const [label, bytes] of [
    [`clean, ${ROWS} rows`, cleanRows(ROWS)],
    [`2 errors per row, ${ROWS / 10} rows`, manyIssues(ROWS / 10)],
  ] as const) {
    // Measured now: serving moves the bytes to the worker (the buffer is detached after).
    const megabytes = (bytes.byteLength / 2 ** 20).toFixed(1);
    const base = await measure(async () => {
      let n = 0;
      for await (const batch of sourceRows(bytes, undefined)) n += batch.length;
      return n;
    });
    const { server, url } = await serve(bytes);
    const run = await measure(() => download(url));
    server.close();
    console.log(
      `${label} (${megabytes} MB): importer alone ${base.wall.toFixed(1)} s wall, ${base.cpu.toFixed(1)} s CPU | ` +
        `annotated workbook ${run.wall.toFixed(1)} s wall, ${run.cpu.toFixed(1)} s CPU (${(run.cpu / base.cpu).toFixed(1)}× the importer), ` +
        `${(run.value.size / 2 ** 20).toFixed(1)} MB, RSS +${run.rssGrowthMb.toFixed(0)} MB, slowest /healthz ${run.value.slowest.toFixed(0)} ms`,
    );
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
}

await main();
