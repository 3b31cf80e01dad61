import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { connectDatabase } from '../../src/db/connect.js';
import { parseEnv } from '../../src/env.js';
import { type App, createApp } from '../../src/server/app.js';
import { listen } from '../../src/server/listen.js';
import { createLogger } from '../../src/server/logger.js';
import {
  createTestDatabase,
  TEST_DATABASE_URL,
  type TestDatabase,
  withDatabase,
} from '../support/database.js';

// A replica is a second PostgreSQL; PGlite has none.
const onPostgres = TEST_DATABASE_URL ? test : test.skip;
const toClose: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of toClose.reverse()) await close();
});

const ENV = { NODE_ENV: 'test', AUTH_SECRET: 'readiness-test-secret-0123456789abcdef' } as const;

async function fresh(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  toClose.push(() => database.dispose());
  return database;
}

/** The real server on its own port; returns what GET /readyz answers. */
async function serve(app: App) {
  toClose.push(() => app.close());
  await listen(app.server, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return async () => {
    const response = await fetch(`${base}/readyz`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

describe('the oversight worker (OVERSIGHT_JOBS=on)', () => {
  test('running: ready, with an oversight check', async () => {
    const database = await fresh();
    const app = createApp(parseEnv({ ...ENV, OVERSIGHT_JOBS: 'on' }), database.db, createLogger('silent'));
    const readyz = await serve(app);
    await app.oversight!.ready;
    expect(await readyz()).toEqual({
      status: 200,
      body: {
        status: 'ready',
        database: true,
        migrations: true,
        workers: true,
        accepting: true,
        oversight: true,
      },
    });
  }, 60_000);

  test('not started yet, then failed to start: not ready', async () => {
    const database = await fresh();
    // A pg-boss schema at a version pg-boss cannot migrate from: its start fails.
    await database.db.sql.exec(
      'CREATE SCHEMA pgboss; CREATE TABLE pgboss.version (version int, maintained_on timestamptz, cron_on timestamptz); INSERT INTO pgboss.version VALUES (1);',
    );
    const app = createApp(parseEnv({ ...ENV, OVERSIGHT_JOBS: 'on' }), database.db, createLogger('silent'));
    expect(app.oversight!.state()).toBe('starting');
    const readyz = await serve(app);
    await expect(app.oversight!.ready).rejects.toThrow();
    expect(app.oversight!.state()).toBe('failed');
    expect(await readyz()).toEqual({
      status: 503,
      // The database itself still answers: pg-boss's failed migration script is rolled back
      // (on PGlite it once left the one connection in an aborted transaction).
      body: expect.objectContaining({
        status: 'not ready',
        database: true,
        workers: false,
        oversight: false,
      }),
    });
  }, 60_000);

  test('off: no oversight key (the shape stays as before)', async () => {
    const database = await fresh();
    const app = createApp(parseEnv({ ...ENV, OVERSIGHT_JOBS: 'off' }), database.db, createLogger('silent'));
    const { body } = await (await serve(app))();
    expect(Object.keys(body).sort()).toEqual(['accepting', 'database', 'migrations', 'status', 'workers']);
  }, 60_000);
});

describe('the read replica (DATABASE_READ_URL)', () => {
  /** The app on `primary` with DATABASE_READ_URL = replicaUrl, opened as `npm start` does. */
  async function withReplica(primary: TestDatabase, replicaUrl: string) {
    const env = parseEnv({ ...ENV, DATABASE_URL: primary.url, DATABASE_READ_URL: replicaUrl });
    const db = await connectDatabase(
      { ...env, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sunshine-readyz-')) },
      () => {},
    );
    return serve(createApp(env, db, createLogger('silent')));
  }

  onPostgres(
    'a replica that answers: ready, with replica: true',
    async () => {
      const primary = await fresh();
      const replica = await fresh();
      const readyz = await withReplica(primary, replica.url!);
      expect(await readyz()).toEqual({
        status: 200,
        body: {
          status: 'ready',
          database: true,
          migrations: true,
          workers: true,
          accepting: true,
          replica: true,
        },
      });
    },
    60_000,
  );

  onPostgres.each([
    [
      'a database that does not exist',
      withDatabase(TEST_DATABASE_URL ?? 'postgres://x/', 'sunshine_no_such_db'),
    ],
    ['a closed port', 'postgres://postgres@127.0.0.1:1/replica'],
  ])(
    'a replica that does not answer (%s): not ready, replica: false',
    async (_name, url) => {
      const primary = await fresh();
      const readyz = await withReplica(primary, url);
      const started = performance.now();
      expect(await readyz()).toEqual({
        status: 503,
        body: {
          status: 'not ready',
          database: true,
          migrations: true,
          workers: true,
          accepting: true,
          replica: false,
        },
      });
      // Answered within the readiness timeout (2 s), not left hanging.
      expect(performance.now() - started).toBeLessThan(5000);
    },
    60_000,
  );
});
