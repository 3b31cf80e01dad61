import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Receiver, startReceiver } from '../delivery/receiver.js';
import { SECRET, testEnv, waitFor } from '../delivery/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  downloads,
  fileThrough,
  listen,
  propertyCsv,
  RESIDENT_ID,
  SECRET_PARTS,
  signIn,
  type Tokens,
} from './support.js';

// Three natural-person buyers: 张三丰's resident ID is regulator-only and his name masked by
// default (张**); the second buyer's name the reviewer withholds; the third's the reviewer publishes
// on its row, and withholds that row's deal price. A mobile number in 备注 is masked by default.
// None of the secrets may reach the web page or the trading platform.
const PERSON_PROJECT = '虹口商铺资产转让';
const WITHHELD_PROJECT = '长宁区商铺资产转让';
const WITHHELD_NAME = '欧阳秘密';
const DECIDED_PROJECT = '静安写字楼资产转让';
const PUBLISHED_NAME = '王公开';
const MOBILE = '13912345678';
const NEVER_PUBLIC = [...SECRET_PARTS, WITHHELD_NAME, '张三丰', MOBILE];

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
    await decideRowByRow(t, tokens);
    for (const r of await t.db.prisma.publishedRecord.findMany({ orderBy: { rowNumber: 'asc' } }))
      recordIds.push(r.id);
    expect(recordIds).toHaveLength(6);
    base = await listen(t);
  });
  afterAll(async () => {
    await t.app.delivery?.stop();
    await t.dispose();
    await receiver.close();
  });

  test('the regulator side holds every value (the test can fail)', async () => {
    const { rows } = await t.db.sql.query<{ buyer_name: string }>(
      'SELECT buyer_name FROM rows_property_transactions WHERE buyer_id_number = $1 ORDER BY buyer_name',
      [RESIDENT_ID],
    );
    expect(rows.map((r) => r.buyer_name)).toEqual([WITHHELD_NAME, '张三丰', PUBLISHED_NAME].sort());
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
    `/datasets/property-transactions?q=${encodeURIComponent('资产转让')}&status=current`,
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
    // The person's name shows masked (张**); the one the reviewer published shows in full.
    expect(pages.filter((p) => p.includes('张**'))).toHaveLength(2);
    expect(pages.filter((p) => p.includes(PUBLISHED_NAME))).toHaveLength(2);
    expect(pages.filter((p) => p.includes('139****5678'))).toHaveLength(2);
    expect(pages.filter((p) => p.includes(WITHHELD_PROJECT))).toHaveLength(4);
    for (const page of pages) expect(leaksIn(page)).toEqual([]);
  });

  test.each([RESIDENT_ID, '19491231', WITHHELD_NAME, '张三丰', MOBILE])(
    'searching the web page for %s finds no record',
    async (q) => {
      const page = await get(`/datasets/property-transactions?q=${encodeURIComponent(q)}`);
      expect(page).not.toContain(PERSON_PROJECT);
      expect(page).not.toContain(WITHHELD_PROJECT);
    },
  );

  test.each(['csv', 'json', 'xlsx'])('the %s download follows the same redaction', async (format) => {
    const body = (await downloads(base, 'property-transactions'))[format]!;
    expect(body).toContain('张**');
    expect(body).toContain(PUBLISHED_NAME);
    expect(body).toContain('139****5678');
    expect(leaksIn(body)).toEqual([]);
  });

  test('the bodies the trading platform receives carry the records but no secret', async () => {
    await waitFor('six deliveries', async () => receiver.effects.size === 6);
    const bodies = receiver.requests.map((r) => r.raw);
    expect(bodies.some((b) => b.includes('张**'))).toBe(true);
    expect(bodies.some((b) => b.includes('139****5678'))).toBe(true);
    const decidedDeal = bodies
      .map((b) => JSON.parse(b) as { values: Record<string, unknown> })
      .filter((b) => b.values.projectName === DECIDED_PROJECT && b.values.disclosureStage === 'RESULT');
    expect(decidedDeal.length).toBeGreaterThan(0);
    for (const b of decidedDeal) {
      expect(b.values.buyerName).toBe(PUBLISHED_NAME);
      expect(b.values).not.toHaveProperty('dealPrice');
    }
    expect(bodies.filter((b) => b.includes(WITHHELD_PROJECT))).toHaveLength(2);
    for (const body of bodies) expect(leaksIn(body)).toEqual([]);
    expect(receiver.requests.every((r) => r.signatureValid)).toBe(true);
  });
});

/**
 * The third submission: 备注 with a mobile number on the formal row (masked by default); on the deal
 * row the reviewer publishes the buyer's name and withholds the deal price. The preview the
 * reviewer sees before approving is exactly what is published.
 */
async function decideRowByRow(t: TestApp, tokens: Tokens) {
  const csv = propertyCsv({
    code: 'G32018SH1000403',
    name: DECIDED_PROJECT,
    buyer: 'person',
    buyerName: PUBLISHED_NAME,
    remarks: `联系人李先生${MOBILE}`,
  });
  const id = await fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', csv, { until: 'VALIDATED' });
  // The mobile number in 备注 is a plausibility warning the filer acknowledges (it is kept, masked).
  const warned = await t.db.prisma.submissionIssue.findMany({ where: { submissionId: id } });
  expect(warned.map((i) => [i.code, i.rowNumber, i.field])).toEqual([
    ['personal-data-in-text', 2, 'remarks'],
  ]);
  const submitted = await t.gql(
    'mutation($id: ID!) { submitSubmission(id: $id, acknowledgeWarnings: [1]) { status } }',
    { id },
    tokens['ent-a'],
  );
  expect(submitted.errors).toBeUndefined();
  const decide = (row: number, field: string, decision: string) =>
    t.gql(
      'mutation($id: ID!, $row: Int!, $field: String!, $d: RedactionChoice!) { setRedaction(submissionId: $id, row: $row, field: $field, decision: $d) { redactions { row field decision } } }',
      { id, row, field, d: decision },
      tokens['muni-reviewer'],
    );
  expect((await decide(3, 'buyerName', 'PUBLISH')).errors).toBeUndefined();
  const last = await decide(3, 'dealPrice', 'WITHHOLD');
  expect(last.data).toEqual({
    setRedaction: {
      redactions: [
        { row: 3, field: 'buyerName', decision: 'PUBLISH' },
        { row: 3, field: 'dealPrice', decision: 'WITHHOLD' },
      ],
    },
  });
  const preview = await t.gql<{
    submission: { publicPreview: { row: number; values: Record<string, unknown> }[] };
  }>(
    'query($id: ID!) { submission(id: $id) { publicPreview { row values } } }',
    { id },
    tokens['muni-reviewer'],
  );
  const rows = preview.data!.submission.publicPreview;
  expect(rows[0]?.values.remarks).toBe('联系人李先生139****5678');
  expect(rows[1]?.values.buyerName).toBe(PUBLISHED_NAME);
  expect(rows[1]?.values).not.toHaveProperty('dealPrice');
  for (const [call, who] of [
    ['reviewSubmission(id: $id, decision: APPROVE)', 'muni-reviewer'],
    ['publishSubmission(id: $id)', 'muni-approver'],
  ] as const) {
    const result = await t.gql(`mutation($id: ID!) { r: ${call} { status } }`, { id }, tokens[who]);
    expect(result.errors).toBeUndefined();
  }
  const published = await t.db.prisma.publishedRecord.findMany({
    where: { submissionId: id },
    orderBy: { rowNumber: 'asc' },
  });
  // Publication copied exactly what the preview showed.
  expect(published.map((r) => ({ row: r.rowNumber, values: r.values }))).toEqual(rows);
}
