import type { CellValue } from '../core/cells.js';
import type { FieldType, ParseResult } from '../core/field-type.js';
import { cellDateParts, formatYearMonth, fromDateCell, fromSerial } from './date-parts.js';
import { cellText } from './normalize.js';
import { EMPTY, ok, typeError } from './results.js';

const OPEN_WORDS = new Set(['至今', '今', '现在', '目前', '在任', '迄今']);
// 2019-01, 2019-1, 2019/1, 2019.1, 2019年1月, 201901
const YEAR_MONTH_TEXT = /^(\d{4})(?:[-/.]|年)?(\d{1,2})月?$/;

function valid(year: number, month: number): boolean {
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12;
}

/**
 * A number cell such as 2019.1 is what Excel makes of a typed `2019.10` as well as `2019.1`:
 * it is read as January, with a warning, since nothing in the cell says which was meant.
 */
function fromNumber(n: number, date1904: boolean): ParseResult | null {
  const year = Math.trunc(n);
  if (year >= 1900 && year <= 2199) {
    const fraction = n.toFixed(2).slice(-2);
    const month = fraction.endsWith('0') ? Number(fraction.charAt(0)) : Number(fraction);
    if (!valid(year, month)) return null;
    const value = formatYearMonth(year, month);
    if (month !== 1) return ok(value);
    const alt = formatYearMonth(year, 10);
    return ok(value, [{ code: 'ambiguous-year-month', params: { read: value, alt } }]);
  }
  if (Number.isInteger(n) && n >= 190001 && n <= 219912) return fromText(String(n));
  const parts = fromSerial(n, date1904);
  return parts ? ok(formatYearMonth(parts.year, parts.month)) : null;
}

function fromText(text: string): ParseResult | null {
  const m = YEAR_MONTH_TEXT.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return valid(year, month) ? ok(formatYearMonth(year, month)) : null;
}

function readYearMonth(cell: CellValue, text: string, date1904: boolean): ParseResult | null {
  if (cell instanceof Date) {
    const parts = fromDateCell(cell);
    return parts ? ok(formatYearMonth(parts.year, parts.month)) : null;
  }
  if (typeof cell === 'number') return fromNumber(cell, date1904);
  const parts = fromText(text) ?? cellDateParts(cell, text, date1904);
  if (parts === null || 'ok' in parts) return parts;
  return ok(formatYearMonth(parts.year, parts.month));
}

/** 'YYYY-MM', or 'OPEN' for 至今 when allowOpen (a tenure still running). */
export function yearMonth(options: { allowOpen?: boolean } = {}): FieldType {
  const expected = options.allowOpen
    ? { zh: '年月，如 2019-01，或“至今”', en: 'a year and month, e.g. 2019-01, or 至今' }
    : { zh: '年月，如 2019-01', en: 'a year and month, e.g. 2019-01' };
  return {
    kind: 'year-month',
    graphql: 'YearMonth',
    sql: 'text',
    tableSchema: { type: 'yearmonth' },
    hint: expected,
    openEnded: options.allowOpen === true,
    parse(cell, ctx) {
      const text = cellText(cell);
      if (text === null) return EMPTY;
      if (OPEN_WORDS.has(text)) return options.allowOpen ? ok('OPEN') : typeError(expected);
      return readYearMonth(cell, text, ctx.date1904) ?? typeError(expected);
    },
  };
}
