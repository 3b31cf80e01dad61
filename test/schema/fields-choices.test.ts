import { describe, expect, test } from 'vitest';
import { enumOf, text, yesNo } from '../../schema/fields/index.js';
import { read, warnings } from './helpers.js';

describe('enumOf', () => {
  const type = enumOf([
    { key: 'EQUITY_TRANSFER', label: { zh: '产权转让', en: 'Equity transfer' }, aliases: ['股权转让'] },
    { key: 'ASSET_TRANSFER', label: { zh: '资产转让', en: 'Asset transfer' } },
  ]);
  test.each([
    ['产权转让', 'EQUITY_TRANSFER'],
    [' 产权转让 ', 'EQUITY_TRANSFER'],
    ['Equity transfer', 'EQUITY_TRANSFER'],
    ['EQUITY TRANSFER', 'EQUITY_TRANSFER'],
    ['equity_transfer', 'EQUITY_TRANSFER'],
    ['ＡＳＳＥＴ＿ＴＲＡＮＳＦＥＲ', 'ASSET_TRANSFER'],
    ['股权转让', 'EQUITY_TRANSFER'],
    ['转让', '!enum-mismatch'],
    ['-', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });

  test('choices for dropdowns', () => {
    expect(type.choices?.map((c) => c.label.zh)).toEqual(['产权转让', '资产转让']);
  });
});

describe('yesNo', () => {
  test.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['Yes', true],
    ['FALSE', false],
    [true, true],
    [0, false],
    [1, true],
    ['１', true],
    ['maybe', '!type-error'],
    ['', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(yesNo(), cell)).toBe(expected);
  });
});

describe('text', () => {
  test.each([
    [text(), '  上海示范城建集团有限公司（集团） ', '上海示范城建集团有限公司（集团）'],
    [text(), '-', null],
    [text(), 12345, '12345'],
    [text({ maxLength: 3 }), '一二三', '一二三'],
    [text({ maxLength: 3 }), '一二三四', '!max-length'],
    [text({ pattern: { regex: /^\d+$/, severity: 'error' } }), 'abc', '!pattern-mismatch'],
    // A formula's error result is not a name: #REF! shown in 企业名称 must be reported.
    [text(), '#REF!', '!type-error'],
    [text(), '#ERROR!', '!type-error'],
    [text(), '#div/0!', '!type-error'],
    [text(), '#N/A', null],
    [text(), '#12 车间', '#12 车间'],
  ])('%#: %s → %s', (type, cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });

  test('a warning-only pattern keeps the value', () => {
    const type = text({ pattern: { regex: /^G/, severity: 'warning' } });
    expect(read(type, 'X123')).toBe('X123');
    expect(warnings(type, 'X123')).toEqual(['pattern-mismatch']);
    expect(warnings(type, 'G123')).toEqual([]);
  });
});
