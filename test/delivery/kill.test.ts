import pino from 'pino';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type DeliveryWorker, startDeliveryWorker } from '../../src/delivery/worker.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { propertyTransactionsCsv, publishedSubmission, tokensFor } from './publish.js';
import { type Receiver, startReceiver } from './receiver.js';
import { countEvents, killable, SECRET, testSettings, waitFor } from './support.js';

let t: TestApp;
let receiver: Receiver;
let restarted: DeliveryWorker | undefined;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  // The first request is acted on but answered only after the worker is dead; later ones at once.
  receiver = await startReceiver(SECRET, (request) =>
    receiver.requests.indexOf(request) === 0 ? { hangMs: 3000 } : { answer: 200 },
  );
  t = await createTestApp(); // no platform configured: this test runs the workers itself
});
afterAll(async () => {
  await restarted?.stop();
  await t.dispose();
  await receiver.close();
});

test('killing the worker mid-delivery and restarting redelivers with the same webhook-id', async () => {
  const connection = killable(t.db.sql);
  const first = startDeliveryWorker(connection.client, testSettings(receiver.url), logger);
  await first.ready;
  await publishedSubmission(t, await tokensFor(t), propertyTransactionsCsv(1, 20));
  await waitFor('the first request', async () => receiver.requests.length === 1);

  // Dies with the request in flight: its job stays active and nothing it does reaches the database.
  connection.kill();
  void first.stop();
  expect(await countEvents(t.db, 'pending')).toBe(1);

  // A new worker: pg-boss expires the dead worker's job and retries it.
  restarted = startDeliveryWorker(t.db.sql, testSettings(receiver.url), logger);
  await waitFor('redelivery', async () => (await countEvents(t.db, 'delivered')) === 1, 30_000);

  const [event] = await t.db.prisma.deliveryEvent.findMany();
  expect(receiver.requests.length).toBeGreaterThanOrEqual(2);
  expect(new Set(receiver.requests.map((r) => r.webhookId))).toEqual(new Set([event!.id]));
  expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
  // The platform acted once (on the first request) and recognised the redelivery by its id.
  expect(receiver.effects.size).toBe(1);
  expect(receiver.duplicates.length).toBeGreaterThanOrEqual(1);
}, 60_000);
