import type { RuleContext, TypedRow } from '../../core/dataset.js';
import { Big } from '../../core/decimal.js';
import { decimalOf, isBlank } from './values.js';

/**
 * An amount where a blank cell counts as 0 (a pay component that was not paid); undefined when the
 * cell holds something unreadable, because then the sum cannot be known.
 */
export function amountOrZero(row: TypedRow, key: string, ctx: RuleContext): Big | undefined {
  if (isBlank(row, key, ctx)) return new Big(0);
  return decimalOf(row, key);
}

/** Sum of amounts, undefined when any is unknown. */
export function sumOf(amounts: (Big | undefined)[]): Big | undefined {
  let total = new Big(0);
  for (const amount of amounts) {
    if (!amount) return undefined;
    total = total.plus(amount);
  }
  return total;
}

/** True when |a − b| exceeds the tolerance. */
export function differs(a: Big, b: Big, tolerance: string): boolean {
  return a.minus(b).abs().gt(tolerance);
}
