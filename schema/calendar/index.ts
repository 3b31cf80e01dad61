import { createCalendar } from './calendar.js';
import { officialYears } from './data/index.js';
import { type CalendarDayOverride, withDayOverrides } from './overrides.js';

export { createCalendar, type DataCalendar, extendCalendar } from './calendar.js';
export { officialYears } from './data/index.js';
export { type CalendarDayOverride, withDayOverrides } from './overrides.js';
export {
  type ParsedCalendar,
  type ParsedCalendarDays,
  parseCalendarDays,
  parseCalendarYears,
} from './parse.js';
export type { CalendarYear, HolidayNotice, HolidayRange, MakeUpWorkday } from './types.js';

/** The national calendar from the State Council notices for 2018–2026; Mon–Fri outside them. */
export const defaultCalendar = createCalendar(officialYears);

/** The built-in calendar extended by a regulator's day overrides (none: the built-in one). */
export const calendarWithOverrides = (days: readonly CalendarDayOverride[] = []) =>
  withDayOverrides(defaultCalendar, days);
