import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Big, canonicalDecimal } from '../../schema/core/decimal.js';
import { Exact } from '../../schema/core/exact.js';

// Plain decimals as field types store them, from tiny to far beyond a safe integer.
const plainDecimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^\d{1,22}$/), fc.option(fc.stringMatching(/^\d{1,18}$/)))
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);

const big = (text: string) => new Big(text);

test.each(['0', '-0', '0.00', '-0.50', '120', '10.5', '0.045', '007.10', '123456789012345.6789', '-3'])(
  'Exact.parse(%s) reads the same value as big.js',
  (text) => {
    expect(Exact.parse(text)?.toString()).toBe(canonicalDecimal(big(text)));
  },
);

test.each(['', '-', '.5', '5.', '1.2.3', '1e5', '+1', ' 1', '1,000', 'abc', '１２'])(
  'Exact.parse(%j) refuses what is not a plain decimal',
  (text) => {
    expect(Exact.parse(text)).toBeUndefined();
  },
);

test('every operation agrees with big.js, inside and beyond the safe-integer range', () => {
  fc.assert(
    fc.property(plainDecimal, plainDecimal, (a, b) => {
      const x = Exact.parse(a);
      const y = Exact.parse(b);
      if (!x || !y) throw new Error(`unparsed ${a} ${b}`);
      expect(x.toString()).toBe(canonicalDecimal(big(a)));
      expect(x.plus(y).toString()).toBe(canonicalDecimal(big(a).plus(b)));
      expect(x.minus(y).toString()).toBe(canonicalDecimal(big(a).minus(b)));
      expect(x.times(y).toString()).toBe(canonicalDecimal(big(a).times(b)));
      expect(x.abs().toString()).toBe(canonicalDecimal(big(a).abs()));
      expect(x.cmp(y)).toBe(big(a).cmp(b));
      expect(x.lte(y)).toBe(big(a).lte(b));
      expect(x.gt(y)).toBe(big(a).gt(b));
      expect(x.toBig().eq(big(a))).toBe(true);
    }),
    { numRuns: 3000 },
  );
});

test('mixes with numbers and strings as big.js does', () => {
  const x = Exact.parse('1000.10');
  expect(x?.times(0.9).toString()).toBe('900.09');
  expect(x?.times('2').toString()).toBe('2000.2');
  expect(x?.gte(30)).toBe(true);
  expect(x?.minus('1000.1').eq(0)).toBe(true);
  // 0.1 + 0.2 is exactly 0.3 here, unlike with floats.
  expect(Exact.parse('0.1')?.plus('0.2').toString()).toBe('0.3');
});
