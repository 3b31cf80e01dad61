import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actorByUsername } from '../../src/demo/actors.js';
import { subscribe } from '../../src/events/subscription.service.js';
import { remind } from '../../src/notifications/remind.service.js';
import { type Receiver, startReceiver } from '../delivery/receiver.js';
import { waitFor } from '../delivery/support.js';
import { errorOf } from '../oversight/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { submissionInState } from '../support/scenario.js';

let t: TestApp;
const tokens: Record<string, string> = {};
const secrets: Record<string, string> = {};
const receivers: Record<string, Receiver> = {};
const subscriptionIds: Record<string, string> = {};
const ALL = [
  'uploaded',
  'submitted',
  'returned',
  'approved',
  'published',
  'corrected',
  'withdrawn',
  'reminded',
];

const SUBSCRIBE = `mutation($url: String!) { subscribeEvents(url: $url, description: "测试系统") { id url owner secret } }`;
const typesOf = (r: Receiver) =>
  [...new Set([...r.effects.values()].map((b) => String(b.type).split('.')[1]))].sort();
const enterprisesOf = (r: Receiver) =>
  new Set([...r.effects.values()].map((b) => (b.data as { enterprise: { uscc: string } }).enterprise.uscc));

beforeAll(async () => {
  t = await createTestApp({
    env: {
      OVERSIGHT_JOBS: 'on',
      EVENTS_ALLOW_PRIVATE_URLS: 'true',
      DELIVERY_POLL_SECONDS: '0.5',
      DELIVERY_BACKOFF_BASE_MS: '20',
      DELIVERY_BACKOFF_MAX_MS: '200',
      REMINDER_SCAN_CRON: '0 0 1 1 *',
    },
  });
  await t.app.oversight!.ready;
  for (const [who, user] of [
    ['a', 'ent-a'],
    ['d', 'ent-d'],
    ['muni', 'muni-approver'],
  ] as const) {
    const seen = new Set<string>();
    // Every event's first attempt fails (503): delivery retries with the same webhook-id.
    receivers[who] = await startReceiver(
      () => secrets[who] ?? '',
      (r) => {
        if (seen.has(r.webhookId)) return { answer: 204 };
        seen.add(r.webhookId);
        return { answer: 503 };
      },
    );
    tokens[user] = await t.tokenFor(user);
    const result = await t.gql<{ subscribeEvents: { id: string; secret: string; owner: string } }>(
      SUBSCRIBE,
      { url: receivers[who]!.url },
      tokens[user],
    );
    expect(result.errors).toBeUndefined();
    secrets[who] = result.data!.subscribeEvents.secret;
    subscriptionIds[who] = result.data!.subscribeEvents.id;
    expect(secrets[who]).toMatch(/^whsec_/);
  }
  for (const u of ['muni-reviewer', 'jd-approver']) tokens[u] = await t.tokenFor(u);
}, 90_000);
afterAll(async () => {
  await t?.app.close();
  await t?.dispose();
  for (const r of Object.values(receivers)) await r.close();
});

describe('registration', () => {
  test.each([
    'http://127.0.0.1:9/x',
    'http://10.1.2.3/hook',
    'http://192.168.0.8/',
    'http://[::1]/',
    'http://localhost/',
    'http://169.254.169.254/latest',
    'ftp://example.com/hook',
    'https://user:pw@example.com/',
    'not a url',
  ])('%s is refused unless configuration allows private addresses, nothing written', async (url) => {
    const before = await t.db.prisma.eventSubscription.count();
    const actor = await actorByUsername(t.db, 'ent-a');
    const error = await subscribe(t.db, actor, { url }, { allowPrivateUrls: false }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      localized: { zh: expect.any(String), en: expect.any(String) },
    });
    expect(await t.db.prisma.eventSubscription.count()).toBe(before);
  });

  test('reviewers cannot subscribe; the secret is shown once; a stranger cannot read or remove it', async () => {
    expect(
      errorOf(await t.gql(SUBSCRIBE, { url: 'https://example.com/' }, tokens['muni-reviewer'])).code,
    ).toBe('FORBIDDEN');
    const list = await t.gql<{ eventSubscriptions: { id: string; secret: string | null }[] }>(
      '{ eventSubscriptions { id secret } }',
      {},
      tokens['ent-a'],
    );
    expect(list.data!.eventSubscriptions).toEqual([{ id: subscriptionIds.a, secret: null }]);
    const q = 'query($id: ID!) { subscriptionEvents(subscriptionId: $id) { id } }';
    expect(errorOf(await t.gql(q, { id: subscriptionIds.a }, tokens['ent-d'])).code).toBe('NOT_FOUND');
    const remove = 'mutation($id: ID!) { unsubscribeEvents(id: $id) }';
    expect(errorOf(await t.gql(remove, { id: subscriptionIds.a }, tokens['jd-approver'])).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe('signed events for every status change, to those who may see them', () => {
  test('each change reaches its enterprise and its commission signed and exactly once; strangers get nothing', async () => {
    await submissionInState(t.db, 'a', 'WITHDRAWN'); // uploaded, submitted, approved, published, withdrawn
    await submissionInState(t.db, 'a', 'SUPERSEDED'); // … corrected
    await submissionInState(t.db, 'a', 'RETURNED');
    const approver = await actorByUsername(t.db, 'muni-approver');
    const reviewer = await actorByUsername(t.db, 'muni-reviewer');
    const { rows } = await t.db.sql.query<{ id: string }>(
      `INSERT INTO obligation (regulator_id, dataset, kind, period, due_date) VALUES ($1, 'EXECUTIVE_PAY', 'PERIODIC', '2030', '2031-09-30') RETURNING id`,
      [approver.regulatorId],
    );
    const enterpriseA = (await actorByUsername(t.db, 'ent-a')).enterpriseId!;
    expect(
      await remind(t.db, reviewer, { obligationId: rows[0]!.id, enterpriseIds: [enterpriseA] }),
    ).toHaveLength(1);
    await submissionInState(t.db, 'd', 'PUBLISHED');

    const expected = async (who: string) =>
      (
        await t.db.sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM subscription_event WHERE subscription_id = $1',
          [subscriptionIds[who]],
        )
      ).rows[0]!.n;
    await waitFor(
      'every event delivered',
      async () =>
        (await t.db.sql.query(`SELECT 1 FROM subscription_event WHERE status <> 'delivered'`)).rows.length ===
        0,
      60_000,
    );

    for (const who of ['a', 'muni', 'd']) {
      const r = receivers[who]!;
      expect(r.requests.every((q) => q.signatureValid)).toBe(true);
      expect(r.duplicates).toEqual([]);
      expect(r.effects.size).toBe(await expected(who));
      // Each webhook-id was asked twice (503, then 204): retried with the same id and body.
      for (const id of r.effects.keys()) expect(r.requests.filter((q) => q.webhookId === id)).toHaveLength(2);
    }
    expect(typesOf(receivers.a!)).toEqual([...ALL].sort());
    expect(typesOf(receivers.muni!)).toEqual([...ALL].sort());
    expect(enterprisesOf(receivers.a!)).toEqual(new Set(['913100001322000126']));
    expect(enterprisesOf(receivers.muni!)).toEqual(new Set(['913100001322000126']));
    // Enterprise d's own system hears only of d's submissions.
    expect(enterprisesOf(receivers.d!)).toEqual(new Set(['913101141324000140']));
    expect(typesOf(receivers.d!)).toEqual(['approved', 'published', 'submitted', 'uploaded']);
  }, 120_000);

  test('the owner sees the delivery state of each event', async () => {
    const result = await t.gql<{
      subscriptionEvents: {
        event: string;
        status: string;
        attempts: number;
        lastStatus: number;
        body: string;
      }[];
    }>(
      'query($id: ID!) { subscriptionEvents(subscriptionId: $id, first: 100) { event status attempts lastStatus body } }',
      { id: subscriptionIds.a },
      tokens['ent-a'],
    );
    const events = result.data!.subscriptionEvents;
    expect(events.length).toBe(receivers.a!.effects.size);
    for (const e of events) expect(e).toMatchObject({ status: 'DELIVERED', attempts: 2, lastStatus: 204 });
    expect(JSON.parse(events.find((e) => e.event === 'reminded')!.body)).toMatchObject({
      type: 'obligation.reminded',
      data: { dataset: 'EXECUTIVE_PAY', period: '2030', dueDate: '2031-09-30', trigger: 'MANUAL' },
    });
  });

  test('after unsubscribing, no more events are written for it', async () => {
    const removed = await t.gql<{ unsubscribeEvents: boolean }>(
      'mutation($id: ID!) { unsubscribeEvents(id: $id) }',
      { id: subscriptionIds.d },
      tokens['ent-d'],
    );
    expect(removed.data!.unsubscribeEvents).toBe(true);
    const before = receivers.d!.requests.length;
    await submissionInState(t.db, 'd', 'PENDING_REVIEW');
    const { rows } = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM subscription_event WHERE subscription_id = $1 AND status = 'pending'`,
      [subscriptionIds.d],
    );
    expect(rows[0]!.n).toBe(0);
    expect(receivers.d!.requests.length).toBe(before);
  }, 60_000);
});
