import type { FieldType } from '../core/field-type.js';
import { cellDateParts, formatDate } from './date-parts.js';
import { cellText } from './normalize.js';
import { EMPTY, ok, typeError } from './results.js';

const EXPECTED = { zh: '日期，如 2024-01-31', en: 'a date, e.g. 2024-01-31' };

/**
 * A calendar date 'YYYY-MM-DD' from 2024-01-31, 2024/1/31, 2024.01.31, 2024年1月31日, 20240131,
 * Excel serials (1900 or 1904 system per ctx.date1904) and XLSX date cells. A time part, as Excel
 * writes for date-time formatted cells, is dropped.
 */
export function date(): FieldType {
  return {
    kind: 'date',
    graphql: 'Date',
    sql: 'date',
    tableSchema: { type: 'date' },
    hint: EXPECTED,
    parse(cell, ctx) {
      const text = cellText(cell);
      if (text === null) return EMPTY;
      const parts = cellDateParts(cell, text, ctx.date1904);
      return parts ? ok(formatDate(parts)) : typeError(EXPECTED);
    },
  };
}
