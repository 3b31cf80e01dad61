import type { DeliverySettings } from '../delivery/settings.js';
import type { Env } from '../env.js';
import type { OversightSettings } from './worker.js';

/** The oversight jobs' settings, or undefined when they are off (OVERSIGHT_JOBS; off under test by default). */
export function oversightSettingsFrom(env: Env): OversightSettings | undefined {
  const on = env.OVERSIGHT_JOBS ? env.OVERSIGHT_JOBS === 'on' : env.NODE_ENV !== 'test';
  if (!on) return undefined;
  const delivery: DeliverySettings = {
    url: '',
    secret: '',
    timeoutMs: env.DELIVERY_TIMEOUT_MS,
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
    backoffBaseMs: env.DELIVERY_BACKOFF_BASE_MS,
    backoffMaxMs: env.DELIVERY_BACKOFF_MAX_MS,
    workers: 1,
    batchSize: env.DELIVERY_BATCH_SIZE,
    pollSeconds: env.DELIVERY_POLL_SECONDS,
    expireSeconds: env.DELIVERY_EXPIRE_SECONDS,
    maintenanceSeconds: 60,
  };
  const mail = env.SMTP_URL
    ? { url: env.SMTP_URL, from: env.MAIL_FROM, appBaseUrl: env.APP_BASE_URL }
    : undefined;
  return {
    delivery,
    mail,
    appBaseUrl: env.APP_BASE_URL,
    allowPrivateUrls: env.EVENTS_ALLOW_PRIVATE_URLS === 'true',
    scanCron: env.REMINDER_SCAN_CRON,
    scheduleCheckSeconds: env.SCHEDULE_CHECK_SECONDS,
    mailSendLeaseMs: env.MAIL_SEND_LEASE_SECONDS * 1000,
  };
}
