import { createCalendar } from './calendar.js';
import { officialYears } from './data/index.js';

export { createCalendar, type DataCalendar, extendCalendar } from './calendar.js';
export { officialYears } from './data/index.js';
export { type ParsedCalendar, parseCalendarYears } from './parse.js';
export type { CalendarYear, HolidayNotice, HolidayRange, MakeUpWorkday } from './types.js';

/** The national calendar from the State Council notices for 2018–2026; Mon–Fri outside them. */
export const defaultCalendar = createCalendar(officialYears);
