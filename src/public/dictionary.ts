import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { tableSchema } from '../../schema/derive/table-schema.js';
import { publicFields } from './catalogue.js';
import { downloadColumns } from './columns.js';

/**
 * The data dictionary of a download: each public column with its zh/en label, type, unit and
 * description, plus the Frictionless Table Schema of the public fields. Regulator-only fields are
 * left out of both, as they are left out of the data.
 */
export function dataDictionary(def: DatasetDefinition) {
  const visible = new Set(publicFields(def).map((f) => f.key));
  const schema = tableSchema(def);
  const fieldsSchema = schema.fields.filter((f) => visible.has(f.name));
  const byKey = new Map(fieldsSchema.map((f) => [f.name, f]));
  return {
    dataset: def.key,
    title: def.title,
    description: def.description,
    basis: def.basis,
    fields: publicFields(def).map((f) => ({
      key: f.key,
      label: f.label,
      type: f.type,
      unit: f.unit,
      masked: f.masked,
      description: byKey.get(f.key)?.description ?? null,
    })),
    // The extra columns of the CSV and XLSX downloads, after the fields.
    downloadColumns: downloadColumns(def)
      .filter((c) => !visible.has(c.key))
      .map((c) => ({ key: c.key, header: c.header })),
    tableSchema: {
      ...schema,
      fields: fieldsSchema,
      uniqueKeys: schema.uniqueKeys.filter((keys) => keys.every((k) => visible.has(k))),
    },
  };
}
