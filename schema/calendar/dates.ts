/** Calendar dates as day numbers (days since 1970-01-01, UTC), so arithmetic never meets time zones. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number of a 'YYYY-MM-DD' date; throws on anything else (callers pass typed values). */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  if (isoDate(ms / MS_PER_DAY) !== date) throw new RangeError(`no such date: ${date}`);
  return ms / MS_PER_DAY;
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(day: number): boolean {
  const weekday = new Date(day * MS_PER_DAY).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Calendar year of a day number. */
export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
