import type { Database } from '../../src/db/database.js';
import { enqueueJobs, QUEUES } from '../../src/oversight/jobs.js';
import { todayInShanghai } from '../../src/time.js';
import { waitFor } from '../delivery/support.js';
import type { ReceivedMail } from '../support/smtp.js';

export const REMINDER_SCAN = QUEUES.reminderScan;

/**
 * Queues `n` extra scans for today (marked by their asOf, which the cron's own jobs lack) once an
 * instance has created the queue; any instance's worker may take each.
 */
export async function queueScans(db: Database, n: number): Promise<void> {
  // The last queue an instance creates; until pg-boss's schema exists the query fails.
  const created = () =>
    db.sql.query('SELECT 1 FROM pgboss.queue WHERE name = $1', [QUEUES.subscriberDelivery]).then(
      ({ rows }) => rows.length > 0,
      () => false,
    );
  await waitFor('the reminder queues', created);
  const asOf = todayInShanghai();
  await enqueueJobs(
    db.sql,
    REMINDER_SCAN,
    Array.from({ length: n }, () => ({ data: { asOf } })),
  );
}

/** Scan jobs not finished yet, and finished ones the cron schedule queued. */
export async function scanJobs(db: Database): Promise<{ unfinished: number; fromCron: number }> {
  const { rows } = await db.sql.query<{ unfinished: number; fromCron: number }>(
    `SELECT count(*) FILTER (WHERE state < 'completed')::int AS unfinished,
            count(*) FILTER (WHERE state = 'completed' AND NOT data ? 'asOf')::int AS "fromCron"
     FROM pgboss.job WHERE name = $1`,
    [REMINDER_SCAN],
  );
  return rows[0] ?? { unfinished: 0, fromCron: 0 };
}

/** Automatic reminders, and how many obligation × supervised enterprise pairs there are (for datasets every enterprise owes). */
export async function reminderCounts(db: Database): Promise<{ reminders: number; owed: number }> {
  const { rows } = await db.sql.query<{ reminders: number; owed: number }>(
    `SELECT (SELECT count(*)::int FROM reminder WHERE trigger <> 'MANUAL') AS reminders,
            (SELECT count(*)::int FROM obligation o JOIN enterprise e ON e.regulator_id = o.regulator_id) AS owed`,
  );
  return rows[0] ?? { reminders: 0, owed: 0 };
}

/** A mail as subject and sorted recipients: one reminder's letter. */
export const mailKey = (mail: Pick<ReceivedMail, 'subject' | 'to'>) =>
  `${mail.subject}|${[...mail.to].sort().join(',')}`;

/** One key per reminder whose enterprise has filers with an address: the mails there must be. */
export async function expectedReminderMails(db: Database): Promise<string[]> {
  const { rows } = await db.sql.query<{ subject: string; to: string[] }>(
    `SELECT n.title_zh AS subject, array_agg(u.email) AS to
     FROM reminder r JOIN notification n ON n.reminder_id = r.id JOIN app_user u ON u.id = n.user_id
     WHERE u.email IS NOT NULL GROUP BY r.id, n.title_zh`,
  );
  return rows.map(mailKey).sort();
}
