import { Big } from '../../core/decimal.js';

type BigFields = Big & { s: number; e: number; c: number[] };

const ZERO = new Big(0);

/**
 * `new Big(text)` for text matching /^-?\d+(\.\d+)?$/, without big.js's regexes, slicing and
 * replacing: rules build about ten Bigs per row, and that parsing was their largest cost. Fills the
 * documented instance properties (s sign, e exponent, c coefficient digits) exactly as big.js's
 * own parser does; a test compares both on random input.
 */
export function plainBig(text: string): Big {
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  const point = text.indexOf('.', start);
  const intEnd = point < 0 ? text.length : point;
  let first = -1;
  let last = -1;
  for (let k = start; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 46 || code === 48) continue;
    if (first < 0) first = k;
    last = k;
  }
  const x = new Big(ZERO) as BigFields;
  x.s = start === 1 ? -1 : 1;
  if (first < 0) return x;
  x.e = first < intEnd ? intEnd - first - 1 : intEnd - first;
  const digits: number[] = [];
  for (let k = first; k <= last; k++) {
    const code = text.charCodeAt(k);
    if (code !== 46) digits.push(code - 48);
  }
  x.c = digits;
  return x;
}
