import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { APP_ROLE, openPostgres } from '../../src/db/postgres.js';

/** Set by CI's second run: the same tests, on a real PostgreSQL server. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;
export const testEngine = TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase {
  /** The database as the application uses it: on PostgreSQL, acting as APP_ROLE once migrated. */
  db: Database;
  /**
   * The owner's connection (migrations, DDL, tampering with the audit log in tests). The same
   * handle as `db` on PGlite and on an unmigrated PostgreSQL database.
   */
  owner: Database;
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
  const { owner, url, drop } = TEST_DATABASE_URL
    ? await freshPostgres(TEST_DATABASE_URL)
    : await freshPglite();
  if (options.migrate === false) return { db: owner, owner, url, dispose: () => closeAll([owner], drop) };
  await migrate(owner);
  // As connectDatabase does: after the migrations, the application acts as its own role.
  const db = url ? openPostgres(url, { max: 5, role: APP_ROLE }) : owner;
  return { db, owner, url, dispose: () => closeAll(db === owner ? [owner] : [db, owner], drop) };
}

async function closeAll(databases: Database[], drop: () => Promise<void>) {
  for (const database of databases) await database.close();
  await drop();
}

async function freshPglite() {
  return { owner: await openPglite(undefined), url: undefined, drop: async () => {} };
}

async function freshPostgres(serverUrl: string) {
  const name = `sunshine_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = withDatabase(serverUrl, name);
  return {
    owner: openPostgres(url, { max: 2 }),
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
