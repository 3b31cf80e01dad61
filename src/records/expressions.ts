import type { Audience } from './audience.js';
import type { RecordField, ValueKind } from './fields.js';
import { ident, Sql, sql } from './sql.js';

/** PostgreSQL type a parameter compared with a field of this kind is cast to. */
export const CAST: Record<ValueKind, string> = {
  text: 'text',
  enum: 'text',
  'year-month': 'text',
  decimal: 'numeric',
  integer: 'int',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp',
};

/** A parameter with an explicit type, so both engines read it as the column's type. */
export const param = (value: unknown, kind: ValueKind, array = false): Sql =>
  new Sql(['', `::${CAST[kind]}${array ? '[]' : ''}`], [value]);

/**
 * The field's value as this audience may read it, over `r` (the typed row table), `s` and `e`.
 * Filters, orders, aggregates and the output all go through this one expression, so a value the
 * caller may not read can neither be shown nor probed with a filter: a reviewer's withheld field
 * and a regulator-only field read as NULL wherever the caller reads only the public form.
 */
export function valueExpr(f: RecordField, audience: Audience): Sql {
  const column = sql`r.${ident(f.column)}`;
  if (f.alwaysPublic) return column;
  if (f.public) {
    const shown = sql`NOT (s.withheld_fields @> ARRAY[${f.key}::text])`;
    return audience.public
      ? sql`CASE WHEN ${shown} THEN ${column} END`
      : sql`CASE WHEN ${audience.full} OR ${shown} THEN ${column} END`;
  }
  // Fails closed: the public schema cannot name these fields, and this keeps it so.
  if (audience.public) throw new Error(`field ${f.key} is not public`);
  return sql`CASE WHEN ${audience.full} THEN ${column} END`;
}

/** The value as the API returns it: exact decimals and dates as text, no driver conversions. */
export function outputExpr(f: RecordField, audience: Audience): Sql {
  const value = valueExpr(f, audience);
  switch (f.kind) {
    case 'decimal':
    case 'date':
      return sql`(${value})::text`;
    case 'timestamp':
      return sql`to_char(${value}, 'YYYY-MM-DD"T"HH24:MI:SS')`;
    default:
      return value;
  }
}
