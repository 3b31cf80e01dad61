import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.js';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { APP_ROLE, openPostgres } from '../../src/db/postgres.js';
import { seedDemo } from '../../src/demo/seed.js';
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from '../../src/ops/backup.js';
import { createTestDatabase, TEST_DATABASE_URL } from '../support/database.js';
import { submissionInState } from '../support/scenario.js';

/** What the public sees, in a stable order: must be identical after a restore. */
async function publishedRecords(db: Database) {
  const { rows } = await db.sql.query(
    'SELECT id, submission_id, row_number, values::text AS v FROM published_record ORDER BY id',
  );
  return rows;
}

async function fillWithHistory(db: Database) {
  await seedDemo(db);
  await submissionInState(db, 'a', 'PUBLISHED');
  await submissionInState(db, 'd', 'SUPERSEDED');
  await submissionInState(db, 'a', 'RETURNED');
}

test.skipIf(TEST_DATABASE_URL)(
  'an embedded database restored from its backup verifies and serves the same records',
  async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sunshine-backup-'));
    const source = await openPglite(path.join(dir, 'pglite'));
    await migrate(source);
    await fillWithHistory(source);
    const before = await publishedRecords(source);
    expect(before.length).toBeGreaterThan(0);
    await source.close();

    await backupPglite(path.join(dir, 'pglite'), path.join(dir, 'backup.tar.gz'));
    const { keptAside } = await restorePglite(path.join(dir, 'backup.tar.gz'), path.join(dir, 'restored'));
    expect(keptAside).toBeUndefined();

    const restored = await openPglite(path.join(dir, 'restored'));
    expect(await verifyAuditChain(restored)).toMatchObject({ ok: true });
    expect(await publishedRecords(restored)).toEqual(before);
    await restored.close();

    // Restoring over an existing directory keeps it aside instead of destroying it.
    const again = await restorePglite(path.join(dir, 'backup.tar.gz'), path.join(dir, 'restored'));
    expect(again.keptAside).toMatch(/restored\.before-restore-/);
  },
  120_000,
);

test.runIf(TEST_DATABASE_URL)(
  'a PostgreSQL database restored from pg_dump verifies and serves the same records',
  async () => {
    const source = await createTestDatabase();
    const target = await createTestDatabase({ migrate: false });
    try {
      await fillWithHistory(source.db);
      const before = await publishedRecords(source.db);
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'sunshine-pgdump-')), 'backup.dump');
      await backupPostgres(source.url as string, file);
      await restorePostgres(file, target.url as string);
      // As the application would: acting as its restricted role on the restored database.
      const app = openPostgres(target.url as string, { role: APP_ROLE, max: 2 });
      try {
        expect(await verifyAuditChain(app)).toMatchObject({ ok: true });
        expect(await publishedRecords(app)).toEqual(before);
        expect(execFileSync('pg_restore', ['--list', file]).toString()).toContain('audit_log');
      } finally {
        await app.close();
      }
    } finally {
      await source.dispose();
      await target.dispose();
    }
  },
  120_000,
);
