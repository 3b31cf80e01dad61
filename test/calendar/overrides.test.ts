import { describe, expect, test } from 'vitest';
import {
  type CalendarDayOverride,
  calendarWithOverrides,
  defaultCalendar,
  parseCalendarDays,
} from '../../schema/calendar/index.js';

const NOTE = '测试〔2026〕1号';
const day = (date: string, kind: CalendarDayOverride['kind'], year = Number(date.slice(0, 4))) => ({
  year,
  date,
  kind,
  note: NOTE,
});

describe('calendarWithOverrides', () => {
  test('no overrides: the built-in calendar itself', () => {
    expect(calendarWithOverrides([])).toBe(defaultCalendar);
  });

  test('days of a new year make it covered and count', () => {
    const calendar = calendarWithOverrides([day('2027-02-08', 'HOLIDAY'), day('2027-02-20', 'WORKDAY')]);
    expect(calendar.coveredYears()).toContain(2027);
    expect(calendar.isWorkingDay('2027-02-08')).toBe(false);
    expect(calendar.isWorkingDay('2027-02-20')).toBe(true);
    expect(calendar.isWorkingDay('2027-02-09')).toBe(true);
    expect(defaultCalendar.coveredYears()).not.toContain(2027);
  });

  test.each([
    ['a built-in holiday made a workday', '2026-10-07', 'WORKDAY', true],
    ['a built-in make-up day made a day off', '2026-10-10', 'HOLIDAY', false],
    ['an ordinary weekday made a holiday', '2026-03-03', 'HOLIDAY', false],
  ] as const)('%s: that day changes, the rest of the year stays', (_label, date, kind, working) => {
    const calendar = calendarWithOverrides([day(date, kind)]);
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.isWorkingDay('2026-10-06')).toBe(false);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true);
    expect(calendar.countWorkingDays('2018-06-29', '2018-07-26')).toBe(20);
  });

  test('a day filed under the next notice year (元旦 starting on 12-31)', () => {
    const calendar = calendarWithOverrides([day('2026-12-31', 'HOLIDAY', 2027)]);
    expect(calendar.isWorkingDay('2026-12-31')).toBe(false);
  });

  test('a date far from its year is refused', () => {
    expect(() => calendarWithOverrides([day('2029-02-08', 'HOLIDAY', 2027)])).toThrow(RangeError);
  });
});

describe('parseCalendarDays', () => {
  test('the year defaults to the date’s', () => {
    expect(parseCalendarDays([{ date: '2027-02-08', kind: 'HOLIDAY', note: NOTE }])).toEqual({
      ok: true,
      days: [day('2027-02-08', 'HOLIDAY')],
    });
  });

  test('reports what is wrong', () => {
    expect(parseCalendarDays([{ date: '2027/2/8', kind: 'OFF', note: '' }])).toEqual({
      ok: false,
      errors: [
        '0.date: expected YYYY-MM-DD',
        expect.stringMatching(/^0\.kind: /),
        expect.stringMatching(/^0\.note: /),
      ],
    });
  });
});
