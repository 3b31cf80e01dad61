/**
 * Today's date in Asia/Shanghai as 'YYYY-MM-DD': the rules ("not after the current year", notice
 * periods) are about the regulator's calendar, not the machine's time zone.
 */
export function shanghaiToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
