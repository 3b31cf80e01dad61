import path from 'node:path';
import type { Env } from '../env.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { APP_ROLE, openPostgres } from './postgres.js';

/**
 * Opens the configured database and applies pending migrations. On PostgreSQL the migrations run on
 * a short-lived owner connection, and the returned pool acts as the application's role (APP_ROLE),
 * which cannot change or remove audit entries. PGlite has a single user: there the audit log's
 * triggers are the only guard (docs/workflow.md).
 */
export async function connectDatabase(env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Database> {
  if (!env.DATABASE_URL) return migrated(await openPglite(path.resolve(env.DATA_DIR, 'pglite')));
  const owner = await migrated(openPostgres(env.DATABASE_URL, { max: 1 }));
  await owner.close();
  return openPostgres(env.DATABASE_URL, { role: APP_ROLE });
}

async function migrated(db: Database): Promise<Database> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
