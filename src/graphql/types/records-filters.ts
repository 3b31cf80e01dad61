import type { InputFieldRef, InputRef, SchemaTypes } from '@pothos/core';
import type { ValueKind } from '../../records/fields.js';
import { builder, PUBLIC } from '../builder.js';

export type BuilderTypes =
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types extends SchemaTypes> ? Types : never;

type ScalarName = 'String' | 'Int' | 'Boolean' | 'Decimal' | 'Date' | 'YearMonth' | 'LocalDateTime';

export const SCALAR_OF: Record<ValueKind, ScalarName> = {
  text: 'String',
  enum: 'String',
  decimal: 'Decimal',
  integer: 'Int',
  boolean: 'Boolean',
  date: 'Date',
  timestamp: 'LocalDateTime',
  'year-month': 'YearMonth',
};

type Op = 'eq' | 'ne' | 'in' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'isNull';
const ORDERED: Op[] = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'isNull'];

const DESCRIPTIONS: Record<Op, string> = {
  eq: '等于 / equals',
  ne: '不等于（空值不计）/ not equal (empty values do not match)',
  in: '等于其中之一 / one of',
  gt: '大于 / greater than',
  gte: '大于等于 / at least',
  lt: '小于 / less than',
  lte: '小于等于 / at most',
  contains: '包含（不区分大小写）/ contains, ignoring case',
  isNull: 'true：为空；false：不为空 / true: empty; false: filled',
};

// biome-ignore lint/suspicious/noExplicitAny: input refs of any shape are stored side by side.
type AnyInputRef = InputRef<any>;

/** A filter input over values of one GraphQL type: the operators that fit it. */
function filterInput(name: string, type: ScalarName | AnyInputRef, ops: Op[]): AnyInputRef {
  return builder.inputType(name, {
    subGraphs: PUBLIC,
    fields: (t) => {
      const fields: Record<string, InputFieldRef<BuilderTypes, unknown>> = {};
      for (const op of ops) {
        const description = DESCRIPTIONS[op];
        if (op === 'isNull') fields[op] = t.boolean({ description });
        else if (op === 'contains') fields[op] = t.string({ description });
        else if (op === 'in') fields[op] = t.field({ type: [type as ScalarName], description });
        else fields[op] = t.field({ type: type as ScalarName, description });
      }
      return fields;
    },
  });
}

export const FILTERS: Record<Exclude<ValueKind, 'enum'>, AnyInputRef> = {
  text: filterInput('StringFilter', 'String', ['eq', 'ne', 'in', 'contains', 'isNull']),
  decimal: filterInput('DecimalFilter', 'Decimal', ORDERED),
  integer: filterInput('IntFilter', 'Int', ORDERED),
  boolean: filterInput('BooleanFilter', 'Boolean', ['eq', 'ne', 'isNull']),
  date: filterInput('DateFilter', 'Date', ORDERED),
  timestamp: filterInput('LocalDateTimeFilter', 'LocalDateTime', ORDERED),
  'year-month': filterInput('YearMonthFilter', 'YearMonth', ORDERED),
};

/** eq / ne / in / isNull over one of a field's choices. */
export const enumFilter = (name: string, enumRef: AnyInputRef) =>
  filterInput(name, enumRef, ['eq', 'ne', 'in', 'isNull']);

export const SortDirection = builder.enumType('SortDirection', {
  subGraphs: PUBLIC,
  values: { ASC: { description: '升序 / ascending' }, DESC: { description: '降序 / descending' } },
});

export const CompareOp = builder.enumType('CompareOp', {
  subGraphs: PUBLIC,
  values: ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE'] as const,
});

export const EnterpriseFilter = builder.inputType('RecordEnterpriseFilter', {
  subGraphs: PUBLIC,
  description: '报送企业 / The filing enterprise',
  fields: (t) => ({
    uscc: t.field({ type: FILTERS.text }),
    name: t.field({ type: FILTERS.text }),
  }),
});

export const RecordEnterprise = builder
  .objectRef<{ name: string; uscc: string }>('RecordEnterprise')
  .implement({
    subGraphs: PUBLIC,
    description: '报送企业 / The enterprise that filed the record',
    fields: (t) => ({ name: t.exposeString('name'), uscc: t.exposeString('uscc') }),
  });

export const RecordSubmission = builder
  .objectRef<{ id: string; receiptCode: string }>('RecordSubmission')
  .implement({
    description: '记录所在的报送 / The submission the record came in',
    fields: (t) => ({ id: t.exposeID('id'), receiptCode: t.exposeString('receiptCode') }),
  });
