import type { DatasetDefinition, TypedRow } from '../../schema/core/dataset.js';
import { rowColumns } from '../../schema/derive/row-table.js';
import type { SqlClient } from '../db/database.js';

/**
 * A row's period label from the dataset's period field: the year of a date or timestamp, else the
 * value as PostgreSQL's `::text` prints it. Undefined when the dataset declares no period field.
 */
export function periodOf(def: DatasetDefinition): ((row: TypedRow) => string | null) | undefined {
  const column = rowColumns(def).find((c) => c.field === def.periodField);
  if (!column) return undefined;
  const field = column.field;
  const yearOnly = column.sqlType === 'date' || column.sqlType === 'timestamp';
  return (row) => {
    const value = row[field];
    if (value === null || value === undefined) return null;
    // Typed dates and timestamps are ISO text ('2024-03-31', '2024-03-31T08:00:00').
    return yearOnly ? String(value).slice(0, 4) : String(value);
  };
}

/** The distinct periods of rows seen so far; collected where the rows are typed (the worker). */
export function periodCollector(def: DatasetDefinition) {
  const label = periodOf(def);
  const seen = new Set<string>();
  return {
    add(row: TypedRow) {
      const period = label?.(row);
      if (period !== null && period !== undefined) seen.add(period);
    },
    values: () => [...seen],
  };
}

/** Records which periods the submission's rows cover, for regulators' period filter. */
export async function recordPeriods(tx: SqlClient, submissionId: string, periods: readonly string[]) {
  // Sorted by the database, as its period filter compares them.
  await tx.query(
    'UPDATE submission SET periods = ARRAY(SELECT DISTINCT p FROM unnest($2::text[]) AS p ORDER BY p) WHERE id = $1',
    [submissionId, periods],
  );
}
