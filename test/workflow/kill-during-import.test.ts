import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

// kill -9 of a process holding an embedded database is a different question (PGlite runs inside
// the killed process); this proves the one-transaction guarantee on a PostgreSQL server.
describe.runIf(testEngine === 'postgres')('kill -9 in the middle of a 100k-row import', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.dispose());

  // As the owner: the application's role may not see other sessions' queries in pg_stat_activity.
  const copiesInFlight = async () =>
    Number(
      (
        await t.owner.sql.query<{ n: string }>(
          `SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'COPY rows_executive_pay%'`,
        )
      ).rows[0]?.n,
    );

  test('leaves no submission, no rows, no issues and no audit entry', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/workflow/import-child.ts'], {
      cwd: ROOT,
      env: { ...process.env, SUNSHINE_KILL_TEST_URL: t.url },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Wait until rows are being copied inside the open transaction, then kill without warning.
    const deadline = Date.now() + 90_000;
    while ((await copiesInFlight()) === 0) {
      if (Date.now() > deadline || output.includes('committed'))
        throw new Error(`never saw the import copying: ${output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('committed');
    // The server notices the dropped connection and aborts the transaction.
    await new Promise((r) => setTimeout(r, 500));
    const count = async (table: string) =>
      Number((await t.db.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM ${table}`)).rows[0]?.n);
    expect(await count('submission')).toBe(0);
    expect(await count('rows_executive_pay')).toBe(0);
    expect(await count('submission_issue')).toBe(0);
    expect(await count('submission_file')).toBe(0);
    expect(await count('audit_log')).toBe(0);
  }, 120_000);
});
