import type { WorkingDayCalendar } from '../core/dataset.js';
import { dayNumber, isoDate, isWeekend, yearOf } from './dates.js';
import type { CalendarYear } from './types.js';

/** A working-day calendar that also exposes the data it was built from, so it can be extended. */
export interface DataCalendar extends WorkingDayCalendar {
  readonly years: readonly CalendarYear[];
}

/**
 * Builds a calendar from notice data. A date listed as a holiday (放假) is off and a listed make-up
 * day (调休上班) is worked; every other date follows Mon–Fri. Years without a notice therefore fall
 * back to Mon–Fri, and coveredYears() says which years are official.
 * Throws on inconsistent data (a range ending before it starts, a date both off and worked).
 */
export function createCalendar(years: readonly CalendarYear[]): DataCalendar {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const overrides = buildOverrides(sorted);
  const covered = [...new Set(sorted.map((y) => y.year))];

  const isWorkingDayNumber = (day: number): boolean => overrides.get(day) ?? !isWeekend(day);

  return {
    years: sorted,
    isWorkingDay: (date) => isWorkingDayNumber(dayNumber(date)),
    countWorkingDays(start, end) {
      const last = dayNumber(end);
      let count = 0;
      for (let day = dayNumber(start); day <= last; day++) if (isWorkingDayNumber(day)) count++;
      return count;
    },
    addWorkingDays(date, n) {
      if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer: ${n}`);
      let day = dayNumber(date);
      for (let left = n; left > 0; ) if (isWorkingDayNumber(++day)) left--;
      return isoDate(day);
    },
    coveredYears: () => [...covered],
  };
}

/**
 * Adds or replaces years: a year in `extra` replaces the base's data for that year entirely
 * (a regulator correcting or adding a notice), the rest of the base is kept.
 */
export function extendCalendar(
  base: DataCalendar | readonly CalendarYear[],
  extra: readonly CalendarYear[],
): DataCalendar {
  const baseYears = 'years' in base ? base.years : base;
  const replaced = new Set(extra.map((y) => y.year));
  return createCalendar([...baseYears.filter((y) => !replaced.has(y.year)), ...extra]);
}

/** Day number → working (true) or off (false), for the dates the notices name. Later years win. */
function buildOverrides(years: readonly CalendarYear[]): Map<number, boolean> {
  const overrides = new Map<number, boolean>();
  for (const year of years) {
    const own = new Map<number, boolean>();
    for (const range of year.holidays) {
      const first = dayNumber(range.from);
      const last = dayNumber(range.to);
      if (last < first)
        throw new RangeError(`${year.year} ${range.name}: ${range.to} is before ${range.from}`);
      for (let day = first; day <= last; day++) own.set(day, false);
    }
    for (const workday of year.workdays) {
      const day = dayNumber(workday.date);
      if (own.get(day) === false)
        throw new RangeError(`${year.year}: ${workday.date} is both off and worked`);
      own.set(day, true);
    }
    checkNearYear(year, own);
    for (const [day, working] of own) overrides.set(day, working);
  }
  return overrides;
}

/** Guards against typos such as 2042 for 2024: a notice only names dates within a month of its year. */
function checkNearYear(year: CalendarYear, own: Map<number, boolean>): void {
  const first = dayNumber(`${year.year}-01-01`) - 31;
  const last = dayNumber(`${year.year}-12-31`) + 31;
  for (const day of own.keys()) {
    if (day < first || day > last) {
      throw new RangeError(`${year.year}: ${isoDate(day)} is not near the notice's year (${yearOf(day)})`);
    }
  }
}
