import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { publicSchema } from '../../src/graphql/schema.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../support/app.js';
import { testEngine } from '../support/database.js';
import { recordsScenario } from './support.js';

const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

type Deals = { propertyTransactionRecords: { nodes: { projectCode: string }[] } };
const deals = (where: string) =>
  `{ propertyTransactionRecords(where: ${where}, orderBy: [{ projectCode: ASC }]) { nodes { projectCode } } }`;

describe(`who may read, filter and order which records (${testEngine})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const run = <T = Record<string, unknown>>(
    query: string,
    who?: string,
    variables?: Record<string, unknown>,
  ) => t.gql<T>(query, variables, who ? tokens[who] : undefined);
  const codes = async (where: string, who?: string) => {
    const result = await run<Deals>(deals(where), who);
    expect(result.errors).toBeUndefined();
    return result.data?.propertyTransactionRecords.nodes.map((n) => n.projectCode);
  };
  const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'ent-d', 'muni-reviewer', 'jd-reviewer']) tokens[u] = await t.tokenFor(u);
    await recordsScenario(t.db);
  });
  afterAll(() => t.dispose());

  test('the public schema cannot name a regulator-only field, to select, filter, order or group', async () => {
    expect(printSchema(publicSchema)).not.toContain('buyerIdNumber');
    // Refused before it runs: the public schema has no such field (the sign-in hint says it exists for
    // signed-in users, as for every internal field).
    for (const query of [
      '{ propertyTransactionRecords { nodes { buyerIdNumber } } }',
      deals('{ buyerIdNumber: { eq: "91310106MA1G5T0L4X" } }'),
      '{ propertyTransactionRecords(orderBy: [{ buyerIdNumber: ASC }]) { nodes { id } } }',
    ]) {
      const result = await run(query);
      expect(codeOf(result)).toMatch(/^(GRAPHQL_VALIDATION_FAILED|UNAUTHENTICATED)$/);
      expect(result.data ?? null).toBeNull();
    }
  });

  test('a withheld or regulator-only value cannot be probed with a filter by those who read the public form', async () => {
    const byBuyer = '{ buyerName: { contains: "某某投资" } }';
    expect(await codes(byBuyer, 'jd-reviewer')).toEqual(['G32018SH1000124']);
    // The municipal commission reads the district's record in its public form: no buyer name there.
    expect(await codes(byBuyer, 'muni-reviewer')).toEqual([
      'G32018SH1000121',
      'G32018SH1000122',
      'G32018SH1000123',
    ]);
    // Anonymous callers cannot name the buyer at all (it is masked row by row in public).
    expect(codeOf(await run(deals(byBuyer)))).toMatch(/^(GRAPHQL_VALIDATION_FAILED|UNAUTHENTICATED)$/);
    const byId = '{ buyerIdNumber: { eq: "91310106MA1G5T0L4X" } }';
    expect(await codes(byId, 'jd-reviewer')).toEqual(['G32018SH1000124']);
    expect(await codes(byId, 'muni-reviewer')).toEqual([
      'G32018SH1000121',
      'G32018SH1000122',
      'G32018SH1000123',
    ]);
  });

  test('another jurisdiction’s enterprise and a stranger’s records are simply not there', async () => {
    expect(await codes('{ enterprise: { uscc: { eq: "913100001322000126" } } }', 'jd-reviewer')).toEqual([]);
    expect(await codes('{}', 'ent-d')).toEqual(['G32018SH1000124']);
    const groups = await run<{ executivePayAggregate: { key: { enterprise: string } }[] }>(
      '{ executivePayAggregate(groupBy: [ENTERPRISE]) { key } }',
      'ent-a',
    );
    expect(groups.data?.executivePayAggregate.map((g) => g.key.enterprise)).toEqual([
      '上海示范城建集团有限公司',
    ]);
  });

  test('grouped by the region of the supervising commission', async () => {
    const result = await run<{ executivePayAggregate: { key: { region: string }; count: number }[] }>(
      '{ executivePayAggregate(groupBy: [REGION]) { key count } }',
      'muni-reviewer',
    );
    expect(result.data?.executivePayAggregate).toEqual([
      { key: { region: '310000' }, count: 4 },
      { key: { region: '310114' }, count: 2 },
    ]);
  });

  test('keyset pages walk every record once, in order; a cursor of another order is refused', async () => {
    const page = `query($after: String) { executivePayRecords(first: 2, after: $after,
      orderBy: [{ totalPreTax: DESC }, { name: ASC }]) { nodes { name totalPreTax } pageInfo { hasNextPage endCursor } } }`;
    type Page = {
      executivePayRecords: {
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const names: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const result: GraphQLResponse<Page> = await run<Page>(page, 'muni-reviewer', { after });
      names.push(...(result.data?.executivePayRecords.nodes.map((n) => n.name) ?? []));
      if (!result.data?.executivePayRecords.pageInfo.hasNextPage) break;
      after = result.data.executivePayRecords.pageInfo.endCursor;
    }
    expect(names).toEqual(['丁高', '乙高', '甲旧', '甲高', '丁低', '甲低']);
    const other = await run(
      'query($after: String) { executivePayRecords(after: $after, orderBy: [{ name: ASC }]) { nodes { name } } }',
      'muni-reviewer',
      { after },
    );
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
  });

  test('one statement per page, a second only when totalCount is selected (no N+1)', async () => {
    const statements: string[] = [];
    const query = t.db.sql.query.bind(t.db.sql);
    t.db.sql.query = ((text: string, params?: unknown[]) => {
      if (text.includes('rows_executive_pay')) statements.push(text);
      return query(text, params);
    }) as typeof t.db.sql.query;
    try {
      const all =
        '{ executivePayRecords(first: 100) { nodes { id name totalPreTax enterprise { name } submission { receiptCode } } } }';
      const result = await run<{ executivePayRecords: { nodes: unknown[] } }>(all, 'muni-reviewer');
      expect(result.data?.executivePayRecords.nodes).toHaveLength(6);
      expect(statements).toHaveLength(1);
      await run('{ executivePayRecords { totalCount nodes { id } } }', 'muni-reviewer');
      expect(statements).toHaveLength(3);
    } finally {
      t.db.sql.query = query;
    }
  });

  test('cost limits: page size, number of conditions, and the complexity of what is asked', async () => {
    expect(codeOf(await run('{ executivePayRecords(first: 501) { nodes { id } } }'))).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 41 }, (_, i) => `{ fiscalYear: { ne: ${1900 + i} } }`).join(', ');
    const wide = await run(
      `{ executivePayRecords(where: { and: [${many}] }) { nodes { id } } }`,
      'muni-reviewer',
    );
    expect(codeOf(wide)).toBe('BAD_USER_INPUT');
    const fields =
      'id name position fiscalYear baseSalary performanceSalary totalPreTax remarks tenureStart tenureEnd enterpriseCode';
    const heavy = await run(`{ executivePayRecords(first: 500) { nodes { ${fields} } } }`, 'muni-reviewer');
    expect(heavy.errors?.[0]?.message).toMatch(/complexity/i);
    const light = await run('{ executivePayRecords(first: 500) { nodes { id name } } }', 'muni-reviewer');
    expect(light.errors).toBeUndefined();
  });
});
