import { describe, expect, test } from 'vitest';
import { date, dateTime, year, yearMonth } from '../../schema/fields/index.js';
import { read, warnings } from './helpers.js';

describe('date', () => {
  const type = date();
  test.each([
    ['2024-01-31', '2024-01-31'],
    ['2024/1/31', '2024-01-31'],
    ['2024.01.31', '2024-01-31'],
    ['2024年1月31日', '2024-01-31'],
    ['2024年01月31号', '2024-01-31'],
    ['20240131', '2024-01-31'],
    ['２０２４－０１－３１', '2024-01-31'],
    ['2024/1/31 0:00', '2024-01-31'],
    [45292, '2024-01-01'],
    ['45292', '2024-01-01'],
    [45292.75, '2024-01-01'],
    [61, '1900-03-01'],
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    [60, '!type-error'], // Excel's fake 1900-02-29
    [new Date(Date.UTC(2024, 0, 31)), '2024-01-31'],
    [new Date(Date.UTC(2024, 0, 30, 23, 59, 59, 999)), '2024-01-31'], // float noise from exceljs
    ['2024-02-30', '!type-error'],
    ['2023-02-29', '!type-error'],
    ['2024-02-29', '2024-02-29'],
    ['2024', '!type-error'],
    ['31/01/2024', '!type-error'],
    ['-', null],
    ['', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });

  test('1904 date system', () => {
    expect(read(type, 0 + 43830, { date1904: true })).toBe('2024-01-01');
    expect(read(type, 1, { date1904: true })).toBe('1904-01-02');
  });
});

describe('dateTime', () => {
  const type = dateTime();
  test.each([
    ['2024-01-31 08:30', '2024-01-31T08:30:00'],
    ['2024/1/31 8:30:15', '2024-01-31T08:30:15'],
    ['2024-01-31T08:30:00', '2024-01-31T08:30:00'],
    ['2024年1月31日 8时30分', '2024-01-31T08:30:00'],
    ['2024年3月12日 8时', '2024-03-12T08:00:00'],
    ['2024年3月12日8点整', '2024-03-12T08:00:00'],
    ['2024年3月12日 8点半', '2024-03-12T08:30:00'],
    ['2024年3月12日下午2时', '2024-03-12T14:00:00'],
    ['2024-03-12 下午2:30', '2024-03-12T14:30:00'],
    ['2024-03-12 上午9时15分', '2024-03-12T09:15:00'],
    ['2024-03-12 下午25时', '!type-error'],
    ['2024-01-31', '2024-01-31T00:00:00'],
    [45292.5, '2024-01-01T12:00:00'],
    [new Date(Date.UTC(2024, 0, 31, 8, 30)), '2024-01-31T08:30:00'],
    ['2024-01-31 25:00', '!type-error'],
    ['tomorrow', '!type-error'],
  ])('%s → %s', (cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });
});

describe('yearMonth', () => {
  const open = yearMonth({ allowOpen: true });
  test.each([
    ['2019-01', '2019-01'],
    ['2019-1', '2019-01'],
    ['2019/1', '2019-01'],
    ['2019.1', '2019-01'],
    ['2019.10', '2019-10'],
    ['2019年1月', '2019-01'],
    ['201901', '2019-01'],
    ['2019-01-15', '2019-01'],
    [new Date(Date.UTC(2019, 0, 1)), '2019-01'],
    [43466, '2019-01'],
    [2019.12, '2019-12'],
    [2019.1, '2019-01'],
    ['至今', 'OPEN'],
    ['2019-13', '!type-error'],
    ['soon', '!type-error'],
    ['', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(open, cell)).toBe(expected);
  });

  test('至今 only where allowed', () => {
    expect(read(yearMonth(), '至今')).toBe('!type-error');
  });

  test('a number 2019.1 may have been typed as 2019.10: warned', () => {
    expect(warnings(open, 2019.1)).toEqual(['ambiguous-year-month']);
    expect(warnings(open, '2019.1')).toEqual([]);
  });
});

describe('year', () => {
  const type = year({ notAfterCurrent: true });
  test.each([
    ['2023', 2023],
    [2023, 2023],
    ['2023年', 2023],
    ['2023年度', 2023],
    ['２０２３', 2023],
    ['2024', 2024],
    ['2025', '!maximum'],
    ['23', '!type-error'],
    ['2023.5', '!type-error'],
    ['-', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });
});
