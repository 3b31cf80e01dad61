import { z } from 'zod';
import type { CalendarYear } from './types.js';

/** How a regulator supplies extra or corrected years as JSON (same shape as the data modules). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const calendarYearSchema = z.object({
  year: z.number().int().min(1949).max(2200),
  notices: z.array(z.object({ title: z.string().min(1), ref: z.string().min(1) })).min(1),
  holidays: z.array(z.object({ name: z.string().min(1), from: isoDate, to: isoDate })),
  workdays: z.array(z.object({ date: isoDate, name: z.string().min(1) })),
  remarks: z.string().optional(),
});

export type ParsedCalendar = { ok: true; years: CalendarYear[] } | { ok: false; errors: string[] };

/** Checks the shape of calendar data read from a file; createCalendar then checks its consistency. */
export function parseCalendarYears(json: unknown): ParsedCalendar {
  const result = z.array(calendarYearSchema).safeParse(json);
  if (result.success) return { ok: true, years: result.data };
  return { ok: false, errors: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
