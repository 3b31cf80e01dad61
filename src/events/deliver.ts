import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import type { SqlClient } from '../db/database.js';
import { nextDelayMs } from '../delivery/attempt.js';
import { type AttemptResult, postEvent } from '../delivery/send.js';
import type { DeliverySettings } from '../delivery/settings.js';
import { enqueueJobs, QUEUES } from '../oversight/jobs.js';
import { checkSubscriberUrl } from './address.js';

export interface SubscriberContext {
  sql: SqlClient;
  /** Timeouts, attempts and backoff, as for the trading platform (DELIVERY_*); url/secret unused. */
  settings: DeliverySettings;
  allowPrivateUrls: boolean;
  logger: Logger;
}

export interface SubscriberJob {
  eventId: string;
  attempt: number;
}

/**
 * One attempt to deliver one event, as the trading-platform delivery does it (src/delivery): the
 * same signing, classification, backoff and Retry-After; the webhook-id is the event's id on
 * every attempt, so a receiver that de-duplicates acts once. A removed subscription, or an address
 * that now resolves to a private one, fails the event without sending.
 */
export async function attemptSubscriberDelivery(ctx: SubscriberContext, job: SubscriberJob): Promise<void> {
  const { rows } = await ctx.sql.query<{
    status: string;
    body: string;
    url: string;
    secret: string;
    removed: boolean;
  }>(
    `SELECT e.status, e.body, s.url, s.secret, s.removed_at IS NOT NULL AS removed
     FROM subscription_event e JOIN event_subscription s ON s.id = e.subscription_id WHERE e.id = $1`,
    [job.eventId],
  );
  const event = rows[0];
  if (event?.status !== 'pending') return;
  const result = await send(ctx, job.eventId, event);
  const giveUp = result.outcome === 'retry' && job.attempt >= ctx.settings.maxAttempts;
  const status =
    result.outcome === 'delivered' ? 'delivered' : result.outcome === 'dead' || giveUp ? 'failed' : 'pending';
  await ctx.sql.query(
    `UPDATE subscription_event SET attempts = attempts + 1,
            status = CASE WHEN status = 'delivered' THEN status ELSE $2 END,
            last_attempt_at = now(), last_status = $3, last_error = $4, last_response = $5,
            delivered_at = CASE WHEN status <> 'delivered' AND $2 = 'delivered' THEN now() ELSE delivered_at END
     WHERE id = $1`,
    [job.eventId, status, result.status, result.error, result.response ?? null],
  );
  if (status === 'pending') {
    const startAfter = new Date(Date.now() + nextDelayMs(ctx.settings, job.attempt, result));
    await enqueueJobs(ctx.sql, QUEUES.subscriberDelivery, [
      { data: { eventId: job.eventId, attempt: job.attempt + 1 }, startAfter },
    ]);
  }
  ctx.logger.debug({ eventId: job.eventId, attempt: job.attempt, status }, 'subscriber delivery');
}

async function send(
  ctx: SubscriberContext,
  eventId: string,
  event: { body: string; url: string; secret: string; removed: boolean },
): Promise<AttemptResult> {
  if (event.removed) return { outcome: 'dead', status: null, error: 'subscription removed' };
  try {
    await checkSubscriberUrl(event.url, ctx.allowPrivateUrls);
  } catch (error) {
    return { outcome: 'dead', status: null, error: `address refused: ${(error as Error).message}` };
  }
  return postEvent({ ...ctx.settings, url: event.url }, new Webhook(event.secret), eventId, event.body);
}
