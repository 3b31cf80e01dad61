import type { DatasetDefinition, TypedRow } from '../core/dataset.js';

/**
 * The typed table that holds a dataset's rows, derived from its definition: one column per field
 * (snake_case of the key, PostgreSQL type from the field type), plus the submission and the
 * Excel row number. The SQL migration is generated from this (npm run gen:row-tables) and a test
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

/** Identity of a record across uploads: its first unique key's values, e.g. '2023|9131…|张三'. */
export function recordKey(def: DatasetDefinition, row: TypedRow): string | null {
  const key = def.uniqueKeys[0];
  if (!key) return null;
  const parts = key.map((field) => row[field]);
  return parts.some((p) => p === null || p === undefined) ? null : parts.map(String).join('|');
}

export function rowTableDdl(def: DatasetDefinition): string {
  const table = rowTableName(def);
  // Quoted: some field keys (e.g. `limit`) are SQL keywords.
  const columns = rowColumns(def).map((c) => `  ${quoteIdent(c.column)} ${c.sqlType}`);
  return [
    `-- ${def.title.zh} (${def.key}): generated from schema/datasets by npm run gen:row-tables.`,
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
