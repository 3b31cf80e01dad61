/** Date-times are local (Asia/Shanghai) on both sides, so reading them as UTC keeps differences exact. */
export function epochMs(dateTime: string): number {
  return Date.parse(`${dateTime}Z`);
}

/** Whole calendar days from a's date to b's date (times of day ignored). */
export function calendarDaysBetween(a: string, b: string): number {
  return (epochMs(`${b.slice(0, 10)}T00:00:00`) - epochMs(`${a.slice(0, 10)}T00:00:00`)) / 86_400_000;
}

/** Hours from a to b, possibly fractional or negative. */
export function hoursBetween(a: string, b: string): number {
  return (epochMs(b) - epochMs(a)) / 3_600_000;
}
