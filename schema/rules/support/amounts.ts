import type { RuleContext, TypedRow } from '../../core/dataset.js';
import { Exact } from '../../core/exact.js';
import { decimalOf, isBlank } from './values.js';

// Shared, never modified (operations return new values): a blank amount and the running
// sum start from it without allocating.
const ZERO = Exact.from(0);
// The tolerance is one configured string for a whole file: parse it once, not per row.
let tolerance = { text: '', value: ZERO };

/**
 * An amount where a blank cell counts as 0 (a pay component that was not paid); undefined when the
 * cell holds something unreadable, because then the sum cannot be known.
 */
export function amountOrZero<K extends string>(
  row: TypedRow<K>,
  key: NoInfer<K>,
  ctx: RuleContext,
): Exact | undefined {
  if (isBlank(row, key, ctx)) return ZERO;
  return decimalOf(row, key);
}

/** Sum of amounts, undefined when any is unknown. */
export function sumOf(amounts: (Exact | undefined)[]): Exact | undefined {
  let total = ZERO;
  for (const amount of amounts) {
    if (!amount) return undefined;
    total = total.plus(amount);
  }
  return total;
}

/** True when |a − b| exceeds the tolerance. */
export function differs(a: Exact, b: Exact, limit: string): boolean {
  if (tolerance.text !== limit) tolerance = { text: limit, value: Exact.from(limit) };
  return a.minus(b).abs().gt(tolerance.value);
}
