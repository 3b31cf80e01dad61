import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datasets } from '../../schema/datasets/index.js';
import { rowColumns, rowTableName } from '../../schema/derive/row-table.js';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// A field added to a dataset definition without a migration for its column fails here.
describe('typed row tables match the dataset definitions', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.dispose());

  test.each(datasets.map((d) => [d.key, d] as const))('%s', async (_key, def) => {
    const result = await t.db.sql.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
      [rowTableName(def)],
    );
    const normalise = (type: string) => (type === 'timestamp without time zone' ? 'timestamp' : type);
    const actual = result.rows.map((r) => `${r.column_name} ${normalise(r.data_type)}`);
    const expected = [
      'submission_id uuid',
      'row_number integer',
      'record_key text',
      ...rowColumns(def).map((c) => `${c.column} ${c.sqlType}`),
    ];
    expect(actual).toEqual(expected);
  });
});

// The rows' link to their submission is checked per statement (migration 007), not per row.
describe('typed rows always belong to an existing submission', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });

  /** A submission nothing else points at yet. */
  async function bareSubmission(): Promise<string> {
    const id = crypto.randomUUID();
    await t.db.sql.query(
      `INSERT INTO submission (id, receipt_code, enterprise_id, dataset, status, content_sha256, filename, format,
                               row_count, error_count, warning_count, uploaded_by_id)
       SELECT $1::uuid, $1::text, enterprise_id, 'EXECUTIVE_PAY', 'VALIDATED', $1::text, 'f.csv', 'csv', 0, 0, 0, id
       FROM app_user WHERE username = 'ent-a'`,
      [id],
    );
    return id;
  }
  afterAll(() => t.dispose());

  const code = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: { code?: string }) => error.code,
    );

  test.each(datasets.map((d) => [d.key, rowTableName(d)] as const))('%s', async (_key, table) => {
    const submissionId = await bareSubmission();
    const insert = (id: string, row: number) =>
      t.db.sql.query(`INSERT INTO ${table} (submission_id, row_number) VALUES ($1, $2)`, [id, row]);
    expect(await code(insert(crypto.randomUUID(), 1))).toBe('23503');
    const copy = t.db.transaction((tx) =>
      tx.copyFrom(`COPY ${table} (submission_id, row_number) FROM STDIN`, `${crypto.randomUUID()}\t1\n`),
    );
    expect(await code(copy)).toBe('23503');
    expect(await code(insert(submissionId, 1))).toBe('ok');
    const move = t.db.sql.query(`UPDATE ${table} SET submission_id = $1`, [crypto.randomUUID()]);
    expect(await code(move)).toBe('23503');
    const remove = () => t.db.sql.query('DELETE FROM submission WHERE id = $1', [submissionId]);
    await expect(remove()).rejects.toThrow(`still has rows in ${table}`);
    await t.db.sql.query(`DELETE FROM ${table} WHERE submission_id = $1`, [submissionId]);
    expect(await code(remove())).toBe('ok');
  });
});
