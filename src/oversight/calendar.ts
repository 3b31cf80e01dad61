import type { DataCalendar } from '../../schema/calendar/index.js';
import { calendarWithOverrides } from '../../schema/calendar/index.js';
import { calendarOverrideDays } from '../calendar/overrides.js';
import type { SqlClient } from '../db/database.js';

/** The working-day calendar as it stands: built-in notices plus the days regulators stored. */
export async function currentCalendar(sql: SqlClient): Promise<DataCalendar> {
  return calendarWithOverrides(await calendarOverrideDays(sql));
}
