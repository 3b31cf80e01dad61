import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { actorOf } from '../support/scenario.js';

// The rows stream into one COPY while the worker reads on; a file that turns out unreadable after
// thousands of rows (past several COPY slices on PGlite) must leave no rows behind.
describe('a file that breaks after many rows', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.dispose());

  test('keeps the submission and its file, with one file-level issue and none of the rows', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ name: `员工${i}` }));
    const csv = `${executivePayCsv(ENTERPRISE_A, rows)}1,2024,"unclosed quote\n`;
    const bytes = new TextEncoder().encode(csv);
    const actor = await actorOf(t.db, 'ent-a');
    const { submissionId, created } = await uploadSubmission(
      t.db,
      actor,
      { dataset: 'EXECUTIVE_PAY', filename: 'broken.csv', bytes },
      { maxBytes: 1e9 },
    );
    expect(created).toBe(true);
    const s = await t.db.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(s).toMatchObject({ status: 'VALIDATION_FAILED', rowCount: 0, errorCount: 1, periods: [] });
    const count = async (sql: string) =>
      Number((await t.db.sql.query<{ n: string }>(sql, [submissionId])).rows[0]?.n);
    expect(await count('SELECT count(*)::text AS n FROM rows_executive_pay WHERE submission_id = $1')).toBe(
      0,
    );
    expect(await count('SELECT size::text AS n FROM submission_file WHERE submission_id = $1')).toBe(
      bytes.byteLength,
    );
    const issues = await t.db.sql.query<{ code: string }>(
      'SELECT code FROM submission_issue WHERE submission_id = $1',
      [submissionId],
    );
    expect(issues.rows).toEqual([{ code: 'malformed-csv' }]);
  }, 60_000);
});
