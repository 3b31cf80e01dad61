import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { SqlClient } from '../db/database.js';

/** The dropdowns' values: enterprise names, and each facet field's values present in the dataset. */
export interface FilterChoices {
  enterprises: string[];
  /** Field key → values present in the dataset. */
  fields: Map<string, string[]>;
}

/**
 * The version of a dataset's published records (published_dataset_stats, moved by every publication,
 * correction and withdrawal): one indexed row, read on each page.
 */
export async function datasetVersion(sql: SqlClient, def: DatasetDefinition): Promise<string> {
  const { rows } = await sql.query<{ version: string | number }>(
    'SELECT version FROM published_dataset_stats WHERE dataset = $1::"DatasetKey"',
    [def.graphqlName],
  );
  return String(rows[0]?.version ?? 0);
}

/** Values present in the dataset for a filter's dropdown (enterprise names or a field's values). */
async function distinctValues(sql: SqlClient, def: DatasetDefinition, field?: string) {
  const column = field ? `"values"->>$2` : 'enterprise_name';
  const { rows } = await sql.query<{ v: string }>(
    `SELECT DISTINCT ${column} AS v FROM published_record
     WHERE dataset = $1::"DatasetKey" AND ${column} IS NOT NULL ORDER BY 1 LIMIT 200`,
    field ? [def.graphqlName, field] : [def.graphqlName],
  );
  return rows.map((r) => r.v);
}

async function loadChoices(sql: SqlClient, def: DatasetDefinition, facets: string[]): Promise<FilterChoices> {
  const [enterprises, ...values] = await Promise.all([
    distinctValues(sql, def),
    ...facets.map((field) => distinctValues(sql, def, field)),
  ]);
  return { enterprises: enterprises ?? [], fields: new Map(facets.map((f, i) => [f, values[i] ?? []])) };
}

// Per database handle (tests open many) and dataset: the choices of one version, or their loading.
const cache = new WeakMap<SqlClient, Map<string, { version: string; choices: Promise<FilterChoices> }>>();

/**
 * The dropdowns' values, scanned once per version of the dataset rather than on every request: the
 * lists change only when records are published (and the version moves then). Concurrent requests
 * after a publication share one scan. Every process checks the version in the database, so several
 * servers on one PostgreSQL stay right.
 */
export function filterChoices(
  sql: SqlClient,
  def: DatasetDefinition,
  facets: string[],
  version: string,
): Promise<FilterChoices> {
  const byDataset = cache.get(sql) ?? new Map();
  cache.set(sql, byDataset);
  const hit = byDataset.get(def.key);
  if (hit?.version === version) return hit.choices;
  const choices = loadChoices(sql, def, facets);
  const entry = { version, choices };
  byDataset.set(def.key, entry);
  // A failed scan is not kept: the next request tries again.
  choices.catch(() => byDataset.get(def.key) === entry && byDataset.delete(def.key));
  return choices;
}
