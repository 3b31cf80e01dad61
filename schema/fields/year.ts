import type { FieldType } from '../core/field-type.js';
import { cellText } from './normalize.js';
import { EMPTY, fail, ok, typeError } from './results.js';

const EXPECTED = { zh: '四位年份，如 2023', en: 'a four-digit year, e.g. 2023' };
// 2023, 2023年, 2023年度, 2023.0 (a number cell exported to text)
const YEAR_TEXT = /^(\d{4})(?:年度?|\.0+)?$/;

export function year(options: { notAfterCurrent?: boolean } = {}): FieldType {
  return {
    kind: 'year',
    graphql: 'Int',
    sql: 'integer',
    tableSchema: { type: 'year' },
    hint: EXPECTED,
    parse(cell, ctx) {
      if (cell instanceof Date) return typeError(EXPECTED);
      const text = cellText(cell);
      if (text === null) return EMPTY;
      const m = YEAR_TEXT.exec(text);
      const value = m ? Number(m[1]) : Number.NaN;
      if (!(value >= 1949 && value <= 2199)) return typeError(EXPECTED);
      const current = Number(ctx.today.slice(0, 4));
      if (options.notAfterCurrent && value > current) return fail('maximum', { max: current });
      return ok(value);
    },
  };
}
