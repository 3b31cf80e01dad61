import type { Env } from '../env.js';

/** How the worker talks to the trading platform. Built from the environment, or by tests directly. */
export interface DeliverySettings {
  url: string;
  secret: string;
  /** One request may take this long before it counts as a (retryable) timeout. */
  timeoutMs: number;
  /** Attempts per enqueueing; then the event is failed (dead letter) until a regulator retries it. */
  maxAttempts: number;
  /** Backoff before attempt n+1: a random delay in [0, min(max, base · 2^n)] ("full jitter"). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Parallel pg-boss fetch loops, each delivering up to batchSize events at a time. */
  workers: number;
  batchSize: number;
  pollSeconds: number;
  /**
   * A job still active this long after it started belongs to a dead worker: pg-boss fails it and
   * retries it (same event, same webhook-id). Must exceed a batch's delivery time.
   */
  expireSeconds: number;
  /** How often pg-boss looks for such expired jobs. */
  maintenanceSeconds: number;
}

/** The delivery settings, or undefined when no trading platform is configured (no worker runs). */
export function deliverySettingsFrom(env: Env): DeliverySettings | undefined {
  if (!env.TRADING_PLATFORM_URL || !env.TRADING_PLATFORM_SECRET) return undefined;
  return {
    url: env.TRADING_PLATFORM_URL,
    secret: env.TRADING_PLATFORM_SECRET,
    timeoutMs: env.DELIVERY_TIMEOUT_MS,
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
    backoffBaseMs: env.DELIVERY_BACKOFF_BASE_MS,
    backoffMaxMs: env.DELIVERY_BACKOFF_MAX_MS,
    workers: env.DELIVERY_WORKERS,
    batchSize: env.DELIVERY_BATCH_SIZE,
    pollSeconds: env.DELIVERY_POLL_SECONDS,
    expireSeconds: Math.max(env.DELIVERY_EXPIRE_SECONDS, Math.ceil((2 * env.DELIVERY_TIMEOUT_MS) / 1000)),
    maintenanceSeconds: Math.min(60, env.DELIVERY_EXPIRE_SECONDS),
  };
}

/** Exponential backoff with full jitter, so retries after an outage do not arrive in waves. */
export function backoffMs(settings: DeliverySettings, attempt: number, random = Math.random): number {
  const ceiling = Math.min(settings.backoffMaxMs, settings.backoffBaseMs * 2 ** Math.min(attempt, 30));
  return Math.round(random() * ceiling);
}
