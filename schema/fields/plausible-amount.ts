import { Big, canonicalDecimal } from '../core/decimal.js';
import type { IssueDraft } from '../core/issues.js';
import type { Localized } from '../core/localized.js';

export type MoneyUnit = 'yuan' | 'wan' | 'yi';

/** Where an amount of this field normally lies, in 万元; a dataset fact, set in its definition. */
export interface PlausibleRange {
  /** Lower bound for a non-zero amount (0 itself is always plausible: "none paid"). */
  min?: string;
  max?: string;
}

const UNIT_ZH: Record<MoneyUnit, string> = { yuan: '元', wan: '万元', yi: '亿元' };
const UNIT_EN: Record<MoneyUnit, string> = { yuan: 'yuan', wan: '10,000 yuan', yi: '100 million yuan' };
// The next unit down and up: a slip is always one step of 10,000 in either direction.
const SMALLER: Partial<Record<MoneyUnit, MoneyUnit>> = { wan: 'yuan', yi: 'wan' };
const LARGER: Partial<Record<MoneyUnit, MoneyUnit>> = { yuan: 'wan', wan: 'yi' };

const inside = (n: number, range: PlausibleRange) =>
  (range.min === undefined || n >= Number(range.min)) && (range.max === undefined || n <= Number(range.max));

function rangeText(range: PlausibleRange): string {
  return `${range.min ?? '0'}–${range.max ?? '∞'}`;
}

/**
 * An amount far outside the field's plausible range, read in `unit` (the cell's, the column's or
 * the sheet's). When the same digits in the next unit down (or up) land inside the range, the
 * warning names that unit slip and the amount it would give. Comparisons use floats on purpose:
 * they only decide whether to warn; the stored amount stays exact.
 */
export function implausibleAmount(
  value: string,
  unit: MoneyUnit,
  range: PlausibleRange,
): IssueDraft | undefined {
  const n = Number(value);
  if (n === 0 || inside(n, range)) return undefined;
  const tooHigh = range.max !== undefined && n > Number(range.max);
  const typed = tooHigh ? SMALLER[unit] : LARGER[unit];
  const suggested = canonicalDecimal(tooHigh ? new Big(value).div(10000) : new Big(value).times(10000));
  const params = { amount: value, range: rangeText(range), declared: UNIT_ZH[unit] };
  if (!typed || !inside(Number(suggested), range)) {
    return { code: 'amount-implausible', params: { ...params, hint: NO_HINT } };
  }
  const hint: Localized = {
    zh: `疑似按“${UNIT_ZH[typed]}”填写在了“${UNIT_ZH[unit]}”单位下（单位错误）：若按${UNIT_ZH[typed]}计，应为${suggested}万元。`,
    en: `it looks like a unit slip, an amount in ${UNIT_EN[typed]} entered where ${UNIT_EN[unit]} is declared: read in ${UNIT_EN[typed]} it is ${suggested} (10,000 yuan).`,
  };
  return { code: 'amount-implausible', params: { ...params, hint } };
}

const NO_HINT: Localized = { zh: '请核对金额和单位。', en: 'please check the amount and its unit.' };
