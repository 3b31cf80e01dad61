import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { countRecords } from '../../src/public/count.js';
import { keysetQuery, type RecordPosition, readRecords } from '../../src/public/records.js';
import { datasetOf } from '../../src/submissions/datasets.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';
import { submissionInState } from '../support/scenario.js';
import { bulkRecords, nodesOf, planOf, recording, scansOf } from './plans.js';

const ORDER_INDEX = 'published_record_order_idx';
const GRAMS_INDEX = 'published_record_grams_idx';
const RECORDS = 20_000;
const dataset = datasetOf('EXECUTIVE_PAY');

describe(`public reads use their indexes at ${RECORDS} records (${testEngine})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    await bulkRecords(t.owner, await submissionInState(t.db, 'a', 'PUBLISHED'), RECORDS);
  });
  afterAll(() => t.dispose());

  /** The plan of readRecords' one statement, which must read the order index and no more than it returns. */
  async function pagePlan(filter: Parameters<typeof readRecords>[1], after: RecordPosition | null) {
    const { client, statements } = recording(t.db.sql);
    const rows = await readRecords(client, filter, 51, after);
    expect(statements).toHaveLength(1);
    const { text, params } = statements[0]!;
    return { rows, plan: await planOf(t.db.sql, text, params), text };
  }

  test('a page reads the order index and stops after the page: no sort of the whole dataset', async () => {
    const { rows, plan, text } = await pagePlan({ dataset }, null);
    expect(rows).toHaveLength(51);
    const [scan] = scansOf(plan, ORDER_INDEX, text);
    expect(scan!['Actual Rows']).toBeLessThanOrEqual(51);
    expect(nodesOf(plan).some((n) => n['Node Type'] === 'Sort')).toBe(false);
  });

  test('page 300, inside one publication and across the next, costs what page 1 costs (keyset)', async () => {
    const { text: deepText, values } = keysetQuery(
      { dataset },
      'published_at, submission_id, row_number',
      1,
      null,
    );
    // The position of the 15,000th record: in the middle of one publication of 1,000 records.
    const offset = await t.db.sql.query<{
      published_at: Date | string;
      submission_id: string;
      row_number: number;
    }>(deepText.replace(/LIMIT \$\d+$/, 'OFFSET 15000 LIMIT 1'), values.slice(0, -1));
    const at = offset.rows[0]!;
    const after = {
      publishedAt: new Date(at.published_at).toISOString(),
      submissionId: at.submission_id,
      rowNumber: at.row_number,
    };
    const { rows, plan, text } = await pagePlan({ dataset }, after);
    expect(rows).toHaveLength(51);
    expect(rows[0]!.rowNumber).toBeGreaterThan(at.row_number);
    for (const scan of scansOf(plan, ORDER_INDEX, text)) expect(scan['Actual Rows']).toBeLessThanOrEqual(51);
    // Only the two ranges' rows (at most 2 × 51) are ever sorted.
    for (const sort of nodesOf(plan).filter((n) => n['Node Type'] === 'Sort'))
      expect(sort['Actual Rows']).toBeLessThanOrEqual(51);
  });

  test.each([
    ['建国', 4],
    ['鑫', 2],
  ])('a %s search (fewer than 3 characters) is answered by the gram index', async (term, matches) => {
    const { rows, plan, text } = await pagePlan({ dataset, search: term }, null);
    expect(rows).toHaveLength(matches);
    for (const row of rows) expect(row.values.name).toBeDefined();
    const [scan] = scansOf(plan, GRAMS_INDEX, text);
    // The index narrows 20,000 records to the matches: the grams are really in it.
    expect(scan!['Actual Rows']).toBeLessThanOrEqual(matches);
    expect(await countRecords(t.db.sql, { dataset, search: term })).toBe(matches);
  });

  test('counts without a filter come from the kept figures, which agree with counting', async () => {
    const { client, statements } = recording(t.db.sql);
    const total = await countRecords(client, { dataset });
    const current = await countRecords(client, { dataset, status: ['CURRENT'] });
    expect(statements.every((s) => !s.text.includes('FROM published_record'))).toBe(true);
    const { rows } = await t.db.sql.query<{ total: number; current: number }>(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE superseded_at IS NULL AND withdrawn_at IS NULL)::int AS current
       FROM published_record WHERE dataset = 'EXECUTIVE_PAY'`,
    );
    expect({ total, current }).toEqual(rows[0]);
    expect(total).toBeGreaterThan(RECORDS);
  });
});
