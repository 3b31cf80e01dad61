import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { anonymous, downloads, fileThrough, listen, propertyCsv, signIn, type Tokens } from './support.js';

// The buyer's name the reviewer withholds (区分处理), and one nobody withholds, for contrast.
const WITHHELD_NAME = '欧阳秘密';
const WITHHELD_PROJECT = '长宁区商铺资产转让';
const PUBLIC_BUYER = '上海某某投资管理有限公司';

const PREVIEW = `query($id: ID!, $withheld: [String!]) { submission(id: $id) {
  withholdableFields withheldFields
  rows { row values }
  publicPreview(withheldFields: $withheld) { row values } } }`;
type Row = { row: number; values: Record<string, unknown> };
interface Preview {
  submission: { withholdableFields: string[]; withheldFields: string[]; rows: Row[]; publicPreview: Row[] };
}

describe('a field the reviewer withholds at approval never reaches the public', () => {
  let t: TestApp;
  let tokens: Tokens;
  let base: string;
  let withheldId: string;
  const review = (id: string, withheld: string[]) =>
    t.gql<{ reviewSubmission: { status: string; withheldFields: string[] } }>(
      'mutation($id: ID!, $w: [String!]) { reviewSubmission(id: $id, decision: APPROVE, withheldFields: $w) { status withheldFields } }',
      { id, w: withheld },
      tokens['muni-reviewer'],
    );
  const preview = async (withheld?: string[]) => {
    const result = await t.gql<Preview>(PREVIEW, { id: withheldId, withheld }, tokens['muni-reviewer']);
    expect(result.errors).toBeUndefined();
    return result.data!.submission;
  };
  const dealRow = (rows: Row[]) => rows.find((r) => r.values.disclosureStage === 'RESULT')!;

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await signIn(t);
    withheldId = await fileThrough(
      t,
      tokens,
      'PROPERTY_TRANSACTIONS',
      propertyCsv({
        code: 'G32018SH1000501',
        name: WITHHELD_PROJECT,
        buyer: 'person',
        buyerName: WITHHELD_NAME,
      }),
      { until: 'PENDING_REVIEW' },
    );
    // Another submission, published with nothing withheld: its buyer's name must show (the test can fail).
    await fileThrough(
      t,
      tokens,
      'PROPERTY_TRANSACTIONS',
      propertyCsv({ code: 'G32018SH1000502', name: '徐汇厂房资产转让', buyer: 'company' }),
    );
    base = await listen(t);
  });
  afterAll(() => t.dispose());

  test('publicPreview(withheldFields:) drops the field the stored rows still hold', async () => {
    const before = await preview();
    expect(before.withholdableFields).toContain('buyerName');
    expect(dealRow(before.rows).values.buyerName).toBe(WITHHELD_NAME);
    // A natural person's name is masked by default; withholding the column removes even that.
    expect(dealRow(before.publicPreview).values.buyerName).toBe('欧***');
    const asked = await preview(['buyerName']);
    expect(dealRow(asked.publicPreview).values).not.toHaveProperty('buyerName');
    expect(dealRow(asked.publicPreview).values).toHaveProperty('projectName', WITHHELD_PROJECT);
    expect(JSON.stringify(asked.publicPreview)).not.toContain(WITHHELD_NAME);
  });

  test('only withholdable fields may be withheld', async () => {
    const refused = await review(withheldId, ['buyerName', 'projectName']);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('approval records the decision, and the preview then applies it by default', async () => {
    const approved = await review(withheldId, ['buyerName']);
    expect(approved.data).toEqual({
      reviewSubmission: { status: 'APPROVED', withheldFields: ['buyerName'] },
    });
    const after = await preview();
    expect(after.withheldFields).toEqual(['buyerName']);
    expect(JSON.stringify(after.publicPreview)).not.toContain(WITHHELD_NAME);
    const published = await t.gql(
      'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
      { id: withheldId },
      tokens['muni-approver'],
    );
    expect(published.data).toEqual({ publishSubmission: { status: 'PUBLISHED' } });
  });

  test('publishedRecords has the records without the field, and searching for the name finds nothing', async () => {
    const result = await anonymous<{ publishedRecords: { nodes: { values: Record<string, unknown> }[] } }>(
      t,
      '{ publishedRecords(dataset: PROPERTY_TRANSACTIONS, first: 50) { nodes { values } } }',
    );
    const nodes = result.data!.publishedRecords.nodes;
    const mine = nodes.filter((n) => n.values.projectName === WITHHELD_PROJECT);
    expect(mine).toHaveLength(2);
    for (const node of mine) expect(node.values).not.toHaveProperty('buyerName');
    expect(nodes.some((n) => n.values.buyerName === PUBLIC_BUYER)).toBe(true);
    expect(result.raw).not.toContain(WITHHELD_NAME);
    const search = await anonymous<{ publishedRecords: { totalCount: number } }>(
      t,
      `{ publishedRecords(dataset: PROPERTY_TRANSACTIONS, search: "${WITHHELD_NAME.slice(0, 3)}") { totalCount } }`,
    );
    expect(search.data?.publishedRecords.totalCount).toBe(0);
  });

  test.each(['csv', 'json', 'xlsx'])('the %s download holds the records but not the name', async (format) => {
    const body = (await downloads(base, 'property-transactions'))[format]!;
    expect(body).toContain(WITHHELD_PROJECT);
    expect(body).toContain(PUBLIC_BUYER);
    expect(body).not.toContain(WITHHELD_NAME);
  });

  test('the web page record view and the dataset table show the record but not the name', async () => {
    const records = await t.db.prisma.publishedRecord.findMany({ where: { submissionId: withheldId } });
    expect(records).toHaveLength(2);
    for (const record of records) {
      const page = await (await fetch(`${base}/records/${record.id}`)).text();
      expect(page).toContain(WITHHELD_PROJECT);
      expect(page).not.toContain(WITHHELD_NAME);
    }
    // The record page does show a buyer's name that nobody withheld.
    const other = await t.db.prisma.publishedRecord.findFirstOrThrow({
      where: { submissionId: { not: withheldId }, values: { path: ['buyerName'], equals: PUBLIC_BUYER } },
    });
    expect(await (await fetch(`${base}/records/${other.id}`)).text()).toContain(PUBLIC_BUYER);
    for (const query of ['', `?q=${encodeURIComponent(WITHHELD_PROJECT)}`, '?lang=en']) {
      const table = await (await fetch(`${base}/datasets/property-transactions${query}`)).text();
      expect(table).toContain(WITHHELD_PROJECT);
      expect(table).not.toContain(WITHHELD_NAME);
    }
    // Searching the table for the name (which the page echoes in its search box) finds no record.
    const search = await (
      await fetch(`${base}/datasets/property-transactions?q=${encodeURIComponent(WITHHELD_NAME)}`)
    ).text();
    expect(search).not.toContain(WITHHELD_PROJECT);
  });
});
