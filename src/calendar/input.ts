import { dayNumber } from '../../schema/calendar/dates.js';
import { type CalendarDayOverride, calendarWithOverrides } from '../../schema/calendar/index.js';
import { badInput } from '../submissions/access.js';

export interface CalendarDayInput {
  date: string;
  kind: CalendarDayOverride['kind'];
}

const MAX_DAYS = 400;
const MAX_NOTE = 200;

export function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1949 || year > 2200)
    throw badInput(`年份不正确：${year}`, `Not a plausible year: ${year}`);
}

/** The State Council notice reference every change carries (谁公开、谁负责). */
export function checkNote(note: string): string {
  const trimmed = note.trim();
  if (!trimmed || trimmed.length > MAX_NOTE)
    throw badInput(
      `请填写国务院办公厅通知文号（不超过${MAX_NOTE}字）`,
      `Give the State Council notice reference (at most ${MAX_NOTE} characters)`,
    );
  return trimmed;
}

/** Dates must be real, listed once, and within a month of the notice year. */
export function checkDates(year: number, dates: readonly string[]): void {
  if (dates.length === 0 || dates.length > MAX_DAYS)
    throw badInput(`请列出1至${MAX_DAYS}个日期`, `List between 1 and ${MAX_DAYS} dates`);
  const bad = dates.filter((date) => !isDate(date));
  if (bad.length > 0)
    throw badInput(`日期应为YYYY-MM-DD：${bad.join('、')}`, `Dates must be YYYY-MM-DD: ${bad.join(', ')}`);
  const repeated = dates.filter((date, i) => dates.indexOf(date) !== i);
  if (repeated.length > 0)
    throw badInput(`日期重复：${repeated.join('、')}`, `Dates listed twice: ${repeated.join(', ')}`);
  try {
    calendarWithOverrides(dates.map((date) => ({ year, date, kind: 'HOLIDAY', note: '-' })));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw badInput(
      `日期应在${year}年前后一个月内：${error.message}`,
      `Dates must lie within a month of ${year}: ${error.message}`,
    );
  }
}

function isDate(date: string): boolean {
  try {
    dayNumber(date);
    return true;
  } catch {
    return false;
  }
}
