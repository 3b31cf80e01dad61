import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bossDb } from '../../src/delivery/queue.js';
import { parseEnv } from '../../src/env.js';
import { QUEUES } from '../../src/oversight/jobs.js';
import { oversightSettingsFrom } from '../../src/oversight/settings.js';
import { type OversightWorker, SCHEDULE_QUEUE, startOversightWorker } from '../../src/oversight/worker.js';
import { createLogger } from '../../src/server/logger.js';
import { waitFor } from '../delivery/support.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// pg-boss's scheduler creates the queue its cron jobs pass through and swallows a failure to; an
// instance whose creation lost a deadlock to another's then dropped every scheduled scan without a
// word (CI, two instances on PostgreSQL). Here the first creation of that queue fails as a deadlock
// victim would, every time the test runs, on both engines.

let database: TestDatabase;
let worker: OversightWorker | undefined;

beforeAll(async () => {
  database = await createTestDatabase();
  // pg-boss's schema, installed as the application installs it, before the refusal is armed.
  const installer = new PgBoss({ db: bossDb(database.db.sql), supervise: false, schedule: false });
  await installer.start();
  await installer.stop({ graceful: false, wait: true });
  await database.owner.sql.exec(`
    -- A sequence, since it counts the attempts across the rollback of the refused one.
    CREATE SEQUENCE send_it_attempts;
    CREATE FUNCTION refuse_send_it_once() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    BEGIN
      IF NEW.name = '${SCHEDULE_QUEUE}' AND nextval('send_it_attempts') = 1 THEN
        RAISE EXCEPTION 'deadlock detected (simulated)' USING ERRCODE = '40P01';
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER refuse_send_it_once BEFORE INSERT ON pgboss.queue
      FOR EACH ROW EXECUTE FUNCTION refuse_send_it_once();`);
}, 60_000);

afterAll(async () => {
  await worker?.stop();
  await database?.dispose();
});

test('a scheduler whose queue creation lost a deadlock still gets its queue, and a scheduled scan runs', async () => {
  const settings = oversightSettingsFrom(
    parseEnv({
      NODE_ENV: 'test',
      OVERSIGHT_JOBS: 'on',
      // Never due during the test: the scheduled job below is sent by hand, as the scheduler would.
      REMINDER_SCAN_CRON: '0 0 1 1 *',
      SCHEDULE_CHECK_SECONDS: '1',
    }),
  )!;
  worker = startOversightWorker(database.db, settings, createLogger('silent'));
  await worker.ready;
  const queues = await database.owner.sql.query<{ name: string }>(
    'SELECT name FROM pgboss.queue WHERE name = $1',
    [SCHEDULE_QUEUE],
  );
  expect(queues.rows).toEqual([{ name: SCHEDULE_QUEUE }]);
  // pg-boss's own attempt was the refused one; the queue above came from a later attempt.
  const attempts = await database.owner.sql.query<{ n: number }>(
    'SELECT last_value::int AS n FROM send_it_attempts',
  );
  expect(attempts.rows[0]?.n).toBeGreaterThanOrEqual(2);
  const sender = new PgBoss({
    db: bossDb(database.db.sql),
    supervise: false,
    schedule: false,
    migrate: false,
  });
  // What pg-boss's timekeeper inserts when the cron is due: the scan passes through SCHEDULE_QUEUE.
  await sender.insert([{ name: SCHEDULE_QUEUE, data: { name: QUEUES.reminderScan, data: {} } }]);
  await waitFor(
    'the scheduled scan',
    async () => {
      const { rows } = await database.owner.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed' AND NOT data ? 'asOf'`,
        [QUEUES.reminderScan],
      );
      return (rows[0]?.n ?? 0) > 0;
    },
    30_000,
  );
}, 60_000);
