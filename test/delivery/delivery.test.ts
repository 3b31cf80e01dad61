import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  approvedSubmission,
  propertyTransactionsCsv,
  publish,
  publishedSubmission,
  tokensFor,
} from './publish.js';
import { type Behaviour, type ReceivedRequest, type Receiver, startReceiver } from './receiver.js';
import { countEvents, SECRET, testEnv, waitFor } from './support.js';

const STATUS = `query($id: ID!) { submissionDelivery(submissionId: $id) {
  pending delivered failed events { id recordId event status attempts lastStatus lastError lastResponse lastAttemptAt deliveredAt } } }`;

interface Status {
  submissionDelivery: {
    pending: number;
    delivered: number;
    failed: number;
    events: {
      id: string;
      recordId: string;
      status: string;
      attempts: number;
      lastStatus: number | null;
      lastError: string | null;
      lastResponse: string | null;
    }[];
  };
}

describe('delivery to the trading platform', () => {
  let t: TestApp;
  let receiver: Receiver;
  let tokens: Record<string, string>;
  // Project codes (by tag) the platform refuses until told otherwise.
  const refused = new Set<string>();
  // Project codes (by tag) the platform answers in its own way.
  const answers = new Map<string, (request: ReceivedRequest) => Behaviour | undefined>();
  beforeAll(async () => {
    receiver = await startReceiver(SECRET, (request) => {
      const tag = (request.body.values as { projectCode?: string }).projectCode?.slice(2, 6) ?? '';
      const special = answers.get(tag)?.(request);
      if (special) return special;
      return refused.has(tag) ? { answer: 400 } : { answer: 204 };
    });
    t = await createTestApp({ env: testEnv(receiver.url) });
    await t.app.delivery?.ready;
    tokens = await tokensFor(t);
  });
  afterAll(async () => {
    await t.app.delivery?.stop();
    await t.dispose();
    await receiver.close();
  });

  test('a 400 stops retrying and shows as failed; an approver’s retry delivers it with the same id', async () => {
    refused.add('2031');
    const id = await publishedSubmission(t, tokens, propertyTransactionsCsv(2, 13));
    await waitFor('two failed events', async () => (await countEvents(t.db, 'failed')) === 2);
    const failed = await t.gql<Status>(STATUS, { id }, tokens['muni-reviewer']);
    expect(failed.data?.submissionDelivery).toMatchObject({ pending: 0, delivered: 0, failed: 2 });
    const event = failed.data!.submissionDelivery.events[0]!;
    expect(event).toMatchObject({
      status: 'FAILED',
      attempts: 1,
      lastStatus: 400,
      lastError: 'HTTP 400: answer 400',
    });

    // Another commission's approver cannot tell it exists; a filer is refused by role.
    expect((await t.gql(STATUS, { id }, tokens['jd-approver'])).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(STATUS, { id }, tokens['ent-a'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const retry = 'mutation($e: ID!) { retryDelivery(eventId: $e) { id status } }';
    expect((await t.gql(retry, { e: event.id }, tokens['jd-approver'])).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(retry, { e: event.id }, tokens['muni-reviewer'])).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    refused.delete('2031');
    const retried = await t.gql(retry, { e: event.id }, tokens['muni-approver']);
    expect(retried.data).toEqual({ retryDelivery: { id: event.id, status: 'PENDING' } });
    await waitFor('the retried event', async () => receiver.effects.has(event.id));
    const after = await t.gql<Status>(STATUS, { id }, tokens['muni-approver']);
    expect(after.data?.submissionDelivery).toMatchObject({ delivered: 1, failed: 1 });
    expect(after.data?.submissionDelivery.events.find((e) => e.id === event.id)).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      lastStatus: 204,
      lastError: null,
    });
    const again = await t.gql(retry, { e: event.id }, tokens['muni-approver']);
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    const audit = await t.db.prisma.auditLog.findMany({ where: { action: 'retry-delivery' } });
    expect(audit).toEqual([expect.objectContaining({ actorUsername: 'muni-approver', submissionId: id })]);
    expect(receiver.requests.filter((r) => r.webhookId === event.id)).toHaveLength(2);
  });

  test('the body is the public form plus the event, signed per Standard Webhooks', async () => {
    const id = await publishedSubmission(t, tokens, propertyTransactionsCsv(1, 14));
    const record = await t.db.prisma.publishedRecord.findFirstOrThrow({ where: { submissionId: id } });
    const [event] = await t.db.prisma.deliveryEvent.findMany({ where: { recordId: record.id } });
    await waitFor('delivery', async () => receiver.effects.has(event!.id));
    expect(receiver.effects.get(event!.id)).toEqual({
      event: 'published',
      id: record.id,
      dataset: 'PROPERTY_TRANSACTIONS',
      enterpriseName: '上海示范城建集团有限公司',
      publishedAt: record.publishedAt.toISOString(),
      supersededBy: null,
      values: record.values,
    });
    expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
  });

  test('a correction links both ways: new records name what they correct, replaced ones their successor', async () => {
    const originalId = await publishedSubmission(t, tokens, propertyTransactionsCsv(2, 16));
    // The correction keeps the first project (amended), drops the second and adds a third.
    const [header, kept, , added] = propertyTransactionsCsv(3, 16).split('\n');
    const csv = `${[header, `${kept}更正`, added].join('\n')}\n`;
    const correctionId = await publishedSubmission(t, tokens, csv, { corrects: originalId });
    const records = async (submissionId: string) =>
      t.db.prisma.publishedRecord.findMany({ where: { submissionId }, orderBy: { rowNumber: 'asc' } });
    const [oldKept, oldDropped] = await records(originalId);
    const [newKept, newAdded] = await records(correctionId);
    const events = await t.db.prisma.deliveryEvent.findMany({
      where: { recordId: { in: [oldKept!.id, oldDropped!.id, newKept!.id, newAdded!.id] } },
    });
    const eventOf = (recordId: string, event: string) =>
      events.find((e) => e.recordId === recordId && e.event === event)!.id;
    const ids = {
      oldKept: eventOf(oldKept!.id, 'superseded'),
      oldDropped: eventOf(oldDropped!.id, 'superseded'),
      newKept: eventOf(newKept!.id, 'corrected'),
      newAdded: eventOf(newAdded!.id, 'corrected'),
    };
    await waitFor('the correction’s four events', async () =>
      Object.values(ids).every((id) => receiver.effects.has(id)),
    );
    const body = (id: string) => receiver.effects.get(id);
    const supersededAt = newKept!.publishedAt.toISOString();
    expect(body(ids.newKept)).toMatchObject({
      event: 'corrected',
      id: newKept!.id,
      corrects: oldKept!.id,
      supersededBy: null,
    });
    expect(body(ids.newAdded)).toMatchObject({ event: 'corrected', id: newAdded!.id, corrects: null });
    expect(body(ids.oldKept)).toMatchObject({
      event: 'corrected',
      id: oldKept!.id,
      supersededBy: newKept!.id,
      supersededAt,
      values: oldKept!.values,
    });
    expect(body(ids.oldDropped)).toMatchObject({
      event: 'corrected',
      id: oldDropped!.id,
      supersededBy: null,
      supersededAt,
    });
    // Each record event has its own webhook-id; the original publication's stay as they were.
    expect(new Set(Object.values(ids)).size).toBe(4);
    const published = events.filter((e) => e.event === 'published').map((e) => e.recordId);
    expect(published.sort()).toEqual([oldKept!.id, oldDropped!.id].sort());
  });

  test('a record another commission may not see answers recordDelivery exactly as a missing one', async () => {
    const id = await publishedSubmission(t, tokens, propertyTransactionsCsv(1, 17));
    const record = await t.db.prisma.publishedRecord.findFirstOrThrow({ where: { submissionId: id } });
    const query = 'query($id: ID!) { recordDelivery(recordId: $id) { event } }';
    const seen = await t.gql<{ recordDelivery: { event: string }[] }>(
      query,
      { id: record.id },
      tokens['muni-reviewer'],
    );
    expect(seen.data?.recordDelivery).toEqual([{ event: 'published' }]);
    const hidden = await t.gql(query, { id: record.id }, tokens['jd-reviewer']);
    const missing = await t.gql(query, { id: '00000000-0000-4000-8000-000000000000' }, tokens['jd-reviewer']);
    const malformed = await t.gql(query, { id: 'not-an-id' }, tokens['jd-reviewer']);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const other of [missing, malformed]) {
      expect(other.errors?.[0]?.message).toBe(hidden.errors?.[0]?.message);
      expect(other.errors?.[0]?.extensions).toEqual(hidden.errors?.[0]?.extensions);
    }
  });

  test('regulators list the failed deliveries of their own jurisdiction, page by page', async () => {
    refused.add('2036');
    const id = await publishedSubmission(t, tokens, propertyTransactionsCsv(3, 18));
    const ours = async () =>
      t.db.sql.query<{ id: string; status: string }>(
        `SELECT e.id, e.status FROM delivery_event e JOIN published_record r ON r.id = e.record_id
         WHERE r.submission_id = $1`,
        [id],
      );
    await waitFor('three failed events', async () => (await ours()).rows.every((e) => e.status === 'failed'));
    const query = `query($first: Int, $after: String) { deliveryFailures(first: $first, after: $after) {
      totalCount nodes { submissionId enterpriseName delivery { id status lastStatus lastResponse } }
      pageInfo { hasNextPage endCursor } } }`;
    type Failures = {
      deliveryFailures: {
        totalCount: number;
        nodes: { submissionId: string; enterpriseName: string; delivery: Record<string, unknown> }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const all = await t.gql<Failures>(query, { first: 100 }, tokens['muni-reviewer']);
    const listed = all.data!.deliveryFailures;
    for (const event of (await ours()).rows) {
      expect(listed.nodes.find((n) => n.delivery.id === event.id)).toEqual({
        submissionId: id,
        enterpriseName: '上海示范城建集团有限公司',
        delivery: { id: event.id, status: 'FAILED', lastStatus: 400, lastResponse: 'answer 400' },
      });
    }
    expect(listed.totalCount).toBe(listed.nodes.length);
    // One at a time, the pages hold the same failures in the same order.
    const paged: unknown[] = [];
    let after: string | null = null;
    do {
      const page: { data?: Failures | null } = await t.gql<Failures>(
        query,
        { first: 1, after },
        tokens['muni-approver'],
      );
      paged.push(...page.data!.deliveryFailures.nodes.map((n) => n.delivery.id));
      after = page.data!.deliveryFailures.pageInfo.hasNextPage
        ? page.data!.deliveryFailures.pageInfo.endCursor
        : null;
    } while (after);
    expect(paged).toEqual(listed.nodes.map((n) => n.delivery.id));
    // Another commission sees none of them; a filer and the public are refused.
    const other = await t.gql<Failures>(query, { first: 100 }, tokens['jd-reviewer']);
    expect(other.data?.deliveryFailures).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await t.gql(query, {}, tokens['ent-a'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(query, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await t.gql(query, { after: 'eHh4' }, tokens['muni-reviewer'])).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  test('a 503 with Retry-After waits that long; the answer body of the delivery is kept', async () => {
    answers.set('2037', (request) =>
      receiver.requests.some((r) => r.webhookId === request.webhookId && r !== request)
        ? { answer: 200 }
        : { answer: 503, headers: { 'retry-after': '2' } },
    );
    const id = await publishedSubmission(t, tokens, propertyTransactionsCsv(1, 19));
    const record = await t.db.prisma.publishedRecord.findFirstOrThrow({ where: { submissionId: id } });
    const event = await t.db.prisma.deliveryEvent.findFirstOrThrow({ where: { recordId: record.id } });
    await waitFor('the delivery after Retry-After', async () => receiver.effects.has(event.id));
    const [first, second] = receiver.requests.filter((r) => r.webhookId === event.id);
    // The test settings' backoff is at most 200 ms: only Retry-After explains the wait.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1900);
    const status = await t.gql<Status>(STATUS, { id }, tokens['muni-reviewer']);
    expect(status.data?.submissionDelivery.events[0]).toMatchObject({
      status: 'DELIVERED',
      attempts: 2,
      lastStatus: 200,
      lastResponse: 'answer 200',
    });
  });

  test('publishing rolled back writes no job and no delivery event', async () => {
    const id = await approvedSubmission(t, tokens, propertyTransactionsCsv(3, 15));
    const jobs = async () =>
      (
        await t.db.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'trading-platform-delivery'`,
        )
      ).rows[0]?.n;
    const jobsBefore = await jobs();
    const eventsBefore = await countEvents(t.db);
    // The audit entry is written after the events and jobs, in the same transaction: make it fail.
    await t.owner.sql.exec(`
      CREATE FUNCTION refuse_publish() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN IF NEW.action = 'publish' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_publish BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_publish();`);
    const failed = await publish(t, tokens['muni-approver'], id);
    expect(failed.errors).toBeDefined();
    expect(await countEvents(t.db)).toBe(eventsBefore);
    expect(await jobs()).toBe(jobsBefore);
    expect(await t.db.prisma.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'APPROVED',
    });

    await t.owner.sql.exec('DROP TRIGGER refuse_publish ON audit_log; DROP FUNCTION refuse_publish();');
    expect((await publish(t, tokens['muni-approver'], id)).errors).toBeUndefined();
    expect(await countEvents(t.db)).toBe(eventsBefore + 3);
    expect(await jobs()).toBeGreaterThanOrEqual((jobsBefore ?? 0) + 3);
  });
});
