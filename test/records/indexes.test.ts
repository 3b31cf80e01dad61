import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datasets, executivePay } from '../../schema/datasets/index.js';
import { rowTableName, snakeCase } from '../../schema/derive/row-table.js';
import type { SqlClient } from '../../src/db/database.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { seedDemo } from '../../src/demo/seed.js';
import { listRecords } from '../../src/records/records.service.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';
import { fileThrough, payCsv } from './support.js';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];
const OTHER_YEARS = 20_000;

describe(`the records query for one year is served by the period index (${testEngine})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    const id = await fileThrough(t.db, 'a', 'EXECUTIVE_PAY', payCsv('a', [{ name: '甲高', high: true }]));
    // Many rows of earlier years in the same published submission.
    await t.db.sql.query(
      `INSERT INTO rows_executive_pay (submission_id, row_number, fiscal_year, name, total_pre_tax)
       SELECT $1::uuid, 100 + g, 2000 + g % 20, '职工' || g, 100 + g % 97 FROM generate_series(1, $2::int) g`,
      [id, OTHER_YEARS],
    );
    await t.owner.sql.exec('ANALYZE rows_executive_pay');
  });
  afterAll(() => t.dispose());

  test('every dataset’s period field has an index', async () => {
    const { rows } = await t.db.sql.query<{ indexdef: string }>('SELECT indexdef FROM pg_indexes');
    for (const def of datasets.filter((d) => d.periodField)) {
      const column = snakeCase(def.periodField ?? '');
      expect(rows.some((r) => r.indexdef.includes(`${rowTableName(def)} USING btree (${column})`))).toBe(
        true,
      );
    }
  });

  test('the service’s one statement plans an index scan on fiscal_year', async () => {
    const statements: { text: string; params: unknown[]; prepare?: boolean }[] = [];
    const recording: SqlClient = {
      ...t.db.sql,
      query: (text, params, options) => {
        statements.push({ text, params: params ?? [], prepare: options?.prepare });
        return t.db.sql.query(text, params, options);
      },
    };
    const actor = await actorByUsername(t.db, 'muni-reviewer');
    const input = {
      where: { fiscalYear: { eq: 2023 }, totalPreTax: { gt: '150' } },
      orderBy: [{ totalPreTax: 'DESC' as const }],
    };
    const page = await listRecords(recording, actor, executivePay, input);
    expect(page.nodes.map((n) => n.name)).toEqual(['甲高']);
    expect(statements).toHaveLength(1);
    const { text, params, prepare } = statements[0]!;
    // Planned once per connection (src/db/prepared.ts): the page size is in the text, not a parameter.
    expect(prepare).toBe(true);
    expect(text).toMatch(/LIMIT 51$/);
    const { rows } = await t.db.sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
      `EXPLAIN (FORMAT JSON) ${text}`,
      params,
    );
    const raw = rows[0]!['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
    const indexes = nodesOf(plan[0].Plan).map((n) => n['Index Name']);
    expect(indexes).toContain('rows_executive_pay_fiscal_year_idx');
  });
});
