import type { DatasetDefinition, TypedRow } from '../core/dataset.js';

/**
 * The typed table that holds a dataset's rows, derived from its definition: one column per field
 * (snake_case of the key, PostgreSQL type from the field type), plus the submission and the
 * Excel row number. The SQL migration is generated from this (npm run gen:migration) and a test
 * fails when the migrated database and the definitions disagree.
 */
export interface RowColumn {
  field: string;
  column: string;
  sqlType: string;
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const rowTableName = (def: DatasetDefinition) => `rows_${def.key.replace(/-/g, '_')}`;

export function rowColumns(def: DatasetDefinition): RowColumn[] {
  return def.fields.map((f) => ({ field: f.key, column: snakeCase(f.key), sqlType: f.type.sql }));
}

/** The fields of a dataset's natural key, and which of them are required. */
export function naturalKeyFields(def: DatasetDefinition): { key: string; required: boolean }[] {
  const keys = def.naturalKey ?? def.uniqueKeys[0] ?? [];
  return keys.map((key) => ({ key, required: def.fields.find((f) => f.key === key)?.required === true }));
}

const keyFields = new WeakMap<DatasetDefinition, { key: string; required: boolean }[]>();

/**
 * Identity of a record across uploads: its natural key's values, e.g. '2023|9131…|张三'. An empty
 * optional part counts as empty (as in the file's own unique check); an empty required part means
 * the row has no identity (it has an error anyway).
 */
export function recordKey(def: DatasetDefinition, row: TypedRow): string | null {
  let fields = keyFields.get(def);
  if (!fields) {
    fields = naturalKeyFields(def);
    keyFields.set(def, fields);
  }
  if (fields.length === 0) return null;
  const parts: string[] = [];
  for (const { key, required } of fields) {
    const value = row[key];
    if (value === null || value === undefined) {
      if (required) return null;
      parts.push('');
    } else parts.push(String(value));
  }
  return parts.join('|');
}

export function rowTableDdl(def: DatasetDefinition): string {
  const table = rowTableName(def);
  // Quoted: some field keys (e.g. `limit`) are SQL keywords.
  const columns = rowColumns(def).map((c) => `  ${quoteIdent(c.column)} ${c.sqlType}`);
  return [
    `-- ${def.title.zh} (${def.key}): generated from schema/datasets by npm run gen:migration.`,
    `CREATE TABLE ${table} (`,
    '  submission_id uuid NOT NULL,',
    '  row_number integer NOT NULL,',
    '  record_key text,',
    `${columns.join(',\n')},`,
    '  PRIMARY KEY (submission_id, row_number)',
    ');',
    // The link to the submission is checked per statement, not per row (migration 007).
    ...['insert', 'update'].map(
      (event) =>
        `CREATE TRIGGER ${table}_${event} AFTER ${event.toUpperCase()} ON ${table}\n` +
        '  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_check_submission();',
    ),
    `CREATE TRIGGER submission_keep_${table} BEFORE DELETE OR UPDATE OF id ON submission`,
    `  FOR EACH ROW EXECUTE FUNCTION submission_keep_rows('${table}');`,
    '',
  ].join('\n');
}
