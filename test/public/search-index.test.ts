import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SqlClient } from '../../src/db/database.js';
import { seedDemo } from '../../src/demo/seed.js';
import { countRecords } from '../../src/public/count.js';
import { readRecords } from '../../src/public/records.js';
import { datasetOf } from '../../src/submissions/datasets.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';
import { submissionInState } from '../support/scenario.js';

const INDEX = 'published_record_search_idx';
const OTHER_RECORDS = 20_000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** Runs the service against a client that records every statement it sends. */
function recording(sql: SqlClient) {
  const statements: { text: string; params: unknown[] }[] = [];
  const client: SqlClient = {
    query: (text, params) => {
      statements.push({ text, params: params ?? [] });
      return sql.query(text, params);
    },
    exec: (script) => sql.exec(script),
    copyFrom: (copySql, data) => sql.copyFrom(copySql, data),
    copyIn: (copySql) => sql.copyIn(copySql),
  };
  return { client, statements };
}

describe(`Chinese substring search is served by the trigram index (${testEngine})`, () => {
  let t: TestDatabase;
  let name: string;
  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDemo(t.db);
    // One record published through the real services; its executive's name is what we search for.
    const id = await submissionInState(t.db, 'a', 'PUBLISHED');
    const record = await t.db.prisma.publishedRecord.findFirstOrThrow({ where: { submissionId: id } });
    name = String((record.values as Record<string, unknown>).name);
    expect(record.searchText).toContain(name);
    // Many other published records of the same dataset, whose search text is Chinese too.
    await t.db.sql.query(
      `INSERT INTO published_record (submission_id, dataset, enterprise_id, enterprise_name, row_number,
         published_at, "values", search_text)
       SELECT submission_id, dataset, enterprise_id, enterprise_name, row_number + g, published_at, "values",
              enterprise_name || ' 董事长 职工' || (g % 997) || ' 浦东新区公交线路运营' || g
       FROM published_record, generate_series(1, $1::int) g`,
      [OTHER_RECORDS],
    );
    // As the table's owner: on PostgreSQL the application's role may not ANALYZE (it would be skipped
    // with a warning, leaving the planner without statistics; autovacuum does it in production).
    await t.owner.sql.exec('ANALYZE published_record');
  });
  afterAll(() => t.dispose());

  test('Chinese text yields trigrams on this engine (else the index could not narrow anything)', async () => {
    const { rows } = await t.db.sql.query<{ n: number }>('SELECT cardinality(show_trgm($1))::int AS n', [
      name,
    ]);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  test('the service’s list and count queries plan and use the trigram index', async () => {
    const { client, statements } = recording(t.db.sql);
    const filter = { dataset: datasetOf('EXECUTIVE_PAY'), search: name };
    const found = await readRecords(client, filter, 50, null);
    expect(found.map((r) => r.values.name)).toEqual([name]);
    expect(await countRecords(client, filter)).toBe(1);
    expect(statements).toHaveLength(2);
    for (const { text, params } of statements) {
      const { rows } = await t.db.sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
        params,
      );
      const raw = rows[0]!['QUERY PLAN'];
      const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw)[0].Plan as PlanNode;
      const scans = nodesOf(plan).filter((n) => n['Index Name'] === INDEX);
      expect(scans, `${text}\n${JSON.stringify(plan, null, 1)}`).toHaveLength(1);
      // The index narrows 20,001 records to a handful: Chinese trigrams are really in it.
      expect(scans[0]!['Actual Rows']).toBeLessThan(10);
    }
  });
});
