import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { SqlClient } from '../db/database.js';
import { ensureQueue } from '../ops/queues.js';
import { attemptDelivery } from './attempt.js';
import { bossDb, DELIVERY_QUEUE, type DeliveryJob, enqueueDeliveries } from './queue.js';
import { signerFor } from './send.js';
import type { DeliverySettings } from './settings.js';

export interface DeliveryWorker {
  /** Resolves once pg-boss is installed and the worker is fetching (rejects if it could not start). */
  ready: Promise<void>;
  /** Graceful: stops fetching, lets in-flight deliveries finish; unfinished jobs are retried later. */
  stop(): Promise<void>;
  /** For readiness (/readyz): whether the worker is fetching jobs. */
  state(): 'starting' | 'running' | 'failed' | 'stopped';
}

/**
 * Runs the trading-platform delivery on pg-boss over `sql` — the shared pool on PostgreSQL, the
 * single in-process connection on PGlite (pg-boss 10 runs there unchanged through its `db` option).
 */
export function startDeliveryWorker(
  sql: SqlClient,
  settings: DeliverySettings,
  logger: Logger,
): DeliveryWorker {
  const boss = new PgBoss({
    db: bossDb(sql),
    schedule: false,
    supervise: true,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
  });
  boss.on('error', (error: Error) => logger.error({ err: error }, 'delivery worker error'));
  let state: ReturnType<DeliveryWorker['state']> = 'starting';
  const ready = (async () => {
    await boss.start();
    await ensureDeliveryQueue(boss, settings);
    await enqueueOrphans(sql);
    const ctx = { sql, settings, signer: signerFor(settings.secret), logger };
    const options = { batchSize: settings.batchSize, pollingIntervalSeconds: settings.pollSeconds };
    for (let i = 0; i < settings.workers; i++) {
      await boss.work<DeliveryJob>(DELIVERY_QUEUE, options, async (jobs) => {
        await Promise.all(jobs.map((job) => attemptDelivery(ctx, job.data)));
      });
    }
    logger.info({ url: settings.url }, 'delivering property transactions to the trading platform');
    state = 'running';
  })();
  ready.catch((error: unknown) => {
    state = 'failed';
    logger.error({ err: error }, 'the delivery worker could not start');
  });
  const stop = async () => {
    await ready.catch(() => {});
    state = 'stopped';
    await boss.stop({ graceful: true, wait: true, timeout: settings.timeoutMs + 1000 });
  };
  return { ready, stop, state: () => state };
}

/** Retries here only serve jobs whose worker died mid-attempt (expired); see attempt.ts. */
async function ensureDeliveryQueue(boss: PgBoss, settings: DeliverySettings) {
  const policy = {
    retryLimit: 10,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: settings.expireSeconds,
  };
  await ensureQueue(boss, DELIVERY_QUEUE, policy);
}

/**
 * Pending events without a live job — published while no platform was configured, or re-queued by
 * a regulator then — get one now. A duplicate job is harmless: delivered events are skipped.
 */
async function enqueueOrphans(sql: SqlClient) {
  const { rows } = await sql.query<{ id: string }>(
    `SELECT e.id FROM delivery_event e WHERE e.status = 'pending' AND NOT EXISTS (
       SELECT 1 FROM pgboss.job j WHERE j.name = $1 AND j.state < 'completed' AND j.data->>'eventId' = e.id::text)`,
    [DELIVERY_QUEUE],
  );
  if (rows.length > 0)
    await enqueueDeliveries(
      sql,
      rows.map((row) => row.id),
    );
}
