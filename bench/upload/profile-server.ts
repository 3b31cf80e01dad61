import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { migrate } from '../../src/db/migrate.js';
import { openPostgres } from '../../src/db/postgres.js';
import { seedDemo } from '../../src/demo/seed.js';
import { signIn, uploadOverHttp } from './http.js';
import { processCpuMs, startServer } from './server.js';

/**
 * One upload over HTTP to a server started with `node --cpu-prof` (its main thread; the worker is
 * profiled with profile-worker.ts). Usage: tsx bench/upload/profile-server.ts <file> <profile dir>
 */
const [file, dir] = process.argv.slice(2);
if (!file || !dir) throw new Error('usage: profile-server.ts <file> <profile dir>');
const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const name = `sunshine_prof_${randomBytes(4).toString('hex')}`;
const run = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(sql).finally(() => client.end());
};
await run(admin, `CREATE DATABASE ${name}`);
const url = Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
try {
  const db = openPostgres(url);
  await migrate(db);
  await seedDemo(db);
  await db.close();
  const server = await startServer(url, { MAX_UPLOAD_BYTES: String(2 ** 31 - 1) }, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
  ]);
  const token = await signIn(server.base, 'ent-a');
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const cpu = processCpuMs(server.pid);
  const started = performance.now();
  const result = await uploadOverHttp(server.base, token, 'upload.csv', readFileSync(file));
  const ms = performance.now() - started;
  console.log(result, `${ms.toFixed(0)} ms, server CPU ${processCpuMs(server.pid) - cpu} ms`);
  await server.stop();
} finally {
  await run(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
