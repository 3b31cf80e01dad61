import type { RuleContext } from '../../core/dataset.js';
import type { IssueDraft } from '../../core/issues.js';

/** A date a working-day count started or ended at, and the field it was read from. */
export interface CountedDate {
  field: string;
  date: string;
}

/**
 * A working-day count over years the calendar has no data for (neither built in nor added by a
 * regulator) falls back to Monday–Friday; this says so, once per such year, at the cell of the
 * date in that year (a year lying wholly between the dates: at the last one). Never silent.
 */
export function uncoveredYearWarnings(ctx: RuleContext, dates: readonly CountedDate[]): IssueDraft[] {
  const years = dates.map((d) => Number(d.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const covered = new Set(ctx.calendar.coveredYears());
  const drafts: IssueDraft[] = [];
  for (let year = first; year <= last; year++) {
    if (covered.has(year)) continue;
    const at = dates.find((d) => d.date.startsWith(`${year}-`)) ?? dates[dates.length - 1];
    if (!at) continue;
    drafts.push({ code: 'calendar-year-unknown', severity: 'warning', field: at.field, params: { year } });
  }
  return drafts;
}
