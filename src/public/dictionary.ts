import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { tableSchema } from '../../schema/derive/table-schema.js';
import { publicFields } from './catalogue.js';
import { downloadColumns } from './columns.js';

/** What an open end (至今) looks like in each download. */
const OPEN_ENDED = {
  zh: 'CSV 与 XLSX 中写作“至今”；JSON 中为 null，表示至今（尚未结束），与未填写同义',
  en: 'Written 至今 ("to date") in CSV and XLSX; null in JSON, meaning still running (as when left blank)',
};

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
      ...(f.definition.type.openEnded ? { openEnded: OPEN_ENDED } : {}),
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
