import { z } from 'zod';
import type { CalendarDayOverride } from './overrides.js';
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

const dayOverrideSchema = z
  .object({
    year: z.number().int().min(1949).max(2200).optional(),
    date: isoDate,
    kind: z.enum(['HOLIDAY', 'WORKDAY']),
    note: z.string().trim().min(1),
  })
  .transform((day) => ({ ...day, year: day.year ?? Number(day.date.slice(0, 4)) }));

export type ParsedCalendarDays = { ok: true; days: CalendarDayOverride[] } | { ok: false; errors: string[] };

/**
 * Extra days as JSON, the shape regulators keep on the platform (`calendar { overrides }`):
 * `[{ "date": "2027-02-08", "kind": "HOLIDAY", "note": "国办发明电〔2026〕…号", "year": 2027 }]`;
 * `year` (the notice's year) defaults to the date's year.
 */
export function parseCalendarDays(json: unknown): ParsedCalendarDays {
  const result = z.array(dayOverrideSchema).safeParse(json);
  if (result.success) return { ok: true, days: result.data };
  return { ok: false, errors: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}
