import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { badFilter, isUuid, RECORD_STATUSES, type RecordFilter, type RecordStatus } from './filter.js';

const RESERVED = new Set(['search', 'enterprise', 'status', 'from', 'to']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day in Asia/Shanghai: `from` starts at its first millisecond, `to` ends at its last. */
function day(value: string | null, end: boolean): Date | null {
  if (!value) return null;
  if (!DAY.test(value))
    throw badFilter(`日期格式应为 YYYY-MM-DD：${value}`, `Dates are YYYY-MM-DD: ${value}`);
  const start = Date.parse(`${value}T00:00:00+08:00`);
  return new Date(end ? start + 86_400_000 - 1 : start);
}

function statuses(value: string | null): RecordStatus[] | null {
  if (!value || value === 'all') return null;
  return value.split(',').map((s) => {
    const status = s.trim().toUpperCase() as RecordStatus;
    if (!RECORD_STATUSES.includes(status)) throw badFilter(`未知状态 ${s}`, `Unknown status ${s}`);
    return status;
  });
}

/**
 * The download filters from a query string: ?search=…&enterprise=<id or part of the name>
 * &status=current,superseded,withdrawn|all&from=YYYY-MM-DD&to=YYYY-MM-DD, and any public field key
 * for an exact match (e.g. ?transactionType=EQUITY_TRANSFER&fiscalYear=2023).
 */
export function filterFromQuery(def: DatasetDefinition, query: URLSearchParams): RecordFilter {
  const enterprise = query.get('enterprise')?.trim() || null;
  const fields = [...query.entries()]
    .filter(([key]) => !RESERVED.has(key))
    .map(([field, value]) => ({ field, value }));
  return {
    dataset: def,
    search: query.get('search'),
    enterpriseId: enterprise && isUuid(enterprise) ? enterprise : null,
    enterpriseName: enterprise && !isUuid(enterprise) ? enterprise : null,
    status: statuses(query.get('status')),
    publishedFrom: day(query.get('from'), false),
    publishedTo: day(query.get('to'), true),
    fields,
  };
}
