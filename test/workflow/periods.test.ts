import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datasets } from '../../schema/datasets/index.js';
import { quoteIdent, rowColumns, rowTableName } from '../../schema/derive/row-table.js';
import { seedDemo } from '../../src/demo/seed.js';
import { validateToCopyText } from '../../src/intake/validate-to-copy.js';
import { rowCopySql } from '../../src/submissions/copy-text.js';
import { FIXTURE_TODAY, fixtureDir } from '../fixtures/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// The upload worker labels each row's period in JavaScript; the database's own reading of the
// stored rows (a date's year, else the value as text) must give the same, on every dataset.
describe('periods collected by the upload worker match the stored rows', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
  });
  afterAll(() => t.dispose());

  test.each(datasets.map((d) => [d.key, d] as const))('%s', async (key, def) => {
    const id = crypto.randomUUID();
    await t.db.sql.query(
      `INSERT INTO submission (id, receipt_code, enterprise_id, dataset, status, content_sha256, filename, format,
                               row_count, error_count, warning_count, uploaded_by_id)
       SELECT $1::uuid, $2, enterprise_id, $3, 'VALIDATED', $1::text, 'valid.csv', 'csv', 0, 0, 0, id
       FROM app_user WHERE username = 'ent-a'`,
      [id, `P-${key}`, def.graphqlName],
    );
    const bytes = readFileSync(new URL('valid.csv', fixtureDir(key)));
    const chunks: string[] = [];
    const { periods } = await validateToCopyText(
      { bytes, dataset: key, today: FIXTURE_TODAY, submissionId: id },
      { emit: async (chunk) => void chunks.push(chunk) },
    );
    await t.db.transaction((tx) => tx.copyFrom(rowCopySql(def), chunks.join('')));
    const column = rowColumns(def).find((c) => c.field === def.periodField);
    if (!column) throw new Error(`${key} declares no period field`);
    const name = quoteIdent(column.column);
    const sql = ['date', 'timestamp'].includes(column.sqlType) ? `to_char(${name}, 'YYYY')` : `${name}::text`;
    const stored = await t.db.sql.query<{ p: string }>(
      `SELECT DISTINCT ${sql} AS p FROM ${rowTableName(def)} WHERE submission_id = $1 AND ${name} IS NOT NULL`,
      [id],
    );
    expect(periods.length).toBeGreaterThan(0);
    expect([...periods].sort()).toEqual(stored.rows.map((r) => r.p).sort());
  });
});
