import path from 'node:path';
import type { Env } from '../env.js';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { APP_ROLE, openPostgres } from './postgres.js';
import { withReadReplica } from './read-replica.js';

/**
 * Opens the configured database and applies pending migrations. On PostgreSQL the migrations run on
 * a short-lived owner connection, and the returned pool acts as the application's role (APP_ROLE),
 * which cannot change or remove audit entries. PGlite has a single user: there the audit log's
 * triggers are the only guard (docs/workflow.md). With DATABASE_READ_URL (PostgreSQL only) public
 * reads go to that replica (read-replica.ts); `warn` says why it is ignored on PGlite.
 */
export async function connectDatabase(
  env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'> & Partial<Pick<Env, 'DATABASE_READ_URL'>>,
  warn: (message: string) => void = console.warn,
): Promise<Database> {
  if (!env.DATABASE_URL) {
    if (env.DATABASE_READ_URL)
      warn('DATABASE_READ_URL is ignored: the embedded database (PGlite) has no replicas; set DATABASE_URL');
    return migrated(await openPglite(path.resolve(env.DATA_DIR, 'pglite')));
  }
  const owner = await migrated(openPostgres(env.DATABASE_URL, { max: 1 }));
  await owner.close();
  const primary = openPostgres(env.DATABASE_URL, { role: APP_ROLE });
  return env.DATABASE_READ_URL ? withReadReplica(primary, env.DATABASE_READ_URL) : primary;
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
