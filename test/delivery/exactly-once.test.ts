import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { propertyTransactionsCsv, publishedSubmission, tokensFor } from './publish.js';
import { type Behaviour, type Receiver, startReceiver } from './receiver.js';
import { countEvents, SECRET, testEnv, waitFor } from './support.js';

// A seeded generator (mulberry32), so a failing run can be replayed.
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

// A third of all requests fail: 503, 429, a dropped connection, or an answer after the timeout.
const FAILURES: Behaviour[] = [{ answer: 503 }, { answer: 429 }, 'drop', { hangMs: 2000 }];

let t: TestApp;
let receiver: Receiver;
const random = seeded(20241105);

beforeAll(async () => {
  receiver = await startReceiver(SECRET, () =>
    random() < 1 / 3 ? (FAILURES[Math.floor(random() * FAILURES.length)] ?? 'drop') : { answer: 200 },
  );
  t = await createTestApp({ env: testEnv(receiver.url) });
  await t.app.delivery?.ready;
});
afterAll(async () => {
  await t.app.delivery?.stop();
  await t.dispose();
  await receiver.close();
});

test('with a receiver failing a third of the time, 1,000 published records arrive exactly once each', async () => {
  const tokens = await tokensFor(t);
  const submissionId = await publishedSubmission(t, tokens, propertyTransactionsCsv(1000));
  // Correctness, not speed: on a loaded 2-core machine (a CI run beside other work) 50 s once ran out.
  await waitFor('1,000 deliveries', async () => (await countEvents(t.db, 'delivered')) === 1000, 150_000);

  const events = await t.db.prisma.deliveryEvent.findMany();
  const records = await t.db.prisma.publishedRecord.findMany({ where: { submissionId } });
  expect(events).toHaveLength(1000);
  expect(new Set(events.map((e) => e.recordId))).toEqual(new Set(records.map((r) => r.id)));
  // Exactly one effect per record event, each carrying its own record.
  expect([...receiver.effects.keys()].sort()).toEqual(events.map((e) => e.id).sort());
  for (const event of events) expect(receiver.effects.get(event.id)?.id).toBe(event.recordId);
  expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
  // The network really did fail, and every request was counted as an attempt: once a late
  // duplicate still on the wire (a job pg-boss re-sent under load) has been answered too.
  expect(receiver.requests.length).toBeGreaterThan(1300);
  const attempts = async () =>
    (await t.db.prisma.deliveryEvent.aggregate({ _sum: { attempts: true } }))._sum.attempts ?? 0;
  await waitFor('every request counted', async () => (await attempts()) === receiver.requests.length, 20_000);
  expect(await attempts()).toBe(receiver.requests.length);
  expect(events.filter((e) => e.lastStatus === 200)).toHaveLength(1000);
}, 200_000);
