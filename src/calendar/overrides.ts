import type { CalendarDayOverride } from '../../schema/calendar/index.js';
import type { SqlClient } from '../db/database.js';

/** A stored calendar day as regulators see it: the day, the notice, and who added it when. */
export interface CalendarOverrideRow extends CalendarDayOverride {
  createdBy: string | null;
  createdAt: Date;
}

/** Every stored day (or one notice year's), by date. */
export async function readOverrides(sql: SqlClient, year?: number | null): Promise<CalendarOverrideRow[]> {
  const { rows } = await sql.query<CalendarOverrideRow>(
    `SELECT to_char(o.date, 'YYYY-MM-DD') AS date, o.year, o.kind, o.note,
            u.username AS "createdBy", o.created_at AS "createdAt"
     FROM calendar_override o LEFT JOIN app_user u ON u.id = o.created_by_id
     WHERE $1::int IS NULL OR o.year = $1 ORDER BY o.date`,
    [year ?? null],
  );
  return rows;
}

/**
 * The stored days as plain data for validation (the upload's worker input). The calendar is
 * national (State Council notices), so these apply to every enterprise, whoever added them.
 */
export async function calendarOverrideDays(sql: SqlClient): Promise<CalendarDayOverride[]> {
  const rows = await readOverrides(sql);
  return rows.map(({ year, date, kind, note }) => ({ year, date, kind, note }));
}
