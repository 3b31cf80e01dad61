import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { rowTableName } from '../../schema/derive/row-table.js';
import type { Audience } from './audience.js';
import { and, raw, type Sql, sql } from './sql.js';
import { type Where, whereSql } from './where.js';

/**
 * The rows a caller may read, with its filter: FROM and WHERE shared by the list, its count, the
 * aggregates and the exports. `r` is the dataset's typed row table, `s` the submission, `e` the
 * filing enterprise (whose commission decides jurisdiction).
 */
export function scopedRows(
  def: DatasetDefinition,
  audience: Audience,
  where: Where | null | undefined,
  options: { regulator?: boolean } = {},
) {
  const filter = whereSql(def, audience, where);
  const from = sql`FROM ${raw(rowTableName(def))} r
    JOIN submission s ON s.id = r.submission_id
    JOIN enterprise e ON e.id = s.enterprise_id${raw(options.regulator ? ' JOIN regulator g ON g.id = e.regulator_id' : '')}`;
  const condition = and([
    sql`s.status = ANY((${audience.statuses}::text[])::"SubmissionStatus"[])`,
    audience.scope,
    filter.condition,
  ]);
  return { from, condition, predicates: filter.predicates };
}

export type ScopedRows = ReturnType<typeof scopedRows>;

export const withCondition = (rows: ScopedRows, extra: Sql | null) =>
  extra ? and([rows.condition, extra]) : rows.condition;
