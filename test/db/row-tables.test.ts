import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datasets } from '../../schema/datasets/index.js';
import { rowColumns, rowTableName } from '../../schema/derive/row-table.js';
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
