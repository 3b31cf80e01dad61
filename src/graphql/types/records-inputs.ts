import type { InputFieldMap, InputRef } from '@pothos/core';
import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import { type RecordField, recordFields, screaming, typePrefix } from '../../records/fields.js';
import { groupKeys } from '../../records/groups.js';
import { builder, PUBLIC } from '../builder.js';
import { CompareOp, EnterpriseFilter, enumFilter, FILTERS, SortDirection } from './records-filters.js';
import { describe, fieldEnum, subGraphsOf } from './records-record.js';

/** `{ field: DEAL_PRICE, op: LT, otherField: LISTING_PRICE }`: one field against another of the same kind. */
function compareInput(prefix: string, comparable: RecordField[]) {
  const CompareField = builder.enumType(`${prefix}CompareField`, {
    subGraphs: PUBLIC,
    description: '可相互比较的字段 / Fields that can be compared with each other',
    values: Object.fromEntries(
      comparable.map((f) => [screaming(f.key), { value: f.key, description: describe(f.definition) }]),
    ),
  });
  return builder.inputType(`${prefix}Compare`, {
    subGraphs: PUBLIC,
    description:
      '字段间比较，如 成交价格 < 挂牌价格 / A field compared with another, e.g. dealPrice < listingPrice',
    fields: (t) => ({
      field: t.field({ type: CompareField, required: true }),
      op: t.field({ type: CompareOp, required: true }),
      otherField: t.field({ type: CompareField, required: true }),
    }),
  });
}

/** The where, orderBy, groupBy and comparison inputs of one dataset, derived from its fields. */
export function recordInputs(def: DatasetDefinition) {
  const prefix = typePrefix(def);
  const fields = recordFields(def);
  const comparable = fields.filter((f) => f.comparable);

  const Compare = comparable.length === 0 ? null : compareInput(prefix, comparable);
  const Where: InputRef<unknown> = builder.inputType(`${prefix}Where`, {
    subGraphs: PUBLIC,
    description: `${def.title.zh}筛选条件（各项同时满足）/ Filter on ${def.title.en} records (all conditions hold)`,
    fields: (t) => {
      const out: InputFieldMap = {
        and: t.field({ type: [Where], description: '全部满足 / all of' }),
        or: t.field({ type: [Where], description: '满足其一 / any of' }),
        not: t.field({ type: Where, description: '不满足 / not' }),
        ...(Compare
          ? { compare: t.field({ type: [Compare], description: '字段间比较 / field-to-field comparisons' }) }
          : {}),
        enterprise: t.field({ type: EnterpriseFilter }),
      };
      for (const f of fields) {
        const type =
          f.kind === 'enum'
            ? enumFilter(`${fieldEnum(def, f).name}Filter`, fieldEnum(def, f))
            : FILTERS[f.kind];
        out[f.key] = t.field({ type, description: describe(f.definition), subGraphs: subGraphsOf(f) });
      }
      return out;
    },
  });

  const OrderBy = builder.inputType(`${prefix}OrderBy`, {
    subGraphs: PUBLIC,
    description: '每项只指定一个字段，如 [{ totalPreTax: DESC }, { name: ASC }] / One field per element',
    fields: (t) => {
      const out: InputFieldMap = {
        publishedAt: t.field({ type: SortDirection, description: '公开时间 / publication time' }),
        enterpriseName: t.field({ type: SortDirection, description: '报送企业名称 / filing enterprise' }),
      };
      for (const f of fields)
        out[f.key] = t.field({
          type: SortDirection,
          description: describe(f.definition),
          subGraphs: subGraphsOf(f),
        });
      return out;
    },
  });

  const GroupBy = builder.enumType(`${prefix}GroupBy`, {
    subGraphs: PUBLIC,
    description: '分组依据 / What to group by',
    values: Object.fromEntries(
      groupKeys(def).map((k) => [
        k.value,
        { description: `${k.label.zh} / ${k.label.en}（key: ${k.name}）` },
      ]),
    ),
  });

  return { Where, OrderBy, GroupBy };
}
