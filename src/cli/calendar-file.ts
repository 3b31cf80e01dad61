import { readFile } from 'node:fs/promises';
import {
  type CalendarDayOverride,
  calendarWithOverrides,
  parseCalendarDays,
} from '../../schema/calendar/index.js';
import { UsageError } from './args.js';

/**
 * `--calendar <file.json>`: extra holiday/调休 days on top of the built-in calendar, in the shape
 * the platform keeps them (`holidayCalendar { overrides { date kind note year } }`). Offline: the
 * file is the only source; without it the built-in calendar is used.
 */
export async function readCalendarFile(file: string | undefined): Promise<CalendarDayOverride[] | undefined> {
  if (file === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`无法读取日历文件 ${file} (cannot read calendar file): ${reason}`);
  }
  const parsed = parseCalendarDays(json);
  if (!parsed.ok)
    throw new UsageError(
      `日历文件 ${file} 有误 (calendar file is invalid):\n  ${parsed.errors.join('\n  ')}`,
    );
  try {
    calendarWithOverrides(parsed.days);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new UsageError(`日历文件 ${file} 有误 (calendar file is invalid): ${error.message}`);
  }
  return parsed.days;
}
