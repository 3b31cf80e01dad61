import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { bossDb } from '../delivery/queue.js';
import type { DeliverySettings } from '../delivery/settings.js';
import { attemptSubscriberDelivery, type SubscriberJob } from '../events/deliver.js';
import { createMailer, type MailSettings, mailReminder } from '../notifications/mail.js';
import { recoverInterruptedMail } from '../notifications/mail-recovery.js';
import { runReminderScan } from '../notifications/scan.js';
import { ensureQueue } from '../ops/queues.js';
import type { WorkerState } from '../ops/readiness.js';
import { enqueueJobs, QUEUES } from './jobs.js';

export interface OversightSettings {
  /** Subscriber deliveries: timeouts, attempts, backoff (DELIVERY_*). */
  delivery: DeliverySettings;
  mail?: MailSettings;
  appBaseUrl: string;
  allowPrivateUrls: boolean;
  scanCron: string;
  /** How often a scheduled scan is looked for and queued (SCHEDULE_CHECK_SECONDS). */
  scheduleCheckSeconds: number;
  /** A mail send older than this lost its worker (MAIL_SEND_LEASE_SECONDS; mail-recovery.ts). */
  mailSendLeaseMs: number;
}

export interface OversightWorker {
  ready: Promise<void>;
  /** For readiness (/readyz): whether the worker is fetching jobs (as the delivery worker's). */
  state(): WorkerState;
  /** Queues a reminder scan now (for `asOf`, default today): what the cron schedule does. */
  scanNow(asOf?: string): Promise<void>;
  stop(): Promise<void>;
}

const MAIL_RETRIES = 5;
/** The queue pg-boss's scheduler sends each due cron job through (pg-boss 10's timekeeper). */
export const SCHEDULE_QUEUE = '__pgboss__send-it';

/** Reminder scans (cron), reminder mail and subscriber deliveries, on pg-boss over the app's database. */
export function startOversightWorker(
  db: Database,
  settings: OversightSettings,
  logger: Logger,
): OversightWorker {
  const boss = new PgBoss({
    db: bossDb(db.sql),
    schedule: true,
    supervise: true,
    maintenanceIntervalSeconds: 60,
    // Every instance runs the scheduler; pg-boss lets one instance per interval look at the
    // schedules and queues at most one scan per minute (a singleton), and a scan that runs twice
    // anyway creates nothing twice (the reminder's unique key, see scan.ts).
    cronMonitorIntervalSeconds: settings.scheduleCheckSeconds,
    cronWorkerIntervalSeconds: Math.min(settings.scheduleCheckSeconds, 5),
  });
  boss.on('error', (error: Error) => logger.error({ err: error }, 'oversight worker error'));
  const mailer = settings.mail ? createMailer(settings.mail) : undefined;
  let state: WorkerState = 'starting';
  const ctx = {
    sql: db.sql,
    settings: settings.delivery,
    allowPrivateUrls: settings.allowPrivateUrls,
    logger,
  };
  const ready = (async () => {
    await boss.start();
    // pg-boss's scheduler creates the queue its cron jobs pass through, but swallows any error in
    // doing so: when that creation lost a deadlock to another instance's queue creation, every
    // scheduled scan was silently dropped (no job, no error; seen in test/ops/two-instances).
    await ensureQueue(boss, SCHEDULE_QUEUE, {});
    await ensureQueue(boss, QUEUES.reminderScan, { retryLimit: 2, expireInSeconds: 600 });
    await ensureQueue(boss, QUEUES.reminderMail, {
      retryLimit: MAIL_RETRIES,
      retryDelay: 30,
      retryBackoff: true,
    });
    await ensureQueue(boss, QUEUES.subscriberDelivery, { retryLimit: 10, retryDelay: 1, retryBackoff: true });
    await boss.schedule(QUEUES.reminderScan, settings.scanCron, {}, { tz: 'Asia/Shanghai' });
    // Mail interrupted mid-send (docs/oversight.md): at start-up, and with every scan after that.
    const recover = async () => {
      const { resent, failed } = await recoverInterruptedMail(db, settings.mailSendLeaseMs);
      if (resent.length + failed.length > 0)
        logger.warn({ resent, failed }, 'reminder mail interrupted mid-send');
    };
    await recover();
    await enqueueOrphans(db);
    await boss.work<{ asOf?: string }>(QUEUES.reminderScan, async ([job]) => {
      if (!job) return;
      await recover();
      logger.info({ created: await runReminderScan(db, job.data.asOf) }, 'reminder scan');
    });
    await boss.work<{ reminderId: string }>(
      QUEUES.reminderMail,
      { includeMetadata: true, pollingIntervalSeconds: settings.delivery.pollSeconds },
      async ([job]) => {
        if (!job) return;
        const last = job.retryCount >= MAIL_RETRIES;
        await mailReminder(db.sql, mailer, settings, job.data.reminderId, last);
      },
    );
    await boss.work<SubscriberJob>(
      QUEUES.subscriberDelivery,
      { batchSize: settings.delivery.batchSize, pollingIntervalSeconds: settings.delivery.pollSeconds },
      async (jobs) => {
        await Promise.all(jobs.map((job) => attemptSubscriberDelivery(ctx, job.data)));
      },
    );
    state = 'running';
  })();
  ready.catch((error: unknown) => {
    state = 'failed';
    logger.error({ err: error }, 'the oversight worker could not start');
  });
  return {
    ready,
    state: () => state,
    scanNow: async (asOf) => {
      await ready;
      await boss.send(QUEUES.reminderScan, asOf ? { asOf } : {});
    },
    stop: async () => {
      await ready.catch(() => {});
      state = 'stopped';
      await boss.stop({ graceful: true, wait: true, timeout: settings.delivery.timeoutMs + 1000 });
      mailer?.close();
    },
  };
}

/** Mail and events written while no worker ran (or before pg-boss existed) get their job now. */
async function enqueueOrphans(db: Database) {
  const orphans = async (sql: string, queue: string) =>
    (await db.sql.query<{ id: string }>(sql, [queue])).rows.map((r) => r.id);
  const mails = await orphans(
    `SELECT r.id FROM reminder r WHERE r.mail_status = 'pending' AND NOT EXISTS (
       SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.state < 'completed' AND j.data->>'reminderId' = r.id::text)`,
    QUEUES.reminderMail,
  );
  await enqueueJobs(
    db.sql,
    QUEUES.reminderMail,
    mails.map((reminderId) => ({ data: { reminderId } })),
  );
  const events = await orphans(
    `SELECT e.id FROM subscription_event e WHERE e.status = 'pending' AND NOT EXISTS (
       SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.state < 'completed' AND j.data->>'eventId' = e.id::text)`,
    QUEUES.subscriberDelivery,
  );
  await enqueueJobs(
    db.sql,
    QUEUES.subscriberDelivery,
    events.map((eventId) => ({ data: { eventId, attempt: 1 } })),
  );
}
