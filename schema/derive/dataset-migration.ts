import type { DatasetDefinition } from '../core/dataset.js';
import { rowTableDdl, rowTableName, snakeCase } from './row-table.js';

/**
 * The SQL that brings a database to a new dataset: its value of the "DatasetKey" enum and its typed
 * row table. Undefined when `existingSql` (all migrations so far) already creates the table.
 */
export function newDatasetMigration(def: DatasetDefinition, existingSql: string): string | undefined {
  if (new RegExp(`CREATE TABLE ${rowTableName(def)}\\b`).test(existingSql)) return undefined;
  return [
    `-- ${def.title.zh} (${def.key}): generated from schema/datasets/${def.key}.ts by npm run gen:migration.`,
    `ALTER TYPE "DatasetKey" ADD VALUE IF NOT EXISTS '${def.graphqlName}';`,
    '',
    rowTableDdl(def).split('\n').slice(1).join('\n'),
    ...periodIndex(def),
  ].join('\n');
}

/** The typed records API filters by period ("in 2023"): its column is indexed (as migration 024 does). */
function periodIndex(def: DatasetDefinition): string[] {
  if (!def.periodField) return [];
  const table = rowTableName(def);
  const column = snakeCase(def.periodField);
  return [`CREATE INDEX ${table}_${column}_idx ON ${table} (${column});`, ''];
}
