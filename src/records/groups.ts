import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Audience } from './audience.js';
import { valueExpr } from './expressions.js';
import { recordFields, screaming } from './fields.js';
import { raw, type Sql, sql } from './sql.js';

/** A groupBy value: its enum name, its name in a group's `key`, and what it groups on. */
export interface GroupKey {
  value: string;
  name: string;
  label: { zh: string; en: string };
  expr: (audience: Audience) => Sql;
  /** Needs the supervising commission joined as `g`. */
  regulator?: boolean;
}

/**
 * What a dataset's records can be grouped by, derived from its definition: the filing enterprise,
 * the region of its commission, every groupable field (enums, years, yes/no, texts such as 职务),
 * and the year of every date.
 */
export function groupKeys(def: DatasetDefinition): GroupKey[] {
  const keys: GroupKey[] = [
    {
      value: 'ENTERPRISE',
      name: 'enterprise',
      label: { zh: '企业', en: 'Enterprise' },
      expr: () => raw('e.name'),
    },
    {
      value: 'REGION',
      name: 'region',
      label: { zh: '地区（监管机构）', en: 'Region of the supervising commission' },
      expr: () => raw('g.region_code'),
      regulator: true,
    },
  ];
  for (const f of recordFields(def)) {
    const label = f.definition.label;
    if (f.groupable) keys.push({ value: screaming(f.key), name: f.key, label, expr: (a) => valueExpr(f, a) });
    else if (f.kind === 'date' && f.alwaysPublic)
      keys.push({
        value: `${screaming(f.key)}_YEAR`,
        name: `${f.key}Year`,
        label: { zh: `${label.zh}（年）`, en: `${label.en} (year)` },
        expr: (a) => sql`extract(year from ${valueExpr(f, a)})::int`,
      });
  }
  return keys;
}
