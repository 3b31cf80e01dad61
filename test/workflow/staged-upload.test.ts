import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { actorOf } from '../support/scenario.js';

const count = async (t: TestDatabase, sql: string, params: unknown[] = []) =>
  Number((await t.db.sql.query<{ n: string }>(sql, params)).rows[0]?.n);

// On PostgreSQL an upload is one transaction on its own connection; on the embedded database it
// is staged (src/submissions/upload-staged.ts), which is what this proves.
describe.runIf(testEngine === 'pglite')('an upload on the embedded database', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.dispose());

  test('lets other statements run between its slices, and shows no row before it commits', async () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => ({ name: `员工${i}` }));
    const bytes = new TextEncoder().encode(executivePayCsv(ENTERPRISE_A, rows));
    const actor = await actorOf(t.db, 'ent-a');
    const before = await count(t, 'SELECT count(*)::text AS n FROM submission');
    let done = false;
    const uploading = uploadSubmission(
      t.db,
      actor,
      { dataset: 'EXECUTIVE_PAY', filename: 'big.csv', bytes },
      {
        maxBytes: 1e9,
      },
    ).finally(() => {
      done = true;
    });
    let slowest = 0;
    let stagedSeen = 0;
    while (!done) {
      const started = performance.now();
      // What /healthz runs, and what a reader of the submission list would see.
      const staged = await count(
        t,
        'SELECT count(*)::text AS n FROM rows_executive_pay r JOIN pending_upload p ON p.id = r.submission_id',
      );
      const visible = await count(t, 'SELECT count(*)::text AS n FROM submission');
      slowest = Math.max(slowest, performance.now() - started);
      if (!done && staged > 0) {
        stagedSeen = Math.max(stagedSeen, staged);
        expect(visible).toBe(before);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    const { submissionId } = await uploading;
    // Rows were loading while these statements ran: they interleaved with the upload.
    expect(stagedSeen).toBeGreaterThan(0);
    expect(stagedSeen).toBeLessThan(40_000);
    expect(slowest).toBeLessThan(2_000);
    expect(
      await count(t, 'SELECT count(*)::text AS n FROM rows_executive_pay WHERE submission_id = $1', [
        submissionId,
      ]),
    ).toBe(40_000);
    expect(await count(t, 'SELECT count(*)::text AS n FROM pending_upload')).toBe(0);
  }, 180_000);

  test("a killed upload's staged rows are swept by the next upload", async () => {
    // What a kill -9 mid-upload leaves: a pending id and some of its rows, no submission.
    const orphan = randomUUID();
    await t.db.sql.query('INSERT INTO pending_upload (id) VALUES ($1)', [orphan]);
    await t.db.sql.query(
      `INSERT INTO rows_executive_pay (submission_id, row_number, record_key, fiscal_year, enterprise_name, enterprise_code, name, position)
       VALUES ($1, 2, 'k', 2023, 'x', '913100001322000126', '孤儿', '董事长')`,
      [orphan],
    );
    const actor = await actorOf(t.db, 'ent-a');
    const bytes = new TextEncoder().encode(executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }]));
    await uploadSubmission(
      t.db,
      actor,
      { dataset: 'EXECUTIVE_PAY', filename: 'one.csv', bytes },
      { maxBytes: 1e9 },
    );
    expect(
      await count(t, 'SELECT count(*)::text AS n FROM rows_executive_pay WHERE submission_id = $1', [orphan]),
    ).toBe(0);
    expect(await count(t, 'SELECT count(*)::text AS n FROM pending_upload')).toBe(0);
  }, 60_000);

  test('rows naming neither a submission nor a pending upload are still refused', async () => {
    await expect(
      t.db.sql.query(
        `INSERT INTO rows_executive_pay (submission_id, row_number, record_key, fiscal_year, enterprise_name, enterprise_code, name, position)
         VALUES ($1, 2, 'k', 2023, 'x', '913100001322000126', '无主', '董事长')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/does not exist/);
  });
});
