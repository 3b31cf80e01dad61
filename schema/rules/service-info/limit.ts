import { Big } from '../../core/decimal.js';

/** A water-quality limit as a bound or range; open sides are undefined. */
export interface Limit {
  min?: { value: Big; inclusive: boolean };
  max?: { value: Big; inclusive: boolean };
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const MAX_INCLUSIVE = /^(?:≤|<=|≦|不超过|不大于|不高于)$/;
const MAX_EXCLUSIVE = /^(?:<|小于|低于)$/;
const MIN_INCLUSIVE = /^(?:≥|>=|≧|不低于|不小于)$/;
const MIN_EXCLUSIVE = /^(?:>|大于|高于)$/;
const BOUND = new RegExp(
  `^(≤|<=|≦|<|≥|>=|≧|>|不超过|不大于|不高于|小于|低于|不低于|不小于|大于|高于)?\\s*${NUMBER}$`,
);
const RANGE = new RegExp(`^(?:不小于)?${NUMBER}\\s*(?:[-‐–—~～至]|且不大于)\\s*${NUMBER}$`);

/**
 * Reads the limit forms of GB 5749 tables: `0.3` and `≤0.3` (at most), `<0.3`, `≥0.05` (chlorine
 * residue, at least), `6.5-8.5` and `不小于6.5且不大于8.5` (pH). Anything else (`不得检出`,
 * `无异臭、异味`) is not numeric and yields undefined: nothing to compare.
 */
export function parseLimit(text: string): Limit | undefined {
  const limit = text.normalize('NFKC').replace(/\s+/g, '');
  const range = RANGE.exec(limit);
  if (range?.[1] && range[2]) {
    return {
      min: { value: new Big(range[1]), inclusive: true },
      max: { value: new Big(range[2]), inclusive: true },
    };
  }
  const bound = BOUND.exec(limit);
  if (!bound?.[2]) return undefined;
  const value = new Big(bound[2]);
  const op = bound[1] ?? '≤';
  if (MAX_INCLUSIVE.test(op)) return { max: { value, inclusive: true } };
  if (MAX_EXCLUSIVE.test(op)) return { max: { value, inclusive: false } };
  if (MIN_INCLUSIVE.test(op)) return { min: { value, inclusive: true } };
  if (MIN_EXCLUSIVE.test(op)) return { min: { value, inclusive: false } };
  return undefined;
}

/** A measured value as a plain number; `<0.002` (below detection), `未检出` and the like are not. */
export function parseMeasurement(text: string): Big | undefined {
  const value = text.normalize('NFKC').trim().replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(value) ? new Big(value) : undefined;
}

export function withinLimit(value: Big, limit: Limit): boolean {
  const { min, max } = limit;
  if (min && (min.inclusive ? value.lt(min.value) : value.lte(min.value))) return false;
  if (max && (max.inclusive ? value.gt(max.value) : value.gte(max.value))) return false;
  return true;
}
