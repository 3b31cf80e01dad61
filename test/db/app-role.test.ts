import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { expect, test } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../../src/db/migrate.js';
import { APP_ROLE, openPostgres } from '../../src/db/postgres.js';
import { bossDb } from '../../src/delivery/queue.js';
import { createTestDatabase, TEST_DATABASE_URL, testEngine } from '../support/database.js';

const ROLE_MIGRATION = '008.do.app-role.sql';

/** The migrations before the role's, then the role's own under another name (roles are cluster-wide). */
function migrationsFor(role: string) {
  const earlier = (f: string) => f === MIGRATIONS_DIR || path.basename(f) < ROLE_MIGRATION;
  const before = mkdtempSync(path.join(tmpdir(), 'sunshine-migrations-'));
  cpSync(MIGRATIONS_DIR, before, { recursive: true, filter: earlier });
  const withRole = mkdtempSync(path.join(tmpdir(), 'sunshine-migrations-'));
  cpSync(before, withRole, { recursive: true });
  const sql = readFileSync(path.join(MIGRATIONS_DIR, ROLE_MIGRATION), 'utf8');
  writeFileSync(path.join(withRole, ROLE_MIGRATION), sql.replaceAll('sunshine_app', role));
  const remove = () => {
    for (const dir of [before, withRole]) rmSync(dir, { recursive: true });
  };
  return { before, withRole, remove };
}

test.skipIf(testEngine !== 'postgres')(
  'the application role is created once when several databases migrate at the same moment',
  async () => {
    const role = `sunshine_app_${randomBytes(4).toString('hex')}`;
    const dirs = migrationsFor(role);
    const databases = await Promise.all([1, 2, 3, 4].map(() => createTestDatabase({ migrate: false })));
    try {
      await Promise.all(databases.map((t) => migrate(t.db, dirs.before)));
      await Promise.all(databases.map((t) => migrate(t.db, dirs.withRole)));
      for (const t of databases) {
        const { rows } = await t.db.sql.query<Record<string, boolean>>(
          `SELECT has_table_privilege($1, 'audit_log', 'INSERT') AS "insert",
                  has_table_privilege($1, 'audit_log', 'UPDATE') AS "update",
                  has_table_privilege($1, 'submission', 'UPDATE') AS "submission"`,
          [role],
        );
        expect(rows[0]).toEqual({ insert: true, update: false, submission: true });
      }
    } finally {
      for (const t of databases) await t.dispose();
      dirs.remove();
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP ROLE IF EXISTS ${role}`).finally(() => admin.end());
    }
  },
);

test.skipIf(testEngine !== 'postgres')(
  'a pg-boss schema installed by the owner before the role existed is handed over to it',
  async () => {
    const dirs = migrationsFor(APP_ROLE);
    const t = await createTestDatabase({ migrate: false });
    const app = openPostgres(t.url!, { role: APP_ROLE });
    try {
      await migrate(t.db, dirs.before);
      await runBoss(t.db.sql, 'installed-by-owner');
      await migrate(t.db);
      expect(await runBoss(app.sql, 'created-by-app')).toBe(1);
      expect(await runBoss(app.sql, 'installed-by-owner')).toBe(1);
    } finally {
      await app.close();
      await t.dispose();
      dirs.remove();
    }
  },
);

/** Starts pg-boss (install or upgrade), makes sure the queue exists, sends a job and fetches it. */
async function runBoss(sql: Parameters<typeof bossDb>[0], queue: string): Promise<number> {
  const boss = new PgBoss({ db: bossDb(sql), schedule: false, supervise: false });
  await boss.start();
  try {
    if (!(await boss.getQueue(queue))) await boss.createQueue(queue);
    await boss.send(queue, {});
    return (await boss.fetch(queue, { batchSize: 10 })).length;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
