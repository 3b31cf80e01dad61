import PgBoss from 'pg-boss';
import type { SqlClient } from '../db/database.js';

/** The pg-boss queue that carries one job per delivery_event to the trading platform. */
export const DELIVERY_QUEUE = 'trading-platform-delivery';

/** A job names its event and which attempt of the current round it is (1-based). */
export interface DeliveryJob {
  eventId: string;
  attempt: number;
}

// A script (several statements) cannot go through the extended protocol PGlite's query() uses;
// pg-boss sends scripts only without parameters (its migrations and locked maintenance).
const SCRIPT = /;\s*\S/;

/**
 * pg-boss's `db` option over our SqlClient: the pool on PostgreSQL, the single PGlite connection,
 * or a transaction's client — the latter is what puts a job in the same transaction as a
 * publication.
 */
export function bossDb(sql: SqlClient): PgBoss.Db {
  return {
    executeSql: async (text: string, values: unknown[] = []) => {
      if (values.length === 0 && SCRIPT.test(text)) {
        await sql.exec(text);
        return { rows: [] };
      }
      return sql.query(text, values);
    },
  };
}

/**
 * Enqueues deliveries inside the caller's transaction. When pg-boss has never run on this database
 * (no trading platform configured yet), the events simply stay pending: the worker enqueues
 * pending events without a live job when it starts (see worker.ts).
 */
export async function enqueueDeliveries(tx: SqlClient, eventIds: string[]) {
  if (eventIds.length === 0 || !(await queueExists(tx))) return;
  await insertJobs(
    tx,
    eventIds.map((eventId) => ({ data: { eventId, attempt: 1 } })),
  );
}

/** Schedules the next attempt of a round as a delayed job. */
export async function scheduleAttempt(sql: SqlClient, job: DeliveryJob, startAfter: Date) {
  await insertJobs(sql, [{ data: job, startAfter }]);
}

async function insertJobs(sql: SqlClient, jobs: { data: DeliveryJob; startAfter?: Date }[]) {
  const db = bossDb(sql);
  // A PgBoss that is never started: only its insert plan runs, on the given client.
  const boss = new PgBoss({ db, supervise: false, schedule: false, migrate: false });
  await boss.insert(
    jobs.map((job) => ({ name: DELIVERY_QUEUE, ...job })),
    { db },
  );
}

async function queueExists(tx: SqlClient): Promise<boolean> {
  const { rows } = await tx.query<{ installed: boolean }>(
    `SELECT to_regclass('pgboss.queue') IS NOT NULL AS installed`,
  );
  if (!rows[0]?.installed) return false;
  const queue = await tx.query('SELECT 1 FROM pgboss.queue WHERE name = $1', [DELIVERY_QUEUE]);
  return queue.rows.length > 0;
}
