import { Big, canonicalDecimal } from '../core/decimal.js';
import type { FieldType, ParseContext } from '../core/field-type.js';
import { checkDecimal, decimalConstraints } from './decimal.js';
import { cellDecimal, cellText } from './normalize.js';
import { implausibleAmount, type PlausibleRange } from './plausible-amount.js';
import { EMPTY, ok, typeError } from './results.js';

export interface MoneyOptions {
  min?: string;
  /** Where amounts of this field normally lie (万元): outside it is a plausibility warning. */
  plausible?: PlausibleRange;
}

type Unit = NonNullable<ParseContext['sheetUnit']>;

/** How many 万元 one unit is worth; stored amounts are always 万元. */
const TO_WAN: Record<Unit, string> = { yuan: '0.0001', wan: '1', yi: '10000' };
// A unit written in the cell itself ("120万元") is explicit and wins over the sheet's unit line.
const UNIT_SUFFIX = /^(.*?)(亿元|亿|万元|万|元)$/;
const SUFFIX_UNIT: Record<string, Unit> = { 亿元: 'yi', 亿: 'yi', 万元: 'wan', 万: 'wan', 元: 'yuan' };

// What Excel's CSV export writes for a cell in a currency format (￥1,234.00, ¥-5.00), and what
// people type: the sign says "yuan as currency", not a scale, so the column's unit still applies.
const CURRENCY_PREFIX = /^(?:[￥¥]|RMB|CNY|人民币)\s*/i;

/** Cheap pre-test for CURRENCY_PREFIX: ￥ (U+FFE5, NFKC'd to ¥ U+00A5), R, C or 人. */
function startsWithCurrency(text: string): boolean {
  const first = text.charCodeAt(0);
  return (
    first === 0xa5 ||
    first === 0xffe5 ||
    first === 0x52 ||
    first === 0x72 ||
    first === 0x43 ||
    first === 0x63 ||
    first === 0x4eba
  );
}

/** Cheap pre-test for UNIT_SUFFIX: every unit word ends in 元, 万 or 亿. */
function endsWithUnit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 0x5143 || last === 0x4e07 || last === 0x4ebf;
}

/**
 * An amount in 万元, exact. The sheet's unit line (ctx.sheetUnit) is honoured exactly: `单位：元`
 * divides by 10000, `单位：亿元` multiplies by 10000. No rounding happens anywhere.
 */
export function money(options: MoneyOptions = {}): FieldType {
  return {
    kind: 'money',
    graphql: 'Decimal',
    sql: 'numeric',
    tableSchema: { type: 'number', format: '万元', constraints: decimalConstraints(options) },
    hint: { zh: '金额（万元），如 1234.56', en: 'amount in 10,000 yuan, e.g. 1234.56' },
    parse(cell, ctx) {
      let normalized = cellText(cell);
      if (normalized === null) return EMPTY;
      let unit: Unit = ctx.sheetUnit ?? 'wan';
      if (typeof cell === 'string' && startsWithCurrency(normalized)) {
        normalized = normalized.replace(CURRENCY_PREFIX, '');
      }
      const suffix =
        typeof cell === 'string' && endsWithUnit(normalized) ? UNIT_SUFFIX.exec(normalized) : null;
      if (suffix?.[1] && suffix[2]) {
        normalized = suffix[1].trim();
        unit = SUFFIX_UNIT[suffix[2]] ?? unit;
      }
      const read = cellDecimal(cell, normalized);
      if (read === null) return typeError({ zh: '金额数字，如 1234.56', en: 'an amount, e.g. 1234.56' });
      const value = unit === 'wan' ? read : canonicalDecimal(new Big(read).times(TO_WAN[unit]));
      const failed = checkDecimal(value, options);
      if (failed) return failed;
      const slip = options.plausible ? implausibleAmount(value, unit, options.plausible) : undefined;
      return slip ? ok(value, [slip]) : ok(value);
    },
  };
}
