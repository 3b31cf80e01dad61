import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { anonymous, fileThrough, propertyCsv, signIn, type Tokens } from './support.js';

interface Node {
  id: string;
  enterpriseName: string;
  status: string;
  supersededBy: string | null;
  withdrawalReason: string | null;
  values: Record<string, unknown>;
}
interface Records {
  publishedRecords: {
    totalCount: number;
    nodes: Node[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const RECORDS = `query($search: String, $first: Int, $after: String, $filter: PublishedRecordFilter) {
  publishedRecords(dataset: PROPERTY_TRANSACTIONS, search: $search, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id enterpriseName status supersededBy withdrawalReason values }
  } }`;

describe('public GraphQL: published records', () => {
  let t: TestApp;
  let tokens: Tokens;
  const ids: Record<string, string> = {};
  const list = (variables: Record<string, unknown>) => anonymous<Records>(t, RECORDS, variables);
  const names = async (variables: Record<string, unknown>) =>
    (await list(variables)).data?.publishedRecords.nodes.map((n) => n.values.projectName);

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await signIn(t);
    const publish = (code: string, name: string, options = {}) =>
      fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', propertyCsv({ code, name }), options);
    ids.dock = await publish('G32018SH1000201', '浦东码头仓储有限公司60%股权转让');
    ids.hotel = await publish('G32018SH1000202', '静安宾馆管理有限公司100%股权转让');
    ids.bridge = await publish('G32018SH1000203', '黄浦桥梁养护有限公司20%股权转让');
    ids.pending = await publish('G32018SH1000204', '未审核的秘密项目', { until: 'PENDING_REVIEW' });
    ids.approved = await publish('G32018SH1000205', '已批准未发布项目', { until: 'APPROVED' });
  });
  afterAll(() => t.dispose());

  test('anonymous callers read published records, values by DOMAIN.md key', async () => {
    const result = await list({ search: '码头' });
    expect(result.errors).toBeUndefined();
    const [node] = result.data!.publishedRecords.nodes;
    expect(node).toMatchObject({
      enterpriseName: '上海示范城建集团有限公司',
      status: 'CURRENT',
      supersededBy: null,
    });
    expect(node!.values).toMatchObject({
      projectCode: 'G32018SH1000201',
      transactionType: 'EQUITY_TRANSFER',
      appraisedValue: '5000',
      listingStartDate: '2018-06-29',
    });
    expect(node!.values).not.toHaveProperty('buyerIdNumber');
  });

  test.each([
    ['码头', ['浦东码头仓储有限公司60%股权转让']],
    ['宾馆管理', ['静安宾馆管理有限公司100%股权转让']],
    ['g32018sh1000203', ['黄浦桥梁养护有限公司20%股权转让']],
    ['60%', ['浦东码头仓储有限公司60%股权转让']],
    ['有限公司_', []],
    ['秘密', []],
  ])('search %s finds exactly the matching records', async (search, expected) => {
    expect(await names({ search })).toEqual(expected);
  });

  test('pages follow each other without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const result = await list({ first: 1, after });
      const { nodes, pageInfo, totalCount } = result.data!.publishedRecords;
      expect(totalCount).toBe(3);
      seen.push(...nodes.map((n) => n.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    expect(await names({ first: 10 })).toEqual([
      '黄浦桥梁养护有限公司20%股权转让',
      '静安宾馆管理有限公司100%股权转让',
      '浦东码头仓储有限公司60%股权转让',
    ]);
  });

  test('pending and approved submissions are not public', async () => {
    const all = await list({ first: 100 });
    expect(all.raw).not.toContain('未审核的秘密项目');
    expect(all.raw).not.toContain('已批准未发布项目');
    expect(all.data!.publishedRecords.totalCount).toBe(3);
  });

  test('filters by enterprise, public field and status; a regulator-only field cannot be a filter', async () => {
    const byField = { fields: [{ field: 'projectCode', value: 'G32018SH1000202' }] };
    expect(await names({ filter: byField })).toEqual(['静安宾馆管理有限公司100%股权转让']);
    expect(await names({ filter: { enterpriseName: '公交' } })).toEqual([]);
    expect((await names({ filter: { enterpriseName: '示范城建', status: ['CURRENT'] } }))?.length).toBe(3);
    const secret = await list({ filter: { fields: [{ field: 'buyerIdNumber', value: 'x' }] } });
    expect(secret.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('a corrected record stays visible, SUPERSEDED, linked to its correction', async () => {
    const correction = await fileThrough(
      t,
      tokens,
      'PROPERTY_TRANSACTIONS',
      propertyCsv({ code: 'G32018SH1000201', name: '浦东码头仓储有限公司65%股权转让' }),
      { corrects: ids.dock },
    );
    expect(correction).toBeTruthy();
    const nodes = (await list({ search: '码头' })).data!.publishedRecords.nodes;
    const [fresh, old] = nodes;
    expect(fresh).toMatchObject({
      status: 'CURRENT',
      values: expect.objectContaining({ projectName: '浦东码头仓储有限公司65%股权转让' }),
    });
    expect(old).toMatchObject({ status: 'SUPERSEDED', supersededBy: fresh!.id });
    const one = await anonymous<{ publishedRecord: { status: string; supersededAt: string | null } }>(
      t,
      'query($id: ID!) { publishedRecord(id: $id) { status supersededAt } }',
      { id: old!.id },
    );
    expect(one.data?.publishedRecord).toMatchObject({
      status: 'SUPERSEDED',
      supersededAt: expect.any(String),
    });
  });

  test('a withdrawn record stays visible with its public reason', async () => {
    const result = await t.gql(
      'mutation($id: ID!) { withdrawSubmission(id: $id, reason: "项目终止，撤回公告") { status } }',
      { id: ids.hotel },
      tokens['muni-approver'],
    );
    expect(result.errors).toBeUndefined();
    const [node] = (await list({ search: '宾馆' })).data!.publishedRecords.nodes;
    expect(node).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: '项目终止，撤回公告' });
    expect(await names({ filter: { status: ['WITHDRAWN'] } })).toEqual(['静安宾馆管理有限公司100%股权转让']);
  });

  test('the catalogue counts records and knows the last publication', async () => {
    const result = await anonymous<{
      datasetCatalogue: {
        slug: string;
        recordCount: number;
        lastPublishedAt: string | null;
        fields: { key: string }[];
      }[];
    }>(t, '{ datasetCatalogue { slug recordCount lastPublishedAt fields { key } downloads { csv } } }');
    const property = result.data!.datasetCatalogue.find((e) => e.slug === 'property-transactions');
    expect(property).toMatchObject({ recordCount: 4, lastPublishedAt: expect.any(String) });
    expect(property!.fields.map((f) => f.key)).not.toContain('buyerIdNumber');
    expect(result.data!.datasetCatalogue.find((e) => e.slug === 'service-info')).toMatchObject({
      recordCount: 0,
      lastPublishedAt: null,
    });
  });

  test('an unknown or malformed id is simply not found', async () => {
    const result = await anonymous(
      t,
      '{ a: publishedRecord(id: "nope") { id } b: publishedRecord(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(result.data).toEqual({ a: null, b: null });
  });
});
