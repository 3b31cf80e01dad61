import { Webhook } from 'standardwebhooks';
import type { DeliverySettings } from './settings.js';

/** What one attempt came to: delivered, worth retrying, or refused for good (dead letter). */
export interface AttemptResult {
  outcome: 'delivered' | 'retry' | 'dead';
  status: number | null;
  error: string | null;
  /** The platform's answer body, truncated: kept for regulators whatever the outcome. */
  response?: string | null;
  /** The platform's Retry-After on 429/503, in milliseconds. */
  retryAfterMs?: number | null;
}

/** How much of an answer body is kept. */
export const RESPONSE_LIMIT = 2048;

/**
 * The signer for TRADING_PLATFORM_SECRET. A `whsec_…` secret is the Standard Webhooks base64 form;
 * any other string is used as raw key bytes (its UTF-8), which is what the platform gave us.
 */
export function signerFor(secret: string): Webhook {
  return secret.startsWith('whsec_') ? new Webhook(secret) : new Webhook(secret, { format: 'raw' });
}

/** POSTs one signed event. Never throws: every failure is classified. */
export async function postEvent(
  settings: DeliverySettings,
  signer: Webhook,
  eventId: string,
  body: string,
): Promise<AttemptResult> {
  const timestamp = new Date();
  try {
    const response = await fetch(settings.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(settings.timeoutMs),
      headers: {
        'content-type': 'application/json',
        'webhook-id': eventId,
        'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
        'webhook-signature': signer.sign(eventId, timestamp, body),
      },
      body,
    });
    const answer = (await response.text().catch(() => '')).slice(0, RESPONSE_LIMIT);
    const retryAfterMs = [429, 503].includes(response.status)
      ? parseRetryAfter(response.headers.get('retry-after'))
      : null;
    return { ...classify(response.status, answer.slice(0, 500)), response: answer || null, retryAfterMs };
  } catch (error) {
    return { outcome: 'retry', status: null, error: describe(error, settings.timeoutMs) };
  }
}

/** 2xx ends delivery; 5xx, 429 and 408 (a timeout by another name) are retried; other answers stop. */
export function classify(status: number, answer: string): AttemptResult {
  if (status >= 200 && status < 300) return { outcome: 'delivered', status, error: null };
  const error = `HTTP ${status}${answer ? `: ${answer}` : ''}`;
  const retryable = status >= 500 || status === 429 || status === 408;
  return { outcome: retryable ? 'retry' : 'dead', status, error };
}

/** Retry-After as delay-seconds or an HTTP date, in milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timeout after ${timeoutMs} ms`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}
