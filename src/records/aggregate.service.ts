import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { badInput } from '../submissions/access.js';
import { audienceOf, type RecordOptions } from './audience.js';
import { valueExpr } from './expressions.js';
import { recordFields } from './fields.js';
import { groupKeys } from './groups.js';
import { scopedRows } from './query.js';
import { join, raw, render, type Sql, sql } from './sql.js';
import type { Where } from './where.js';

export const MEASURES = ['sum', 'avg', 'min', 'max'] as const;
export type Measure = (typeof MEASURES)[number];

export interface AggregateInput extends RecordOptions {
  where?: Where | null;
  groupBy?: string[] | null;
}

export interface Group {
  key: Record<string, unknown>;
  count: number;
  sum: Record<string, string | null>;
  avg: Record<string, string | null>;
  min: Record<string, string | null>;
  max: Record<string, string | null>;
}

export const MAX_GROUPS = 1000;
export const MAX_GROUP_KEYS = 4;

const measureSql: Record<Measure, (e: Sql) => Sql> = {
  sum: (e) => sql`sum(${e})::text`,
  // Exact to four places: an average of amounts in 万元 is shown to the 元.
  avg: (e) => sql`round(avg(${e}), 4)::text`,
  min: (e) => sql`min(${e})::text`,
  max: (e) => sql`max(${e})::text`,
};

/** Which measures of which fields to compute; absent: every numeric field (e.g. for exports). */
export type MeasureSelection = Partial<Record<Measure, ReadonlySet<string>>>;

/** Count, sum, avg, min and max of the numeric fields over the records the actor may read, grouped. */
export async function aggregateRecords(
  sqlClient: SqlClient,
  actor: Actor | null,
  def: DatasetDefinition,
  input: AggregateInput,
  selection?: MeasureSelection,
): Promise<Group[]> {
  const audience = audienceOf(actor, input);
  if (!audience) return [];
  const all = groupKeys(def);
  const wanted = [...new Set(input.groupBy ?? [])];
  if (wanted.length > MAX_GROUP_KEYS)
    throw badInput(`分组最多 ${MAX_GROUP_KEYS} 项`, `At most ${MAX_GROUP_KEYS} groupBy keys`, {
      argument: 'groupBy',
    });
  const keys = wanted.map((value) => {
    const key = all.find((k) => k.value === value);
    if (!key)
      throw badInput(`不能按“${value}”分组`, `Cannot group by ${value}`, { argument: 'groupBy', value });
    return key;
  });
  const rows = scopedRows(def, audience, input.where, { regulator: keys.some((k) => k.regulator) });
  const numeric = recordFields(def).filter((f) => f.numeric && (f.public || !audience.public));
  const columns: Sql[] = keys.map((k, i) => sql`${k.expr(audience)} AS ${raw(`__g${i}`)}`);
  columns.push(raw('count(*)::int AS __count'));
  for (const m of MEASURES)
    for (const f of numeric)
      if (!selection || selection[m]?.has(f.key))
        columns.push(sql`${measureSql[m](valueExpr(f, audience))} AS ${raw(`"${m}:${f.key}"`)}`);
  const positions = keys.map((_, i) => raw(String(i + 1)));
  const grouping = keys.length
    ? sql`GROUP BY ${join(positions, ', ')} ORDER BY ${join(positions, ', ')}`
    : raw('');
  const { text, params } = render(
    sql`SELECT ${join(columns, ', ')} ${rows.from} WHERE ${rows.condition} ${grouping} LIMIT ${MAX_GROUPS + 1}::int`,
  );
  const found = (await sqlClient.query<Record<string, unknown>>(text, params)).rows;
  if (found.length > MAX_GROUPS)
    throw badInput(
      `分组超过 ${MAX_GROUPS} 个，请缩小筛选范围`,
      `More than ${MAX_GROUPS} groups: narrow the filter`,
      {
        argument: 'groupBy',
        limit: MAX_GROUPS,
      },
    );
  return found.map((row) =>
    toGroup(
      row,
      keys.map((k) => k.name),
    ),
  );
}

function toGroup(row: Record<string, unknown>, names: string[]): Group {
  const group: Group = { key: {}, count: Number(row.__count), sum: {}, avg: {}, min: {}, max: {} };
  names.forEach((name, i) => {
    group.key[name] = row[`__g${i}`] ?? null;
  });
  for (const [column, value] of Object.entries(row)) {
    const [measure, field] = column.split(':');
    if (field && (MEASURES as readonly string[]).includes(measure ?? ''))
      group[measure as Measure][field] = (value as string | null) ?? null;
  }
  return group;
}
