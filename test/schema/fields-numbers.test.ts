import { describe, expect, test } from 'vitest';
import { decimal, integer, money, percent } from '../../schema/fields/index.js';
import { read } from './helpers.js';

describe('money (万元)', () => {
  const type = money({ min: '0' });
  test.each([
    ['1234.56', undefined, '1234.56'],
    ['3,000.50', undefined, '3000.5'],
    ['１２３，４５６．７８', undefined, '123456.78'],
    [1234.5, undefined, '1234.5'],
    [0.1 + 0.2, undefined, '0.3'],
    ['120万元', undefined, '120'],
    ['120万', 'yuan', '120'], // a unit in the cell wins over the unit line
    ['50000元', undefined, '5'],
    ['1.5亿元', undefined, '15000'],
    ['300000', 'yuan', '30'],
    [300000, 'yuan', '30'],
    ['12345', 'yuan', '1.2345'],
    ['1', 'yi', '10000'],
    ['1234.56', 'wan', '1234.56'],
    ['-', undefined, null],
    ['暂无', undefined, null],
    ['', undefined, null],
    ['(1,234.00)', undefined, '!minimum'],
    ['abc', undefined, '!type-error'],
    ['12,34', undefined, '!type-error'],
    // Excel's CSV export of currency-formatted cells: the sign is not a scale, the unit line is.
    ['￥1,234.50', undefined, '1234.5'],
    ['¥ 428,400.00', 'yuan', '42.84'],
    ['RMB 3,000', undefined, '3000'],
    ['人民币120万元', undefined, '120'],
    ['￥', undefined, '!type-error'],
  ] as const)('%s (unit %s) → %s', (cell, sheetUnit, expected) => {
    expect(read(type, cell, sheetUnit ? { sheetUnit } : {})).toBe(expected);
  });

  test('negatives allowed without min', () => {
    expect(read(money(), '(1,234.00)')).toBe('-1234');
  });
});

describe('decimal', () => {
  test.each([
    [decimal(), '12.5', '12.5'],
    [decimal(), '-0.0', '0'],
    [decimal({ min: '0' }), '-1', '!minimum'],
    [decimal({ max: '100' }), '100.01', '!maximum'],
    [decimal({ scale: 2 }), '1.234', '!scale'],
    [decimal({ scale: 2 }), '1.23', '1.23'],
    [decimal(), 'twelve', '!type-error'],
    [decimal({ unit: '分' }), '96.5分', '96.5'],
    [decimal({ unit: '分' }), '９６．５ 分', '96.5'],
    [decimal({ unit: '分' }), '96.5元', '!type-error'],
    [decimal(), '96.5分', '!type-error'],
  ])('%#: %s → %s', (type, cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });
});

describe('integer', () => {
  test.each([
    ['42', 42],
    [42, 42],
    ['1,000', 1000],
    ['4.5', '!type-error'],
    ['-3', '!minimum'],
    ['--', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(integer({ min: 0 }), cell)).toBe(expected);
  });
});

describe('percent', () => {
  const type = percent({ min: '0', max: '100', scale: 4 });
  test.each([
    ['12%', undefined, '12'],
    ['12', undefined, '12'],
    ['１２．５％', undefined, '12.5'],
    ['0.12', undefined, '0.12'], // text is always percent points
    [12, undefined, '12'],
    [0.12, '0.00%', '12'], // Excel stores a cell showing 12% as 0.12
    [0.125, '0%', '12.5'],
    [0.12, 'General', '0.12'],
    [1, '0%', '100'],
    ['100.5', undefined, '!maximum'],
    ['12.12345', undefined, '!scale'],
    ['-', undefined, null],
    ['abc%', undefined, '!type-error'],
  ] as const)('%s (format %s) → %s', (cell, numFmt, expected) => {
    expect(read(type, cell, numFmt ? { numFmt } : {})).toBe(expected);
  });
});
