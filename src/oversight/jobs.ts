import PgBoss from 'pg-boss';
import type { SqlClient } from '../db/database.js';
import { bossDb } from '../delivery/queue.js';

/** The oversight queues on the same pg-boss as the trading-platform delivery. */
export const QUEUES = {
  /** Looks for automatic reminders to send (scheduled by cron, or sent with an asOf by hand). */
  reminderScan: 'oversight-reminder-scan',
  /** Mails one reminder. */
  reminderMail: 'oversight-reminder-mail',
  /** Delivers one subscription event. */
  subscriberDelivery: 'oversight-subscriber-delivery',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Inserts jobs on `sql` — a transaction's client puts them in the same transaction as the change
 * they follow from. Before pg-boss ever ran here there is no queue: the rows stay pending and the
 * worker picks them up when it starts (see worker.ts).
 */
export async function enqueueJobs(
  sql: SqlClient,
  name: QueueName,
  jobs: { data: object; startAfter?: Date }[],
): Promise<void> {
  if (jobs.length === 0 || !(await queueExists(sql, name))) return;
  const db = bossDb(sql);
  // A PgBoss that is never started: only its insert plan runs, on the given client.
  const boss = new PgBoss({ db, supervise: false, schedule: false, migrate: false });
  await boss.insert(
    jobs.map((job) => ({ name, ...job })),
    { db },
  );
}

async function queueExists(sql: SqlClient, name: string): Promise<boolean> {
  const { rows } = await sql.query<{ installed: boolean }>(
    `SELECT to_regclass('pgboss.queue') IS NOT NULL AS installed`,
  );
  if (!rows[0]?.installed) return false;
  return (await sql.query('SELECT 1 FROM pgboss.queue WHERE name = $1', [name])).rows.length > 0;
}
