import { calendarWithOverrides, officialYears } from '../../schema/calendar/index.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database, SqlClient } from '../db/database.js';
import { forbidden, unauthenticated } from '../errors.js';
import { badInput } from '../submissions/access.js';
import { type CalendarDayInput, checkDates, checkNote, checkYear } from './input.js';
import { type CalendarOverrideRow, calendarOverrideDays, readOverrides } from './overrides.js';

/** What regulators see: which years the calendar knows, and the days added to it. */
export interface HolidayCalendarView {
  /** Years with a built-in State Council notice (schema/calendar/data). */
  officialYears: number[];
  /** Official years plus years regulators added days for; other years count Monday–Friday. */
  coveredYears: number[];
  overrides: CalendarOverrideRow[];
}

/** Regulators (and platform admins) read the calendar. */
function requireReader(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (!isRegulatorStaff(actor) && actor.role !== 'PLATFORM_ADMIN') throw forbidden();
  return actor;
}

/**
 * The calendar is national (State Council notices), so a change applies platform-wide; only an
 * approver — of any commission — or a platform admin may make one.
 */
function requireEditor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  if (actor.role !== 'REGULATOR_APPROVER' && actor.role !== 'PLATFORM_ADMIN') throw forbidden();
  return actor;
}

async function view(sql: SqlClient, year?: number | null): Promise<HolidayCalendarView> {
  const calendar = calendarWithOverrides(await calendarOverrideDays(sql));
  return {
    officialYears: officialYears.map((y) => y.year),
    coveredYears: calendar.coveredYears(),
    overrides: await readOverrides(sql, year),
  };
}

export async function holidayCalendar(db: Database, actor: Actor | null, input: { year?: number | null }) {
  requireReader(actor);
  if (input.year !== undefined && input.year !== null) checkYear(input.year);
  return view(db.sql, input.year);
}

export interface AddCalendarDaysInput {
  year: number;
  note: string;
  days: CalendarDayInput[];
}

/** Adds (or re-states) days of a notice year; a date already stored is replaced. Audited. */
export async function addCalendarDays(db: Database, actor: Actor | null, input: AddCalendarDaysInput) {
  const editor = requireEditor(actor);
  checkYear(input.year);
  const note = checkNote(input.note);
  checkDates(
    input.year,
    input.days.map((d) => d.date),
  );
  return db.transaction(async (tx) => {
    const before = await readOverrides(tx);
    for (const day of input.days) {
      await tx.query(
        `INSERT INTO calendar_override (date, year, kind, note, created_by_id) VALUES ($1::date, $2, $3, $4, $5)
         ON CONFLICT (date) DO UPDATE SET year = $2, kind = $3, note = $4, created_by_id = $5, created_at = now()`,
        [day.date, input.year, day.kind, note, editor.userId],
      );
    }
    const replaced = before.filter((o) => input.days.some((d) => d.date === o.date));
    await appendAudit(tx, {
      action: 'calendar-add-days',
      actor: editor,
      details: { year: input.year, note, days: input.days, replaced: replaced.map(auditedDay) },
    });
    return view(tx, input.year);
  });
}

export interface RemoveCalendarDaysInput {
  year: number;
  dates: string[];
  /** Why: the amending notice, or the mistake corrected. */
  note: string;
}

/** Removes stored days of a notice year: those dates follow the built-in calendar again. Audited. */
export async function removeCalendarDays(db: Database, actor: Actor | null, input: RemoveCalendarDaysInput) {
  const editor = requireEditor(actor);
  checkYear(input.year);
  const note = checkNote(input.note);
  checkDates(input.year, input.dates);
  return db.transaction(async (tx) => {
    const stored = await readOverrides(tx, input.year);
    const removed = stored.filter((o) => input.dates.includes(o.date));
    const missing = input.dates.filter((date) => !removed.some((o) => o.date === date));
    if (missing.length > 0)
      throw badInput(
        `${input.year}年没有补充过这些日期：${missing.join('、')}`,
        `No days were added for ${input.year} on: ${missing.join(', ')}`,
      );
    await tx.query('DELETE FROM calendar_override WHERE year = $1 AND date = ANY($2::date[])', [
      input.year,
      input.dates,
    ]);
    await appendAudit(tx, {
      action: 'calendar-remove-days',
      actor: editor,
      details: { year: input.year, note, removed: removed.map(auditedDay) },
    });
    return view(tx, input.year);
  });
}

const auditedDay = (o: CalendarOverrideRow) => ({
  date: o.date,
  kind: o.kind,
  note: o.note,
  by: o.createdBy,
});
