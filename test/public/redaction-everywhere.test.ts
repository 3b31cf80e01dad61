import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Receiver, startReceiver } from '../delivery/receiver.js';
import { SECRET, testEnv, waitFor } from '../delivery/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { fileThrough, listen, propertyCsv, RESIDENT_ID, SECRET_PARTS, signIn } from './support.js';

// Two natural-person buyers: 张三丰's resident ID is regulator-only; the second buyer's name the
// reviewer withholds. Neither may reach the web page or the trading platform.
const PERSON_PROJECT = '虹口商铺资产转让';
const WITHHELD_PROJECT = '长宁区商铺资产转让';
const WITHHELD_NAME = '欧阳秘密';
const NEVER_PUBLIC = [...SECRET_PARTS, WITHHELD_NAME];

const leaksIn = (body: string) => NEVER_PUBLIC.filter((secret) => body.includes(secret));

describe('regulator-only and withheld values reach neither the web page nor the trading platform', () => {
  let t: TestApp;
  let receiver: Receiver;
  let base: string;
  const recordIds: string[] = [];

  beforeAll(async () => {
    receiver = await startReceiver(SECRET, () => ({ answer: 204 }));
    t = await createTestApp({ env: testEnv(receiver.url) });
    await t.app.delivery?.ready;
    const tokens = await signIn(t);
    const person = propertyCsv({ code: 'G32018SH1000401', name: PERSON_PROJECT, buyer: 'person' });
    await fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', person);
    const withheld = propertyCsv({
      code: 'G32018SH1000402',
      name: WITHHELD_PROJECT,
      buyer: 'person',
      buyerName: WITHHELD_NAME,
    });
    const id = await fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', withheld, { until: 'PENDING_REVIEW' });
    const approved = await t.gql(
      'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE, withheldFields: ["buyerName"]) { status } }',
      { id },
      tokens['muni-reviewer'],
    );
    expect(approved.data).toEqual({ reviewSubmission: { status: 'APPROVED' } });
    const published = await t.gql(
      'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
      { id },
      tokens['muni-approver'],
    );
    expect(published.data).toEqual({ publishSubmission: { status: 'PUBLISHED' } });
    for (const r of await t.db.prisma.publishedRecord.findMany({ orderBy: { rowNumber: 'asc' } }))
      recordIds.push(r.id);
    expect(recordIds).toHaveLength(4);
    base = await listen(t);
  });
  afterAll(async () => {
    await t.app.delivery?.stop();
    await t.dispose();
    await receiver.close();
  });

  test('the regulator side holds both values (the test can fail)', async () => {
    const { rows } = await t.db.sql.query<{ buyer_name: string }>(
      'SELECT buyer_name FROM rows_property_transactions WHERE buyer_id_number = $1 ORDER BY buyer_name',
      [RESIDENT_ID],
    );
    expect(rows.map((r) => r.buyer_name)).toEqual([WITHHELD_NAME, '张三丰'].sort());
  });

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(200);
    return response.text();
  };

  test.each([
    '/',
    '/?lang=en',
    '/datasets/property-transactions',
    '/datasets/property-transactions?lang=en',
    `/datasets/property-transactions?q=${encodeURIComponent('商铺')}`,
    `/datasets/property-transactions?q=${encodeURIComponent('张三丰')}&status=current`,
    '/datasets/property-transactions?transactionType=EQUITY_TRANSFER',
  ])('the web page %s holds no secret', async (path) => {
    const page = await get(path);
    if (path.startsWith('/datasets/')) expect(page).toContain(PERSON_PROJECT);
    expect(leaksIn(page)).toEqual([]);
  });

  test('every record page, in both languages, shows its record but no secret', async () => {
    const pages = await Promise.all(
      recordIds.flatMap((id) => [get(`/records/${id}`), get(`/records/${id}?lang=en`)]),
    );
    // The person's name is public (only the ID is regulator-only): the pages show buyer details.
    expect(pages.filter((p) => p.includes('张三丰'))).toHaveLength(2);
    expect(pages.filter((p) => p.includes(WITHHELD_PROJECT))).toHaveLength(4);
    for (const page of pages) expect(leaksIn(page)).toEqual([]);
  });

  test.each([RESIDENT_ID, '19491231', WITHHELD_NAME])(
    'searching the web page for %s finds no record',
    async (q) => {
      const page = await get(`/datasets/property-transactions?q=${encodeURIComponent(q)}`);
      expect(page).not.toContain(PERSON_PROJECT);
      expect(page).not.toContain(WITHHELD_PROJECT);
    },
  );

  test('the bodies the trading platform receives carry the records but no secret', async () => {
    await waitFor('four deliveries', async () => receiver.effects.size === 4);
    const bodies = receiver.requests.map((r) => r.raw);
    expect(bodies.some((b) => b.includes('张三丰'))).toBe(true);
    expect(bodies.filter((b) => b.includes(WITHHELD_PROJECT))).toHaveLength(2);
    for (const body of bodies) expect(leaksIn(body)).toEqual([]);
    expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
  });
});
