import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { connectDatabase } from '../../src/db/connect.js';
import { seedDemo } from '../../src/demo/seed.js';
import { parseEnv } from '../../src/env.js';
import { type App, openApp } from '../../src/server/app.js';
import { listen } from '../../src/server/listen.js';
import { createLogger } from '../../src/server/logger.js';
import { propertyTransactionsCsv } from '../delivery/publish.js';
import { fileThrough } from '../records/support.js';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../support/database.js';

// A replica is a second PostgreSQL; PGlite has none (the last test checks it is ignored there).
const onPostgres = TEST_DATABASE_URL ? test : test.skip;

// The "replica" here is a second database holding other data than the primary, so every answer
// shows which of the two it came from: 3 published records (codes G32025…) against the primary's
// 5 (codes G32019…). It is opened read-only, so a write sent to it would fail, not vanish.
const REPLICA_CODE = 'G32025SH1';
const PRIMARY_CODE = 'G32019SH1';

let primary: TestDatabase;
let replica: TestDatabase;
let app: App;
let base: string;
const logs: string[] = [];

beforeAll(async () => {
  if (!TEST_DATABASE_URL) return;
  [primary, replica] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  for (const [database, count, tag] of [
    [replica, 3, 7],
    [primary, 5, 1],
  ] as const) {
    await seedDemo(database.db);
    await fileThrough(database.db, 'a', 'PROPERTY_TRANSACTIONS', propertyTransactionsCsv(count, tag));
  }
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const env = parseEnv({
    NODE_ENV: 'test',
    AUTH_SECRET: 'read-replica-test-secret-0123456789abcdef',
    DATABASE_URL: primary.url,
    DATABASE_READ_URL: replica.url,
  });
  app = await openApp(env, createLogger('info', sink));
  await listen(app.server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await replica?.dispose();
  await primary?.dispose();
});

async function gql<Data>(query: string, token?: string, variables?: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  expect(body.errors, query).toBeUndefined();
  return body.data as Data;
}

const signIn = async (username: string) =>
  (
    await gql<{ login: { token: string } }>(
      'mutation($u: String!) { login(username: $u, password: "sunshine-demo") { token } }',
      undefined,
      { u: username },
    )
  ).login.token;

const READS = `{
  publishedRecords(dataset: PROPERTY_TRANSACTIONS) { totalCount nodes { values } }
  propertyTransactionRecords { totalCount nodes { projectCode } }
  datasetCatalogue { slug recordCount }
}`;
interface Reads {
  publishedRecords: { totalCount: number; nodes: { values: { projectCode: string } }[] };
  propertyTransactionRecords: { totalCount: number; nodes: { projectCode: string }[] };
  datasetCatalogue: { slug: string; recordCount: number }[];
}
const summary = (reads: Reads) => ({
  published: reads.publishedRecords.nodes.map((n) => n.values.projectCode.slice(0, 9)),
  typed: reads.propertyTransactionRecords.nodes.map((n) => n.projectCode.slice(0, 9)),
  catalogue: reads.datasetCatalogue.find((e) => e.slug === 'property-transactions')?.recordCount,
});

onPostgres('anonymous reads of published data come from DATABASE_READ_URL', async () => {
  expect(logs.join('')).toContain(
    'public reads (pages, downloads, anonymous queries) go to DATABASE_READ_URL',
  );
  expect(summary(await gql<Reads>(READS))).toEqual({
    published: Array(3).fill(REPLICA_CODE),
    typed: Array(3).fill(REPLICA_CODE),
    catalogue: 3,
  });
  const csv = await (await fetch(`${base}/api/datasets/property-transactions.csv`)).text();
  expect(csv.match(new RegExp(REPLICA_CODE, 'g'))).toHaveLength(3);
  expect(csv).not.toContain(PRIMARY_CODE);
  const page = await (await fetch(`${base}/datasets/property-transactions`)).text();
  expect(page).toContain(REPLICA_CODE);
  expect(page).not.toContain(PRIMARY_CODE);
  // Operators see the replica's pool beside the primary's.
  const metrics = await (await fetch(`${base}/metrics`)).text();
  expect(metrics).toMatch(/sunshine_db_replica_pool_connections\{state="total"\} [1-9]/);
  expect(metrics).toMatch(/sunshine_db_pool_connections\{state="total"\} [1-9]/);
});

onPostgres('signed-in callers read the primary: they see what they just did', async () => {
  const reviewer = await signIn('muni-reviewer');
  expect(summary(await gql<Reads>(READS, reviewer))).toEqual({
    published: Array(5).fill(PRIMARY_CODE),
    typed: Array(5).fill(PRIMARY_CODE),
    catalogue: 5,
  });
});

onPostgres('writes go to the primary; the replica is left as it was', async () => {
  const count = async (database: TestDatabase) =>
    (await database.owner.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM submission')).rows[0]?.n;
  const before = { primary: await count(primary), replica: await count(replica) };
  const filer = await signIn('ent-a');
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({
      query: 'mutation($f: File!) { uploadSubmission(dataset: PROPERTY_TRANSACTIONS, file: $f) { status } }',
      variables: { f: null },
    }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.f'] }));
  form.set('0', new Blob([propertyTransactionsCsv(2, 3)]), 'pt.csv');
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${filer}` },
    body: form,
  });
  expect(await response.json()).toEqual({ data: { uploadSubmission: { status: 'VALIDATED' } } });
  expect({ primary: await count(primary), replica: await count(replica) }).toEqual({
    primary: (before.primary ?? 0) + 1,
    replica: before.replica,
  });
  // The replica's pool refuses writes outright.
  await expect(app.services.db.replica!.sql.query('DELETE FROM app_user')).rejects.toThrow(/read-only/);
});

test('on the embedded database DATABASE_READ_URL is ignored, and says so', async () => {
  const warnings: string[] = [];
  const db = await connectDatabase(
    {
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sunshine-replica-')),
      DATABASE_READ_URL: 'postgres://reader@127.0.0.1:5432/replica',
    },
    (message) => warnings.push(message),
  );
  try {
    expect(db.kind).toBe('pglite');
    expect(db.replica).toBeUndefined();
    expect(warnings).toEqual([
      'DATABASE_READ_URL is ignored: the embedded database (PGlite) has no replicas; set DATABASE_URL',
    ]);
  } finally {
    await db.close();
  }
}, 60_000);
