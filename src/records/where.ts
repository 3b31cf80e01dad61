import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { badInput } from '../submissions/access.js';
import type { Audience } from './audience.js';
import { param, valueExpr } from './expressions.js';
import { type RecordField, recordFields, type ValueKind } from './fields.js';
import { and, not, or, raw, type Sql, sql } from './sql.js';

export interface FieldFilter {
  eq?: unknown;
  ne?: unknown;
  in?: unknown[] | null;
  gt?: unknown;
  gte?: unknown;
  lt?: unknown;
  lte?: unknown;
  contains?: string | null;
  isNull?: boolean | null;
}

export type CompareOp = 'EQ' | 'NE' | 'GT' | 'GTE' | 'LT' | 'LTE';
export interface Comparison {
  field: string;
  op: CompareOp;
  otherField: string;
}

/** A where input as GraphQL coerced it: field keys → FieldFilter, plus the combinators. */
export interface Where {
  and?: Where[] | null;
  or?: Where[] | null;
  not?: Where | null;
  compare?: Comparison[] | null;
  enterprise?: { uscc?: FieldFilter | null; name?: FieldFilter | null } | null;
  [field: string]: unknown;
}

export const LIMITS = { predicates: 40, depth: 6, inValues: 1000 };

const OPERATORS: Record<string, string> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };
const COMPARE: Record<CompareOp, string> = { EQ: '=', NE: '<>', GT: '>', GTE: '>=', LT: '<', LTE: '<=' };
const ORDERED: ReadonlySet<ValueKind> = new Set(['decimal', 'integer', 'date', 'timestamp', 'year-month']);

/** Escapes LIKE's wildcards so `contains` matches the text as typed. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

class Translator {
  predicates = 0;
  constructor(
    readonly def: DatasetDefinition,
    readonly audience: Audience,
  ) {}

  count() {
    if (++this.predicates > LIMITS.predicates)
      throw badInput(
        `筛选条件过多（最多 ${LIMITS.predicates} 个）`,
        `Too many filter conditions (at most ${LIMITS.predicates})`,
        { argument: 'where', limit: LIMITS.predicates },
      );
  }

  where(w: Where, depth: number): Sql {
    if (depth > LIMITS.depth)
      throw badInput('筛选条件嵌套过深', 'Filter nested too deeply', {
        argument: 'where',
        limit: LIMITS.depth,
      });
    const parts: Sql[] = [];
    for (const [key, value] of Object.entries(w)) {
      if (value === null || value === undefined) continue;
      if (key === 'and') parts.push(and((value as Where[]).map((x) => this.where(x, depth + 1))));
      else if (key === 'or') parts.push(or((value as Where[]).map((x) => this.where(x, depth + 1))));
      else if (key === 'not') parts.push(not(this.where(value as Where, depth + 1)));
      else if (key === 'compare') parts.push(...(value as Comparison[]).map((c) => this.compare(c)));
      else if (key === 'enterprise')
        parts.push(...this.enterprise(value as NonNullable<Where['enterprise']>));
      else parts.push(...this.field(this.fieldOf(key), value as FieldFilter));
    }
    return and(parts);
  }

  fieldOf(key: string): RecordField {
    const f = recordFields(this.def).find((x) => x.key === key && (x.public || !this.audience.public));
    if (!f) throw badInput(`没有字段“${key}”`, `No field "${key}"`, { argument: 'where', field: key });
    return f;
  }

  field(f: RecordField, filter: FieldFilter): Sql[] {
    return this.operators(valueExpr(f, this.audience), f.kind, filter, f.key);
  }

  operators(expr: Sql, kind: ValueKind, filter: FieldFilter, key: string): Sql[] {
    const parts: Sql[] = [];
    for (const [op, value] of Object.entries(filter)) {
      if (value === null || value === undefined) continue;
      this.count();
      const symbol = OPERATORS[op];
      if (symbol && (op === 'eq' || op === 'ne' || ORDERED.has(kind)))
        parts.push(sql`${expr} ${raw(symbol)} ${param(value, kind)}`);
      else if (op === 'in') parts.push(this.in(expr, kind, value as unknown[]));
      else if (op === 'contains' && kind === 'text')
        parts.push(sql`${expr} ILIKE ${likePattern(String(value))}::text`);
      else if (op === 'isNull') parts.push(value ? sql`${expr} IS NULL` : sql`${expr} IS NOT NULL`);
      else
        throw badInput(`字段“${key}”不支持 ${op}`, `Field "${key}" does not support ${op}`, {
          field: key,
          op,
        });
    }
    return parts;
  }

  in(expr: Sql, kind: ValueKind, values: unknown[]): Sql {
    if (values.length > LIMITS.inValues)
      throw badInput(`in 最多 ${LIMITS.inValues} 个值`, `in takes at most ${LIMITS.inValues} values`, {
        limit: LIMITS.inValues,
      });
    return sql`${expr} = ANY(${param(values, kind, true)})`;
  }

  compare(c: Comparison): Sql {
    this.count();
    const left = this.fieldOf(c.field);
    const right = this.fieldOf(c.otherField);
    const numeric = (f: RecordField) => f.kind === 'decimal' || f.kind === 'integer';
    const same = left.kind === right.kind || (numeric(left) && numeric(right));
    if (!left.comparable || !right.comparable || !same)
      throw badInput(
        `不能比较“${left.definition.label.zh}”与“${right.definition.label.zh}”`,
        `Cannot compare ${left.key} with ${right.key}`,
        { argument: 'compare', field: left.key, otherField: right.key },
      );
    const l = valueExpr(left, this.audience);
    const r = valueExpr(right, this.audience);
    return sql`${l} ${raw(COMPARE[c.op])} ${r}`;
  }

  enterprise(filter: NonNullable<Where['enterprise']>): Sql[] {
    return [
      ...(filter.uscc ? this.operators(sql`e.uscc`, 'text', filter.uscc, 'enterprise.uscc') : []),
      ...(filter.name ? this.operators(sql`e.name`, 'text', filter.name, 'enterprise.name') : []),
    ];
  }
}

/** The where input as one SQL condition over r, s and e; refuses oversized filters. */
export function whereSql(def: DatasetDefinition, audience: Audience, where: Where | null | undefined) {
  const t = new Translator(def, audience);
  const condition = where ? t.where(where, 0) : and([]);
  return { condition, predicates: t.predicates };
}

/** Conditions in a where input, for the query's cost before it runs. */
export function countPredicates(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countPredicates(v), 0);
  if (typeof value === 'object') {
    let n = 0;
    for (const [key, v] of Object.entries(value))
      n +=
        key === 'in'
          ? v === null
            ? 0
            : 1
          : typeof v === 'object' && v !== null
            ? countPredicates(v)
            : v === null
              ? 0
              : 1;
    return n;
  }
  return 1;
}
