import type { Database } from '../db/database.js';
import { obligationStandings } from '../oversight/standings.js';
import { todayInShanghai } from '../time.js';
import { createReminder } from './reminders.js';

/**
 * The automatic reminders due on `asOf`: BEFORE_DUE once an unfiled obligation is within its
 * reminder lead (remindDaysBefore working days; 0 turns it off), OVERDUE once its due date has
 * passed. Keyed by the due date, so each is sent once per due date however often the scan runs and
 * however many workers run it; a moved due date is reminded again. Returns how many were created.
 */
export async function runReminderScan(db: Database, asOf = todayInShanghai()): Promise<number> {
  const rows = await obligationStandings(db.sql, { asOf });
  let created = 0;
  for (const row of rows) {
    const trigger =
      row.state === 'OVERDUE'
        ? 'OVERDUE'
        : row.state === 'DUE_SOON' && row.obligation.remindDaysBefore > 0
          ? 'BEFORE_DUE'
          : null;
    if (!trigger) continue;
    const reminder = await db.transaction((tx) =>
      createReminder(tx, null, row, trigger, row.obligation.dueDate!),
    );
    if (reminder) created++;
  }
  return created;
}
