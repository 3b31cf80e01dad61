import { type DataCalendar, extendCalendar } from './calendar.js';
import { dayNumber, isoDate } from './dates.js';
import type { CalendarYear, HolidayNotice } from './types.js';

/**
 * One day a regulator adds to the calendar: off (HOLIDAY) or worked (WORKDAY), filed under the
 * notice year it belongs to (元旦 may start on the previous 12-30). Plain data, so it crosses into
 * the upload's worker thread and can be read from a JSON file by the CLI.
 */
export interface CalendarDayOverride {
  year: number;
  /** 'YYYY-MM-DD'. */
  date: string;
  kind: 'HOLIDAY' | 'WORKDAY';
  /** The State Council notice it comes from, e.g. 国办发明电〔2026〕7号. */
  note: string;
}

/**
 * The base calendar with single days overridden. A day override wins over the base's data for that
 * date; the rest of the base year is kept. A year with any override counts as covered. Throws a
 * RangeError on inconsistent data (a date more than a month away from its year).
 */
export function withDayOverrides(base: DataCalendar, days: readonly CalendarDayOverride[]): DataCalendar {
  if (days.length === 0) return base;
  const byYear = new Map<number, CalendarDayOverride[]>();
  for (const day of days) byYear.set(day.year, [...(byYear.get(day.year) ?? []), day]);
  const merged = [...byYear].map(([year, own]) =>
    mergeYear(base.years.find((y) => y.year === year) ?? emptyYear(year), own),
  );
  return extendCalendar(base, merged);
}

function emptyYear(year: number): CalendarYear {
  return { year, notices: [], holidays: [], workdays: [] };
}

/** The base year's dates, minus the overridden ones, plus the overrides (each as a one-day entry). */
function mergeYear(base: CalendarYear, days: readonly CalendarDayOverride[]): CalendarYear {
  const overridden = new Set(days.map((d) => d.date));
  const holidays = base.holidays.flatMap((range) =>
    daysOf(range.from, range.to)
      .filter((date) => !overridden.has(date))
      .map((date) => ({ name: range.name, from: date, to: date })),
  );
  const workdays = base.workdays.filter((w) => !overridden.has(w.date));
  for (const day of days) {
    if (day.kind === 'HOLIDAY') holidays.push({ name: day.note, from: day.date, to: day.date });
    else workdays.push({ date: day.date, name: day.note });
  }
  return { ...base, notices: [...base.notices, ...noticesOf(base, days)], holidays, workdays };
}

function noticesOf(base: CalendarYear, days: readonly CalendarDayOverride[]): HolidayNotice[] {
  const known = new Set(base.notices.map((n) => n.ref));
  const refs = [...new Set(days.map((d) => d.note))].filter((ref) => !known.has(ref));
  return refs.map((ref) => ({ title: ref, ref }));
}

/** Every date from `from` to `to`, inclusive. */
function daysOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = dayNumber(from); day <= dayNumber(to); day++) dates.push(isoDate(day));
  return dates;
}
