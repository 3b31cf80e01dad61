import { describe, expect, test } from 'vitest';
import {
  type CalendarYear,
  createCalendar,
  defaultCalendar,
  extendCalendar,
  officialYears,
  parseCalendarYears,
} from '../../schema/calendar/index.js';

const monToFri = createCalendar([]);

describe('test vectors', () => {
  test('listing G32018SH1000120, 2018-06-29..2018-07-26, is exactly 20 working days', () => {
    expect(defaultCalendar.countWorkingDays('2018-06-29', '2018-07-26')).toBe(20);
  });

  test('a window spanning National Day 2024 counts real working days, not Mon–Fri', () => {
    // 09-25..27 (3) + Sun 09-29 调休 + 09-30 + 10-08..11 (4) + Sat 10-12 调休 + 10-14..18 (5) = 15
    expect(defaultCalendar.countWorkingDays('2024-09-25', '2024-10-20')).toBe(15);
    expect(monToFri.countWorkingDays('2024-09-25', '2024-10-20')).toBe(18);
  });

  test('counts both ends, and 0 when end is before start', () => {
    expect(defaultCalendar.countWorkingDays('2024-10-08', '2024-10-08')).toBe(1);
    expect(defaultCalendar.countWorkingDays('2024-10-09', '2024-10-08')).toBe(0);
  });
});

describe('spot checks per year', () => {
  test.each([
    ['2018-02-11', true, '2018 春节 调休 Sunday'],
    ['2018-02-16', false, '2018 春节'],
    ['2018-09-29', true, '2018 国庆 调休 Saturday'],
    ['2018-09-30', true, '2018 国庆 调休 Sunday'],
    ['2018-10-05', false, '2018 国庆'],
    ['2018-12-29', true, '2019 元旦 调休, named by the 2019 notice'],
    ['2018-12-31', false, '2019 元旦 Monday off'],
    ['2019-05-02', false, '2019 劳动节 as amended'],
    ['2019-05-05', true, '2019 劳动节 调休 Sunday'],
    ['2019-10-12', true, '2019 国庆 调休 Saturday'],
    ['2020-01-31', false, '2020 春节 extended'],
    ['2020-02-01', false, '2020 调休 cancelled by the extension'],
    ['2020-02-03', true, '2020 first working day after the extension'],
    ['2020-10-08', false, '2020 国庆中秋'],
    ['2020-10-10', true, '2020 国庆 调休 Saturday'],
    ['2021-09-18', true, '2021 中秋 调休 Saturday'],
    ['2021-09-20', false, '2021 中秋'],
    ['2021-10-09', true, '2021 国庆 调休 Saturday'],
    ['2022-04-02', true, '2022 清明 调休 Saturday'],
    ['2022-10-07', false, '2022 国庆'],
    ['2022-10-08', true, '2022 国庆 调休 Saturday'],
    ['2023-01-02', false, '2023 元旦 Monday'],
    ['2023-06-25', true, '2023 端午 调休 Sunday'],
    ['2023-09-29', false, '2023 中秋'],
    ['2023-10-07', true, '2023 国庆 调休 Saturday'],
    ['2024-02-04', true, '2024 春节 调休 Sunday'],
    ['2024-02-16', false, '2024 春节'],
    ['2024-02-18', true, '2024 春节 调休 Sunday'],
    ['2024-06-10', false, '2024 端午'],
    ['2024-09-14', true, '2024 中秋 调休 Saturday'],
    ['2025-01-26', true, '2025 春节 调休 Sunday'],
    ['2025-02-04', false, '2025 春节 (8 days)'],
    ['2025-02-08', true, '2025 春节 调休 Saturday'],
    ['2025-04-27', true, '2025 劳动节 调休 Sunday'],
    ['2025-05-05', false, '2025 劳动节'],
    ['2025-10-08', false, '2025 国庆中秋'],
    ['2025-10-11', true, '2025 国庆 调休 Saturday'],
    ['2026-01-04', true, '2026 元旦 调休 Sunday'],
    ['2026-02-23', false, '2026 春节'],
    ['2026-02-28', true, '2026 春节 调休 Saturday'],
    ['2026-09-20', true, '2026 国庆 调休 Sunday'],
    ['2024-10-15', true, 'an ordinary Tuesday'],
    ['2024-10-19', false, 'an ordinary Saturday'],
  ])('%s working = %s (%s)', (date, working) => {
    expect(defaultCalendar.isWorkingDay(date)).toBe(working);
  });

  // Each year loses exactly its statutory holidays on weekdays: 11 days, 13 from 2025 (国务院令第793号);
  // 2020 loses two more through the national 春节 extension.
  test.each(officialYears.map((y) => [y.year, y.year === 2020 || y.year >= 2025 ? 13 : 11]))(
    '%i: Mon–Fri minus working days = %i',
    (year, lost) => {
      const real = defaultCalendar.countWorkingDays(`${year}-01-01`, `${year}-12-31`);
      expect(monToFri.countWorkingDays(`${year}-01-01`, `${year}-12-31`) - real).toBe(lost);
    },
  );

  test('every make-up working day is a weekend day', () => {
    const weekdays = officialYears.flatMap((y) => y.workdays).filter((w) => monToFri.isWorkingDay(w.date));
    expect(weekdays).toEqual([]);
  });
});

describe('coverage and fallback', () => {
  test('covers 2018 through 2026', () => {
    expect(defaultCalendar.coveredYears()).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  test('outside covered years it falls back to Mon–Fri', () => {
    expect(defaultCalendar.coveredYears()).not.toContain(2030);
    expect(defaultCalendar.isWorkingDay('2030-10-01')).toBe(true);
    expect(defaultCalendar.isWorkingDay('2030-10-05')).toBe(false);
  });

  test('rejects malformed dates', () => {
    expect(() => defaultCalendar.isWorkingDay('2024-02-30')).toThrow(RangeError);
    expect(() => defaultCalendar.isWorkingDay('2024/01/02')).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  test.each([
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2018-06-29', 19, '2018-07-26'],
    ['2024-10-18', 1, '2024-10-21'],
  ])('%s + %i = %s', (date, n, expected) => {
    expect(defaultCalendar.addWorkingDays(date, n)).toBe(expected);
  });

  test('n must be at least 1', () => {
    expect(() => defaultCalendar.addWorkingDays('2024-01-02', 0)).toThrow(RangeError);
  });
});

const year2030: CalendarYear = {
  year: 2030,
  notices: [{ title: '测试通知', ref: '测试〔2029〕1号' }],
  holidays: [{ name: '国庆节', from: '2030-10-01', to: '2030-10-07' }],
  workdays: [{ date: '2030-09-29', name: '国庆节' }],
};

describe('extendCalendar', () => {
  test('adds a year as data, keeping the base', () => {
    const extended = extendCalendar(defaultCalendar, [year2030]);
    expect(extended.coveredYears()).toContain(2030);
    expect(extended.isWorkingDay('2030-10-01')).toBe(false);
    expect(extended.isWorkingDay('2030-09-29')).toBe(true);
    expect(extended.countWorkingDays('2018-06-29', '2018-07-26')).toBe(20);
    expect(defaultCalendar.isWorkingDay('2030-10-01')).toBe(true);
  });

  test('a supplied year replaces the base year entirely', () => {
    const corrected: CalendarYear = { ...year2030, year: 2024, holidays: [], workdays: [] };
    const extended = extendCalendar(officialYears, [corrected]);
    expect(extended.isWorkingDay('2024-10-02')).toBe(true);
    expect(extended.isWorkingDay('2024-10-12')).toBe(false);
  });

  test.each([
    [
      'a date both off and worked',
      {
        holidays: [{ name: 'x', from: '2030-10-01', to: '2030-10-03' }],
        workdays: [{ date: '2030-10-02', name: 'x' }],
      },
    ],
    [
      'a range ending before it starts',
      { holidays: [{ name: 'x', from: '2030-10-03', to: '2030-10-01' }], workdays: [] },
    ],
    [
      'a date far from the year',
      { holidays: [{ name: 'x', from: '2003-10-01', to: '2003-10-01' }], workdays: [] },
    ],
  ])('rejects %s', (_label, data) => {
    expect(() => createCalendar([{ ...year2030, ...data }])).toThrow(RangeError);
  });
});

describe('parseCalendarYears', () => {
  test('accepts the shape of the data modules (JSON round trip)', () => {
    const parsed = parseCalendarYears(JSON.parse(JSON.stringify(officialYears)));
    expect(parsed.ok).toBe(true);
  });

  test('reports what is wrong', () => {
    const parsed = parseCalendarYears([{ ...year2030, workdays: [{ date: '2030/9/29', name: '国庆节' }] }]);
    expect(parsed).toEqual({ ok: false, errors: ['0.workdays.0.date: expected YYYY-MM-DD'] });
  });
});
