import type { FieldType } from '../core/field-type.js';
import { cellDateParts, formatDateTime } from './date-parts.js';
import { cellText } from './normalize.js';
import { EMPTY, ok, typeError } from './results.js';

const EXPECTED = { zh: '日期时间，如 2024-01-31 08:30', en: 'a date and time, e.g. 2024-01-31 08:30' };

/** Local (Asia/Shanghai) wall-clock time 'YYYY-MM-DDTHH:mm:ss'; a date alone means midnight. */
export function dateTime(): FieldType {
  return {
    kind: 'date-time',
    graphql: 'DateTime',
    sql: 'timestamp',
    tableSchema: { type: 'datetime' },
    hint: EXPECTED,
    parse(cell, ctx) {
      const text = cellText(cell);
      if (text === null) return EMPTY;
      const parts = cellDateParts(cell, text, ctx.date1904);
      return parts ? ok(formatDateTime(parts)) : typeError(EXPECTED);
    },
  };
}
