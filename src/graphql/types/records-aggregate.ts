import type { FieldMap } from '@pothos/core';
import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import { type Group, MEASURES } from '../../records/aggregate.service.js';
import { recordFields, typePrefix } from '../../records/fields.js';
import { builder, PUBLIC } from '../builder.js';
import { describe, subGraphsOf } from './records-record.js';

const MEASURE_LABELS = {
  sum: '合计 / sum',
  avg: '平均（四位小数）/ average, to 4 places',
  min: '最小 / min',
  max: '最大 / max',
};

/** ExecutivePayGroup: the group's key, its count, and sum/avg/min/max of each numeric field. */
export function groupType(def: DatasetDefinition) {
  const prefix = typePrefix(def);
  const numeric = recordFields(def).filter((f) => f.numeric);
  const Numbers =
    numeric.length === 0
      ? null
      : builder.objectRef<Record<string, string | null>>(`${prefix}Numbers`).implement({
          subGraphs: PUBLIC,
          description: `${def.title.zh}的数值字段 / The numeric fields of ${def.title.en}`,
          fields: (t) => {
            const out: FieldMap = {};
            for (const f of numeric)
              out[f.key] = t.field({
                type: 'Decimal',
                nullable: true,
                description: describe(f.definition),
                subGraphs: subGraphsOf(f),
                resolve: (n) => n[f.key] ?? null,
              });
            return out;
          },
        });
  return builder.objectRef<Group>(`${prefix}Group`).implement({
    subGraphs: PUBLIC,
    description: '一组记录的统计 / Statistics of one group of records',
    fields: (t) => {
      const out: FieldMap = {
        key: t.field({
          type: 'JSON',
          description:
            '分组取值，按字段名（企业为其名称）/ The group’s values by field key (enterprise: its name)',
          resolve: (g) => g.key,
        }),
        count: t.exposeInt('count', { description: '记录数 / number of records' }),
      };
      if (Numbers)
        for (const m of MEASURES)
          out[m] = t.field({ type: Numbers, description: MEASURE_LABELS[m], resolve: (g) => g[m] });
      return out;
    },
  });
}
