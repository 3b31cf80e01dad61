import { describe, expect, test } from 'vitest';
import type { TypedRow } from '../../schema/core/dataset.js';
import { premiumRate } from '../../schema/rules/index.js';

const result: TypedRow = { listingPrice: '1000', dealPrice: '1200' };

describe('premiumRate', () => {
  test.each<[TypedRow, string | undefined]>([
    [result, '0.2'],
    [{ ...result, dealPrice: '1000' }, '0'],
    [{ ...result, listingPrice: '3', dealPrice: '1' }, '-0.66666666666666666667'],
    [{ ...result, dealPrice: '0.1', listingPrice: '0.3' }, '-0.66666666666666666667'],
    [{ ...result, dealPrice: null }, undefined],
    [{ ...result, listingPrice: '0' }, undefined],
  ])('%#', (row, expected) => {
    expect(premiumRate(row)).toBe(expected);
  });

  test('rounds to the requested places, exactly', () => {
    expect(premiumRate({ dealPrice: '1234.5', listingPrice: '1000' }, 2)).toBe('0.23');
  });
});
