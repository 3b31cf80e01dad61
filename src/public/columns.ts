import type { DatasetDefinition, FieldDefinition } from '../../schema/core/dataset.js';
import { publicFields } from './catalogue.js';

/**
 * A column of the CSV and XLSX downloads. Its cell is computed by the database (`sql`, over one
 * published_record row), so a download is one query whose rows need no work in Node: choice keys
 * become their zh labels, booleans 是/否, an open end (OPEN) 至今; NULL when empty.
 */
export interface Column {
  key: string;
  header: string;
  sql: string;
  /** A numeric field: the cell is a number in the XLSX when a double holds it exactly. */
  numeric: boolean;
}

/** A SQL string literal, safe whatever standard_conforming_strings says. */
export const sqlLiteral = (text: string) => `E'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

const KEY = /^[A-Za-z][A-Za-z0-9]*$/;

function fieldSql(field: FieldDefinition): string {
  if (!KEY.test(field.key)) throw new Error(`field key ${field.key} is not a plain identifier`);
  const value = `"values"->>'${field.key}'`;
  const cases = (field.type.choices ?? []).map(
    (c) => `WHEN ${sqlLiteral(c.key)} THEN ${sqlLiteral(c.label.zh)}`,
  );
  if (field.type.openEnded) cases.push(`WHEN 'OPEN' THEN '至今'`);
  return cases.length > 0 ? `CASE ${value} ${cases.join(' ')} ELSE ${value} END` : value;
}

export const STATUS_SQL = `CASE WHEN withdrawn_at IS NOT NULL THEN '已撤回'
  WHEN superseded_at IS NOT NULL THEN '已更正' ELSE '现行' END`;

/** Shanghai time (UTC+8 all year), as the public reads it: 2024-05-01 14:03:00. */
const SHANGHAI = `to_char(published_at AT TIME ZONE 'UTC' + interval '8 hours', 'YYYY-MM-DD HH24:MI:SS')`;

/**
 * The public fields in template order, then the publication columns. The enterprise that filed the
 * publication is 报送企业: executive pay and performance reviews have their own 企业名称 field (the
 * enterprise a row is about, which may be a subsidiary), and a sheet must not hold two 企业名称.
 */
export function downloadColumns(def: DatasetDefinition): Column[] {
  const fields = publicFields(def).map(
    (f): Column => ({
      key: f.key,
      header: f.label.zh,
      sql: fieldSql(f.definition),
      numeric: f.definition.type.sql === 'numeric' || f.definition.type.sql === 'integer',
    }),
  );
  const text = (key: string, header: string, sql: string): Column => ({ key, header, sql, numeric: false });
  return [
    ...fields,
    text('enterpriseName', '报送企业', 'enterprise_name'),
    text('publishedAt', '发布时间', SHANGHAI),
    text('status', '状态', STATUS_SQL),
    text('supersededBy', '更正为', 'superseded_by_id::text'),
    text('withdrawalReason', '撤回原因', 'withdrawal_reason'),
  ];
}

// Spreadsheet programs run a cell that starts with these as a formula (CSV/formula injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would take for a formula is prefixed with ' so it shows as typed (CSV). */
export const escapeFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** The same escape in SQL, for the CSV download that the database writes (tab and CR as themselves). */
export const escapeFormulaSql = (sql: string) => `regexp_replace(${sql}, E'^([=+@\t\r-])', E'''\\\\1')`;
