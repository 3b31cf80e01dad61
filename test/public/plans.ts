import { expect } from 'vitest';
import type { Database, SqlClient } from '../../src/db/database.js';

export interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

export const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** The executed plan of a statement (EXPLAIN ANALYZE), on either engine. */
export async function planOf(sql: SqlClient, text: string, params: unknown[]): Promise<PlanNode> {
  const { rows } = await sql.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] | string }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`,
    params,
  );
  const raw = rows[0]!['QUERY PLAN'];
  return (typeof raw === 'string' ? JSON.parse(raw) : raw)[0].Plan as PlanNode;
}

/** Index scans of `index` in a plan, with a readable failure message when there are none. */
export function scansOf(plan: PlanNode, index: string, text: string): PlanNode[] {
  const scans = nodesOf(plan).filter((n) => n['Index Name'] === index);
  expect(scans.length, `${text}\n${JSON.stringify(plan, null, 1)}`).toBeGreaterThan(0);
  return scans;
}

/** A client that records every statement it sends before sending it on. */
export function recording(sql: SqlClient) {
  const statements: { text: string; params: unknown[] }[] = [];
  const client: SqlClient = {
    query: (text, params) => {
      statements.push({ text, params: params ?? [] });
      return sql.query(text, params);
    },
    exec: (script) => {
      statements.push({ text: script, params: [] });
      return sql.exec(script);
    },
    copyFrom: (copySql, data) => sql.copyFrom(copySql, data),
    copyIn: (copySql) => sql.copyIn(copySql),
  };
  return { client, statements };
}

/** The same database with its plain-SQL side recorded. */
export function recordingDatabase(db: Database) {
  const { client, statements } = recording(db.sql);
  return { db: { ...db, sql: client } as Database, statements };
}

/**
 * `count` more published executive-pay records beside the ones of `submissionId` (copies of its
 * first), in 20 publications of `count / 20` rows: 王建国 in every 5,000th, 鑫 in every 7,000th.
 */
export async function bulkRecords(owner: Database, submissionId: string, count: number) {
  await owner.sql.query(
    `INSERT INTO published_record (submission_id, dataset, enterprise_id, enterprise_name, row_number,
       published_at, "values", search_text)
     SELECT submission_id, dataset, enterprise_id, enterprise_name, 1000 + g,
            published_at - ((g * 20 / $2::int) * interval '1 hour'), "values",
            enterprise_name || ' 董事长 职工' || (g % 997) || ' 浦东公交线路运营'
              || CASE WHEN g % 5000 = 0 THEN ' 王建国' ELSE '' END
              || CASE WHEN g % 7000 = 0 THEN ' 鑫' ELSE '' END
     FROM (SELECT * FROM published_record WHERE submission_id = $1 ORDER BY row_number LIMIT 1) r,
          generate_series(1, $2::int) g`,
    [submissionId, count],
  );
  // As the owner: the application's role may not ANALYZE; autovacuum does it in production.
  await owner.sql.exec('ANALYZE published_record');
}
