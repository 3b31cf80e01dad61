import type { DatasetDefinition, FieldDefinition } from '../../schema/core/dataset.js';
import { publicFields } from './catalogue.js';
import type { RecordStatus } from './filter.js';
import type { PublicRecord } from './records.js';

/** A cell of a download: a real number stays a number; everything else is text. */
export type Cell = { kind: 'number'; value: number; text: string } | { kind: 'text'; value: string };

export interface Column {
  key: string;
  header: string;
  cell(record: PublicRecord): Cell;
}

export const STATUS_ZH: Record<RecordStatus, string> = {
  CURRENT: '现行',
  SUPERSEDED: '已更正',
  WITHDRAWN: '已撤回',
};

// Spreadsheet programs run a cell that starts with these as a formula (CSV/formula injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that a spreadsheet would take for a formula is prefixed with ' so it shows as typed. */
export const escapeFormula = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export const text = (value: string | null | undefined): Cell => ({
  kind: 'text',
  value: escapeFormula(value ?? ''),
});

const withoutTrailingZeros = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/**
 * Numeric field types (decimals as canonical strings, integers and years as numbers) are numbers;
 * the field type says so, not the look of the value, so a text cell "-2+3" is never taken for one.
 * A decimal a double cannot hold exactly stays text rather than change.
 */
function numberCell(value: string | number): Cell {
  const n = Number(value);
  const exact =
    Number.isFinite(n) && (typeof value === 'number' || String(n) === withoutTrailingZeros(value));
  return exact ? { kind: 'number', value: n, text: String(value) } : text(String(value));
}

function fieldCell(field: FieldDefinition, value: unknown): Cell {
  if (value === null || value === undefined) return text('');
  const numeric = field.type.sql === 'numeric' || field.type.sql === 'integer';
  if (numeric && (typeof value === 'string' || typeof value === 'number')) return numberCell(value);
  // Readers of the zh downloads see choice labels (产权转让, 是); the JSON download keeps the keys.
  const choice = field.type.choices?.find((c) => c.key === String(value));
  if (choice) return text(choice.label.zh);
  if (typeof value === 'boolean') return text(value ? '是' : '否');
  return text(String(value));
}

/** Shanghai time, as the public reads it: 2024-05-01 14:03:00. */
const shanghai = (date: Date) =>
  new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

/** The public fields in template order, then the publication columns. */
export function downloadColumns(def: DatasetDefinition): Column[] {
  const fields = publicFields(def).map(
    (f): Column => ({
      key: f.key,
      header: f.label.zh,
      cell: (r) => fieldCell(f.definition, r.values[f.key]),
    }),
  );
  return [
    ...fields,
    { key: 'enterpriseName', header: '企业名称', cell: (r) => text(r.enterpriseName) },
    { key: 'publishedAt', header: '发布时间', cell: (r) => text(shanghai(r.publishedAt)) },
    { key: 'status', header: '状态', cell: (r) => text(STATUS_ZH[r.status]) },
    { key: 'supersededBy', header: '更正为', cell: (r) => text(r.supersededById) },
    { key: 'withdrawalReason', header: '撤回原因', cell: (r) => text(r.withdrawalReason) },
  ];
}
