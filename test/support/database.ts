import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

/** Set by CI's second run: the same tests, on a real PostgreSQL server. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const testEngine = TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  db: Database;
  /** Connection URL of the fresh PostgreSQL database (undefined on PGlite). */
  url?: string;
  /** Closes and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: in-memory PGlite, or a new database on the
 * TEST_DATABASE_URL server (created here, dropped on dispose). Migrated unless told otherwise.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { db, url, drop } = TEST_DATABASE_URL ? await freshPostgres(TEST_DATABASE_URL) : await freshPglite();
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    url,
    dispose: async () => {
      await db.close();
      await drop();
    },
  };
}

async function freshPglite() {
  return { db: await openPglite(undefined), url: undefined, drop: async () => {} };
}

async function freshPostgres(serverUrl: string) {
  const name = `sunshine_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  return {
    db: openPostgres(url, { max: 5 }),
    url,
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
