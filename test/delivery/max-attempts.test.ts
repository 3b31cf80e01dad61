import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { propertyTransactionsCsv, publishedSubmission, tokensFor } from './publish.js';
import { type Receiver, startReceiver } from './receiver.js';
import { SECRET, testEnv, waitFor } from './support.js';

const MAX_ATTEMPTS = 3;

const RECORD = `query($r: ID!) { recordDelivery(recordId: $r) { id status attempts lastStatus lastError } }`;
const SUMMARY = 'query($s: ID!) { submissionDelivery(submissionId: $s) { pending delivered failed } }';
const RETRY = 'mutation($e: ID!) { retryDelivery(eventId: $e) { id status } }';
interface Event {
  id: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
}

describe('a platform that keeps answering 503', () => {
  let t: TestApp;
  let receiver: Receiver;
  let tokens: Record<string, string>;
  let down = true;
  let submissionId: string;
  let recordId: string;

  const eventOf = async (who = 'muni-reviewer') => {
    const result = await t.gql<{ recordDelivery: Event[] }>(RECORD, { r: recordId }, tokens[who]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordDelivery).toHaveLength(1);
    return result.data!.recordDelivery[0]!;
  };
  const stored = async () =>
    t.db.prisma.deliveryEvent.findFirstOrThrow({
      where: { recordId },
      select: { status: true, attempts: true },
    });
  const requestsFor = (eventId: string) => receiver.requests.filter((r) => r.webhookId === eventId).length;

  beforeAll(async () => {
    receiver = await startReceiver(SECRET, () => ({ answer: down ? 503 : 204 }));
    t = await createTestApp({
      env: testEnv(receiver.url, {
        DELIVERY_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        DELIVERY_BACKOFF_BASE_MS: '10',
        DELIVERY_BACKOFF_MAX_MS: '40',
      }),
    });
    await t.app.delivery?.ready;
    tokens = await tokensFor(t);
    submissionId = await publishedSubmission(t, tokens, propertyTransactionsCsv(1, 21));
    recordId = (await t.db.prisma.publishedRecord.findFirstOrThrow({ where: { submissionId } })).id;
  });
  afterAll(async () => {
    await t.app.delivery?.stop();
    await t.dispose();
    await receiver.close();
  });

  test(`ends FAILED after ${MAX_ATTEMPTS} attempts, visible to regulators, and is not tried again`, async () => {
    await waitFor('the event to fail', async () => (await stored()).status === 'failed');
    const event = await eventOf();
    expect(event).toMatchObject({
      status: 'FAILED',
      attempts: MAX_ATTEMPTS,
      lastStatus: 503,
      lastError: 'HTTP 503: answer 503',
    });
    expect(requestsFor(event.id)).toBe(MAX_ATTEMPTS);
    expect(receiver.effects.size).toBe(0);
    const summary = await t.gql(SUMMARY, { s: submissionId }, tokens['muni-approver']);
    expect(summary.data).toEqual({ submissionDelivery: { pending: 0, delivered: 0, failed: 1 } });
    // A dead letter stays dead: nothing more is sent on its own.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(requestsFor(event.id)).toBe(MAX_ATTEMPTS);
    expect(await stored()).toEqual({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  test('a retry while the platform is still down gets a fresh budget, and fails again', async () => {
    const { id } = await eventOf();
    const retried = await t.gql(RETRY, { e: id }, tokens['muni-approver']);
    expect(retried.data).toEqual({ retryDelivery: { id, status: 'PENDING' } });
    await waitFor(
      'the retried event to fail again',
      async () => (await stored()).attempts === 2 * MAX_ATTEMPTS,
    );
    await waitFor('the failed status', async () => (await stored()).status === 'failed');
    expect(requestsFor(id)).toBe(2 * MAX_ATTEMPTS);
  });

  test('once the platform recovers, retryDelivery delivers it once, with the same webhook-id', async () => {
    const { id } = await eventOf();
    down = false;
    const retried = await t.gql(RETRY, { e: id }, tokens['muni-approver']);
    expect(retried.data).toEqual({ retryDelivery: { id, status: 'PENDING' } });
    await waitFor('the delivery', async () => (await stored()).status === 'delivered');
    expect(await eventOf('muni-approver')).toMatchObject({
      id,
      status: 'DELIVERED',
      attempts: 2 * MAX_ATTEMPTS + 1,
      lastStatus: 204,
      lastError: null,
    });
    expect([...receiver.effects.keys()]).toEqual([id]);
    expect(receiver.duplicates).toEqual([]);
    expect(receiver.requests.every((r) => r.webhookId === id && r.signatureValid)).toBe(true);
    const summary = await t.gql(SUMMARY, { s: submissionId }, tokens['muni-reviewer']);
    expect(summary.data).toEqual({ submissionDelivery: { pending: 0, delivered: 1, failed: 0 } });
  });
});
