import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Postgrator from 'postgrator';
import type { Database, SqlClient } from './database.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

// Any constant shared by all Sunshine processes: serialises concurrent start-ups on one PostgreSQL.
const MIGRATION_LOCK_KEY = 7_031_975;

export interface MigrationResult {
  applied: string[];
  version: number;
}

/**
 * Applies pending plain-SQL migrations (prisma/migrations/NNN.do.<name>.sql), identically on PGlite
 * and PostgreSQL. Postgrator records an MD5 per file and refuses to run when an applied file was
 * edited. Each file runs in its own transaction, so a failing migration leaves nothing behind.
 */
export async function migrate(db: Database, dir: string = MIGRATIONS_DIR): Promise<MigrationResult> {
  return db.withConnection(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const postgrator = createPostgrator(client, dir);
      const applied = await postgrator.migrate();
      return {
        applied: applied.map((m) => path.basename(m.filename)),
        version: Number(await postgrator.getDatabaseVersion()),
      };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  });
}

function createPostgrator(client: SqlClient, dir: string): Postgrator {
  return new Postgrator({
    migrationPattern: `${dir}/*.sql`,
    driver: 'pg',
    schemaTable: 'schema_migration',
    validateChecksums: true,
    execQuery: (query) => client.query(query),
    execSqlScript: async (script) => {
      try {
        await client.exec(`BEGIN;\n${script}\nCOMMIT;`);
      } catch (error) {
        await client.exec('ROLLBACK;');
        throw error;
      }
    },
  });
}
