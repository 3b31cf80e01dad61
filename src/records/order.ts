import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { decodeCursor, encodeCursor, invalidCursor } from '../pagination/cursor.js';
import { badInput } from '../submissions/access.js';
import type { Audience } from './audience.js';
import { CAST, valueExpr } from './expressions.js';
import { recordFields } from './fields.js';
import { and, join, or, raw, type Sql, sql } from './sql.js';

export type Direction = 'ASC' | 'DESC';
/** One orderBy element: exactly one key set, e.g. { totalPreTax: 'DESC' }. */
export type OrderInput = Record<string, Direction | null | undefined>;

interface SortKey {
  name: string;
  expr: Sql;
  cast: string;
  dir: Direction;
}

export const MAX_ORDER_KEYS = 5;

/** Keys besides the fields: when it was published and who filed it. */
const META: Record<string, { expr: Sql; cast: string }> = {
  publishedAt: { expr: raw('s.published_at'), cast: 'timestamptz' },
  enterpriseName: { expr: raw('e.name'), cast: 'text' },
};

export function sortKeys(
  def: DatasetDefinition,
  audience: Audience,
  orderBy: OrderInput[] | null | undefined,
) {
  if ((orderBy?.length ?? 0) > MAX_ORDER_KEYS)
    throw badInput(`排序最多 ${MAX_ORDER_KEYS} 项`, `At most ${MAX_ORDER_KEYS} order keys`, {
      argument: 'orderBy',
    });
  return (orderBy ?? []).map((element): SortKey => {
    const set = Object.entries(element).filter(([, dir]) => dir);
    const [name, dir] = set[0] ?? [];
    if (set.length !== 1 || !name || !dir)
      throw badInput('每个排序项只能指定一个字段', 'Each orderBy element names exactly one field', {
        argument: 'orderBy',
      });
    const meta = Object.hasOwn(META, name) ? META[name] : undefined;
    if (meta) return { name, dir, ...meta };
    const f = recordFields(def).find((x) => x.key === name && (x.public || !audience.public));
    if (!f) throw badInput(`没有字段“${name}”`, `No field "${name}"`, { argument: 'orderBy', field: name });
    return { name, dir, expr: valueExpr(f, audience), cast: CAST[f.kind] };
  });
}

/** ORDER BY the keys, then the row's own position so the order is total and pages are stable. */
export function orderSql(keys: SortKey[]): Sql {
  const parts = keys.map(
    (k) => sql`${k.expr} ${raw(k.dir === 'ASC' ? 'ASC NULLS LAST' : 'DESC NULLS FIRST')}`,
  );
  return join([...parts, raw('r.submission_id'), raw('r.row_number')], ', ');
}

/** The sort keys as text columns, selected so a row's cursor can be written. */
export const cursorColumns = (keys: SortKey[]) =>
  keys.map((k, i) => sql`(${k.expr})::text AS ${raw(`__k${i}`)}`);

interface Position {
  order: string;
  values: (string | null)[];
  submissionId: string;
  rowNumber: number;
}

const signature = (keys: SortKey[]) => keys.map((k) => `${k.name}:${k.dir}`).join(',');

export function cursorOf(keys: SortKey[], row: Record<string, unknown>): string {
  const values = keys.map((_, i) => (row[`__k${i}`] ?? null) as string | null);
  return encodeCursor(JSON.stringify([signature(keys), values, row.__submission, row.__row]));
}

function parsePosition(text: string): Position | undefined {
  try {
    const [order, values, submissionId, rowNumber] = JSON.parse(text) as unknown[];
    const valid =
      typeof order === 'string' &&
      Array.isArray(values) &&
      values.every((v) => v === null || typeof v === 'string') &&
      typeof submissionId === 'string' &&
      /^[0-9a-f-]{36}$/.test(submissionId) &&
      Number.isSafeInteger(rowNumber);
    return valid ? { order, values, submissionId, rowNumber: rowNumber as number } : undefined;
  } catch {
    return undefined;
  }
}

/** Rows strictly after the cursor's row in this order (keyset pagination: no OFFSET). */
export function afterSql(keys: SortKey[], cursor: string | null | undefined): Sql | null {
  const p = decodeCursor(cursor, parsePosition);
  if (!p) return null;
  if (p.order !== signature(keys) || p.values.length !== keys.length) throw invalidCursor();
  const value = (i: number) => sql`${p.values[i]}::${raw(keys[i]?.cast ?? 'text')}`;
  const equal = (k: SortKey, i: number) =>
    p.values[i] === null ? sql`${k.expr} IS NULL` : sql`${k.expr} = ${value(i)}`;
  const beyond = (k: SortKey, i: number): Sql | null => {
    const v = p.values[i];
    if (k.dir === 'ASC') return v === null ? null : sql`(${k.expr} > ${value(i)} OR ${k.expr} IS NULL)`;
    return v === null ? sql`${k.expr} IS NOT NULL` : sql`${k.expr} < ${value(i)}`;
  };
  const terms: Sql[] = [];
  keys.forEach((k, i) => {
    const step = beyond(k, i);
    if (step) terms.push(and([...keys.slice(0, i).map(equal), step]));
  });
  const tie = sql`(r.submission_id, r.row_number) > (${p.submissionId}::uuid, ${p.rowNumber}::int)`;
  terms.push(and([...keys.map(equal), tie]));
  return or(terms);
}
