import { describe, expect, test } from 'vitest';
import { datasets } from '../../schema/datasets/index.js';
import { MISSING_VALUES, tableSchema } from '../../schema/derive/table-schema.js';
import { isEmptyCell } from '../../schema/fields/normalize.js';

describe.each(datasets.map((d) => [d.key, d] as const))('Table Schema of %s', (_key, def) => {
  const schema = tableSchema(def);

  test('one field per definition field, named by key and titled by the zh label', () => {
    expect(schema.fields.map((f) => [f.name, f.title])).toEqual(def.fields.map((f) => [f.key, f.label.zh]));
  });

  test('required, enum and boolean constraints follow the definition', () => {
    def.fields.forEach((field, i) => {
      const out = schema.fields[i];
      expect(out?.constraints?.required === true, field.key).toBe(field.required === true);
      if (field.type.kind === 'enum') {
        expect(out?.constraints?.enum).toEqual(field.type.choices?.map((c) => c.label.zh));
      }
      if (field.type.kind === 'boolean')
        expect([out?.trueValues, out?.falseValues]).toEqual([['是'], ['否']]);
    });
  });

  test('the primary key is the first unique key when all its fields are required', () => {
    const required = new Set(def.fields.filter((f) => f.required).map((f) => f.key));
    const first = def.uniqueKeys[0] ?? [];
    expect(schema.primaryKey).toEqual(first.every((k) => required.has(k)) ? first : undefined);
    expect(schema.uniqueKeys).toEqual(def.uniqueKeys);
  });

  test('every missing value is read as empty by the field types', () => {
    for (const value of MISSING_VALUES) expect(isEmptyCell(value), value).toBe(true);
  });
});
