import { describe, expect, test } from 'vitest';
import { cellText, excelNumberText, isEmptyCell, parseDecimalText } from '../../schema/fields/normalize.js';

describe('parseDecimalText', () => {
  test.each([
    ['3,000.50', '3000.5'],
    ['1,234,567', '1234567'],
    ['(1,234.00)', '-1234'],
    ['-12.5', '-12.5'],
    ['−12.5', '-12.5'],
    ['+7', '7'],
    ['.5', '0.5'],
    ['1 234.5', '1234.5'],
    ['1e3', '1000'],
    ['1,5', null], // a decimal comma is not silently read as 15
    ['12,34', null],
    ['abc', null],
    ['1.2.3', null],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDecimalText(text)).toBe(expected);
  });
});

describe('cellText', () => {
  test.each([
    ['１２３，４５６．７８', '123,456.78'],
    ['  张三\u3000', '张三'],
    ['-', null],
    ['--', null],
    ['—', null],
    ['／', null],
    ['/', null],
    ['暂无', null],
    ['无', null],
    ['N/A', null],
    ['', null],
    ['   ', null],
    [null, null],
  ])('%s → %s', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  test('numbers as Excel shows them', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.3');
    expect(excelNumberText(1234.5)).toBe('1234.5');
    expect(excelNumberText(42)).toBe('42');
  });

  test('isEmptyCell', () => {
    expect(isEmptyCell('暂无')).toBe(true);
    expect(isEmptyCell(0)).toBe(false);
    expect(isEmptyCell('0')).toBe(false);
  });
});
