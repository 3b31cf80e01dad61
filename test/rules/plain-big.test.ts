import fc from 'fast-check';
import { expect, test } from 'vitest';
import { Big } from '../../schema/core/decimal.js';
import { plainBig } from '../../schema/rules/support/plain-big.js';

const fields = (b: Big) => {
  const { s, e, c } = b as Big & { s: number; e: number; c: number[] };
  return { s, e, c: [...c], text: b.toString() };
};

test.each(['0', '-0', '0.00', '-0.50', '120', '10.5', '0.045', '007.10', '123456789012345.6789', '-3'])(
  'plainBig(%s) is new Big(%s)',
  (text) => {
    expect(fields(plainBig(text))).toEqual(fields(new Big(text)));
  },
);

test('plainBig agrees with big.js on random plain decimals', () => {
  const text = fc
    .tuple(fc.boolean(), fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,12}$/)))
    .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`);
  fc.assert(
    fc.property(text, (t) => {
      expect(fields(plainBig(t))).toEqual(fields(new Big(t)));
      expect(plainBig(t).plus('0.01').toString()).toBe(new Big(t).plus('0.01').toString());
    }),
    { numRuns: 2000 },
  );
});
