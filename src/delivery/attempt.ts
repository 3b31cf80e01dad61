import type { Logger } from 'pino';
import type { Webhook } from 'standardwebhooks';
import type { SqlClient } from '../db/database.js';
import { loadDelivery } from './payload.js';
import { type DeliveryJob, scheduleAttempt } from './queue.js';
import { type AttemptResult, postEvent } from './send.js';
import { backoffMs, type DeliverySettings } from './settings.js';

export interface AttemptContext {
  sql: SqlClient;
  settings: DeliverySettings;
  signer: Webhook;
  logger: Logger;
}

/**
 * One attempt for one job. The outcome is recorded on delivery_event (what regulators see); a
 * retryable failure schedules the next attempt as a new delayed job, so the backoff has
 * millisecond precision (pg-boss's own retry delay counts whole seconds). pg-boss's retries are
 * kept for jobs whose worker died mid-attempt.
 */
export async function attemptDelivery(ctx: AttemptContext, job: DeliveryJob): Promise<void> {
  const delivery = await loadDelivery(ctx.sql, job.eventId);
  // Already delivered (a duplicate job after a crash) or gone: nothing to send.
  if (!delivery || delivery.status === 'delivered') return;
  const result = await postEvent(ctx.settings, ctx.signer, delivery.eventId, delivery.body);
  const giveUp = result.outcome === 'retry' && job.attempt >= ctx.settings.maxAttempts;
  const status =
    result.outcome === 'delivered' ? 'delivered' : result.outcome === 'dead' || giveUp ? 'failed' : 'pending';
  await recordAttempt(ctx.sql, job.eventId, status, result);
  if (status === 'pending') {
    const startAfter = new Date(Date.now() + nextDelayMs(ctx.settings, job.attempt, result));
    await scheduleAttempt(ctx.sql, { eventId: job.eventId, attempt: job.attempt + 1 }, startAfter);
  }
  const log = { eventId: job.eventId, attempt: job.attempt, status: result.status, error: result.error };
  if (status === 'failed') ctx.logger.warn(log, 'trading platform delivery failed');
  else ctx.logger.debug(log, `trading platform delivery ${status}`);
}

/** A Retry-After beyond this is read as this: a platform cannot park an event for days. */
export const RETRY_AFTER_MAX_MS = 24 * 3600 * 1000;

/**
 * Backoff, but never sooner than the platform's Retry-After (429/503). Each attempt is its own
 * delayed job, so the delay is per retry (pg-boss's retryDelay is per queue).
 */
export function nextDelayMs(settings: DeliverySettings, attempt: number, result: AttemptResult): number {
  const backoff = backoffMs(settings, attempt);
  if (!result.retryAfterMs) return backoff;
  return Math.max(backoff, Math.min(result.retryAfterMs, RETRY_AFTER_MAX_MS));
}

/**
 * Every request the platform received counts as an attempt, also a late one from a duplicate job
 * (pg-boss re-sends a job whose worker seemed to hang); once delivered, the outcome stays that of
 * the delivering attempt.
 */
async function recordAttempt(sql: SqlClient, eventId: string, status: string, result: AttemptResult) {
  await sql.query(
    `UPDATE delivery_event SET attempts = attempts + 1,
            status = CASE WHEN status = 'delivered' THEN status ELSE $2 END,
            last_attempt_at = CASE WHEN status = 'delivered' THEN last_attempt_at ELSE now() END,
            last_status = CASE WHEN status = 'delivered' THEN last_status ELSE $3 END,
            last_error = CASE WHEN status = 'delivered' THEN last_error ELSE $4 END,
            last_response = CASE WHEN status = 'delivered' THEN last_response ELSE $5 END,
            delivered_at = CASE WHEN status = 'delivered' THEN delivered_at
                                WHEN $2 = 'delivered' THEN now() ELSE delivered_at END
     WHERE id = $1`,
    [eventId, status, result.status, result.error, result.response ?? null],
  );
}
