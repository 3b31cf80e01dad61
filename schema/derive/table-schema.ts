import type { DatasetDefinition, FieldDefinition } from '../core/dataset.js';

/**
 * The published, machine-readable description of a dataset: a Frictionless Table Schema
 * (https://specs.frictionlessdata.io/table-schema/) derived from its definition. Field names are the
 * DOMAIN.md keys, titles the zh template headers; Sunshine-specific facts (en label, unit,
 * sensitivity) ride along as extra properties, which the spec allows.
 */
export interface TableSchemaField {
  name: string;
  title: string;
  description: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
  trueValues?: string[];
  falseValues?: string[];
  'x-label-en': string;
  'x-sensitivity': FieldDefinition['sensitivity'];
}

export interface TableSchema {
  $schema: string;
  name: string;
  title: string;
  description: string;
  fields: TableSchemaField[];
  primaryKey?: string[];
  /** Table Schema v2 `uniqueKeys`: every combination that must be unique within a file. */
  uniqueKeys: string[][];
  missingValues: string[];
}

// What a careful filer writes for "nothing to report" (DOMAIN.md); field types treat all of them as empty.
export const MISSING_VALUES = ['', '-', '--', '—', '／', '/', '暂无', '无'];

function describe(field: FieldDefinition): string {
  const zh = field.hint ? `${field.type.hint.zh}；${field.hint.zh}` : field.type.hint.zh;
  const en = field.hint ? `${field.type.hint.en}; ${field.hint.en}` : field.type.hint.en;
  return `${zh}（${en}）`;
}

function tableField(field: FieldDefinition): TableSchemaField {
  const { type, format, constraints = {} } = field.type.tableSchema;
  const out: TableSchemaField = {
    name: field.key,
    title: field.label.zh,
    description: describe(field),
    type,
    ...(format !== undefined ? { format } : {}),
    'x-label-en': field.label.en,
    'x-sensitivity': field.sensitivity,
  };
  const merged: Record<string, unknown> = { ...(field.required ? { required: true } : {}), ...constraints };
  if (type === 'boolean') {
    // Frictionless spells boolean words as trueValues/falseValues, not as an enum of strings.
    delete merged.enum;
    out.trueValues = ['是'];
    out.falseValues = ['否'];
  }
  if (Object.keys(merged).length > 0) out.constraints = merged;
  return out;
}

/**
 * uniqueKeys[0] becomes the primaryKey when all its fields are required: a Frictionless primary key
 * cannot be empty, while Sunshine compares optional key parts as empty (service-info's line number).
 */
export function tableSchema(def: DatasetDefinition): TableSchema {
  const required = new Set(def.fields.filter((f) => f.required).map((f) => f.key));
  const first = def.uniqueKeys[0];
  const primaryKey = first?.every((key) => required.has(key)) ? first : undefined;
  return {
    $schema: 'https://specs.frictionlessdata.io/schemas/table-schema.json',
    name: def.key,
    title: def.title.zh,
    description: `${def.description.zh}（${def.basis.zh}）`,
    fields: def.fields.map(tableField),
    ...(primaryKey ? { primaryKey } : {}),
    uniqueKeys: def.uniqueKeys,
    missingValues: MISSING_VALUES,
  };
}
