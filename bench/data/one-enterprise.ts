import { dataRow } from './rows.js';

/** The demo enterprise a, which the benchmark uploads as (rows naming others would be errors). */
export const BENCH_ENTERPRISE = { name: '上海示范城建集团有限公司', uscc: '913100001322000126' };

/**
 * Row i of an upload by one enterprise: the import benchmark's realistic rows, re-attributed to
 * that enterprise, with the row's firm number appended to the name so that (year, code, name)
 * stays unique over a million rows.
 */
export function oneEnterpriseRow(i: number): string[] {
  const row = dataRow(i);
  row[2] = BENCH_ENTERPRISE.name;
  row[3] = BENCH_ENTERPRISE.uscc;
  row[4] = `${row[4]}${Math.floor(i / 8)}`;
  return row;
}
