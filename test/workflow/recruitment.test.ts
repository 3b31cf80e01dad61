// The fifth dataset end to end, through nothing but its definition: template, upload, review,
// publication, the public page, the public API and the downloads (both engines).
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fixtureDir } from '../fixtures/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { upload } from '../support/upload.js';

let t: TestApp;
let base = '';

beforeAll(async () => {
  t = await createTestApp();
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.app.close();
  await t.dispose();
});

test('a recruitment notice and its result go from upload to the public page and downloads', async () => {
  const content = readFileSync(new URL('valid.csv', fixtureDir('recruitment')));
  const filer = await t.tokenFor('ent-a');
  const uploaded = await upload(t, filer, 'RECRUITMENT', { name: '招聘信息.csv', content });
  const s = uploaded.data?.uploadSubmission;
  expect(s, JSON.stringify(uploaded.errors)).toMatchObject({
    status: 'VALIDATED',
    rowCount: 4,
    errorCount: 0,
  });
  const step = async (query: string, who: string) => {
    const result = await t.gql(query, { id: s?.id }, await t.tokenFor(who));
    expect(result.errors, query).toBeUndefined();
  };
  await step('mutation($id: ID!) { submitSubmission(id: $id) { status } }', 'ent-a');
  await step(
    'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }',
    'muni-reviewer',
  );
  await step('mutation($id: ID!) { publishSubmission(id: $id) { status } }', 'muni-approver');

  const published = await t.gql<{ publishedRecords: { nodes: { values: Record<string, unknown> }[] } }>(
    '{ publishedRecords(dataset: RECRUITMENT, first: 10) { nodes { values } } }',
  );
  const values = published.data?.publishedRecords.nodes.map((n) => n.values) ?? [];
  expect(values).toHaveLength(4);
  // A hired person's name is public (结果公示 exists to name them).
  expect(
    values
      .map((v) => v.hiredName)
      .filter(Boolean)
      .sort(),
  ).toEqual(['张伟', '李娜']);

  const page = await (await fetch(`${base}/datasets/recruitment`)).text();
  expect(page).toContain('上海示范城建集团2024年校园招聘公告');
  expect(page).toContain('招聘信息');
  const csv = await (await fetch(`${base}/api/datasets/recruitment.csv`)).text();
  expect(csv).toContain('拟聘人员');
  expect(csv).toContain('李娜');
  const template = await fetch(`${base}/api/datasets/recruitment.json`);
  expect(template.status).toBe(200);
});

test('the catalogue and the GraphQL enum name the fifth dataset', async () => {
  const result = await t.gql<{ datasetCatalogue: { slug: string }[] }>('{ datasetCatalogue { slug } }');
  expect(result.data?.datasetCatalogue.map((d) => d.slug)).toContain('recruitment');
  const home = await (await fetch(`${base}/`)).text();
  expect(home).toContain('招聘信息');
});
