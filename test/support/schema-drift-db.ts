import type { SqlClient } from '../../src/db/database.js';
import type { DatabaseShape } from './schema-drift.js';

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_nullable: 'YES' | 'NO';
  type: string;
}

/** What the migrated database actually holds (public schema, without the migration ledger). */
export async function shapeFromDatabase(sql: SqlClient, ignoreTables: string[]): Promise<DatabaseShape> {
  const columns = await sql.query<ColumnRow>(`
    SELECT c.relname AS table_name, a.attname AS column_name,
           CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END AS is_nullable,
           CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
                ELSE replace(replace(format_type(a.atttypid, a.atttypmod),
                     'timestamp(3) with time zone', 'timestamptz(3)'), ' without time zone', '') END AS type
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped`);
  const uniques = await sql.query<{ table_name: string; columns: string }>(`
    SELECT c.relname AS table_name,
           (SELECT string_agg(a.attname, ',' ORDER BY k.ord) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum) AS columns
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND i.indisunique AND i.indpred IS NULL`);
  const shape: DatabaseShape = {};
  for (const row of columns.rows) {
    if (ignoreTables.includes(row.table_name)) continue;
    shape[row.table_name] ??= { columns: {}, unique: [] };
    const type = row.type.replace(/^character\((\d+)\)$/, 'character($1)');
    shape[row.table_name]!.columns[row.column_name] =
      `${type} ${row.is_nullable === 'NO' ? 'not null' : 'null'}`;
  }
  for (const row of uniques.rows) shape[row.table_name]?.unique.push(row.columns);
  for (const table of Object.values(shape)) table.unique.sort();
  return shape;
}

/** Human-readable differences; empty when the two shapes agree. */
export function describeDrift(expected: DatabaseShape, actual: DatabaseShape): string[] {
  const drift: string[] = [];
  for (const table of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const want = expected[table];
    const have = actual[table];
    if (!want || !have) {
      drift.push(`table ${table}: ${want ? 'missing from the database' : 'missing from schema.prisma'}`);
      continue;
    }
    for (const column of new Set([...Object.keys(want.columns), ...Object.keys(have.columns)])) {
      if (want.columns[column] !== have.columns[column]) {
        drift.push(
          `${table}.${column}: schema.prisma says ${want.columns[column] ?? 'nothing'}, database has ${have.columns[column] ?? 'nothing'}`,
        );
      }
    }
    if (want.unique.join(';') !== have.unique.join(';')) {
      drift.push(
        `${table} unique: schema.prisma says [${want.unique.join('; ')}], database has [${have.unique.join('; ')}]`,
      );
    }
  }
  return drift;
}
