import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { escapeFormula } from '../public/columns.js';
import type { Audience } from './audience.js';
import { recordFields } from './fields.js';
import type { RecordRow } from './records.service.js';

/** One exported column: a zh header and how a selected row becomes a cell. */
export interface ExportColumn {
  header: string;
  numeric: boolean;
  cell(row: RecordRow): string | number | null;
}

const STATUS_ZH: Record<string, string> = {
  PUBLISHED: '已公开',
  SUPERSEDED: '已更正',
  WITHDRAWN: '已撤回',
  PENDING_REVIEW: '待审核',
  APPROVED: '已审核待公开',
  VALIDATED: '未提交',
  RETURNED: '已退回',
};

const text = (value: unknown) =>
  value === null || value === undefined ? null : escapeFormula(String(value));

/** Shanghai time, as regulators read it: 2024-05-01 14:03:00. */
const shanghai = (value: unknown) =>
  value instanceof Date
    ? new Date(value.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
    : null;

/** The fields the caller may read in template order, then who filed the record and its state. */
export function exportColumns(def: DatasetDefinition, audience: Audience): ExportColumn[] {
  const fields = recordFields(def)
    .filter((f) => f.public || !audience.public)
    .map((f): ExportColumn => {
      const choices = f.definition.type.choices;
      return {
        header: f.definition.label.zh,
        numeric: f.kind === 'decimal' || f.kind === 'integer',
        cell: (row) => {
          const value = row[f.key];
          if (value === null || value === undefined) return null;
          if (typeof value === 'boolean') return value ? '是' : '否';
          const choice = choices?.find((c) => c.key === value);
          return choice ? choice.label.zh : typeof value === 'number' ? value : text(value);
        },
      };
    });
  return [
    ...fields,
    { header: '报送企业', numeric: false, cell: (r) => text(r.__enterprise) },
    { header: '报送企业统一社会信用代码', numeric: false, cell: (r) => text(r.__uscc) },
    { header: '状态', numeric: false, cell: (r) => STATUS_ZH[String(r.__status)] ?? text(r.__status) },
    { header: '公开时间', numeric: false, cell: (r) => shanghai(r.__published) },
    { header: '查询码', numeric: false, cell: (r) => (audience.public ? null : text(r.__receipt)) },
  ];
}
