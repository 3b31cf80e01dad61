/** Today's date in China ('YYYY-MM-DD'), whatever the server's time zone: rules are about Chinese dates. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
