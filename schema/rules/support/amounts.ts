import type { RuleContext, TypedRow } from '../../core/dataset.js';
import { Big } from '../../core/decimal.js';
import { decimalOf, isBlank } from './values.js';

// Shared, never modified (big.js operations return new values): a blank amount and the running
// sum start from it without allocating.
const ZERO = new Big(0);
// The tolerance is one configured string for a whole file: parse it once, not per row.
let tolerance = { text: '', value: ZERO };

/**
 * An amount where a blank cell counts as 0 (a pay component that was not paid); undefined when the
 * cell holds something unreadable, because then the sum cannot be known.
 */
export function amountOrZero(row: TypedRow, key: string, ctx: RuleContext): Big | undefined {
  if (isBlank(row, key, ctx)) return ZERO;
  return decimalOf(row, key);
}

/** Sum of amounts, undefined when any is unknown. */
export function sumOf(amounts: (Big | undefined)[]): Big | undefined {
  let total = ZERO;
  for (const amount of amounts) {
    if (!amount) return undefined;
    total = total.plus(amount);
  }
  return total;
}

/** True when |a − b| exceeds the tolerance. */
export function differs(a: Big, b: Big, limit: string): boolean {
  if (tolerance.text !== limit) tolerance = { text: limit, value: new Big(limit) };
  return a.minus(b).abs().gt(tolerance.value);
}
