import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { testEngine } from '../support/database.js';
import { recordsScenario } from './support.js';

const Q1 = `query($unpublished: Boolean) {
  executivePayRecords(where: { fiscalYear: { eq: 2023 }, totalPreTax: { gt: "150" } },
                      orderBy: [{ totalPreTax: DESC }, { name: ASC }], includeUnpublished: $unpublished) {
    totalCount nodes { name fiscalYear totalPreTax enterprise { name uscc } }
  } }`;
const Q1_PUBLIC = Q1.replace(', includeUnpublished: $unpublished', '').replace('($unpublished: Boolean)', '');

const Q2 = `{ executivePayAggregate(groupBy: [ENTERPRISE, FISCAL_YEAR]) {
  key count sum { totalPreTax } avg { totalPreTax } min { totalPreTax } max { totalPreTax } } }`;

const Q3 = (fields: string) => `{ propertyTransactionRecords(where: {
    dealPrice: { gt: "10000" }, compare: [{ field: DEAL_PRICE, op: LT, otherField: LISTING_PRICE }] },
    orderBy: [{ projectCode: ASC }]) { nodes { projectCode listingPrice dealPrice ${fields} } } }`;

interface Pay {
  name: string;
  fiscalYear: number;
  totalPreTax: string;
  enterprise: { name: string };
}

describe(`regulators' three questions through GraphQL (${testEngine})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ask = async <T>(query: string, who?: string, variables?: Record<string, unknown>) => {
    const result = await t.gql<T>(query, variables, who ? tokens[who] : undefined);
    expect(
      result.errors,
      JSON.stringify(result.errors) +
        t.logs
          .filter((l) => l.includes('graphql error'))
          .at(-1)
          ?.slice(0, 600),
    ).toBeUndefined();
    return result.data as T;
  };
  const payNames = async (who?: string, unpublished?: boolean) => {
    const data = await ask<{ executivePayRecords: { totalCount: number; nodes: Pay[] } }>(
      who ? Q1 : Q1_PUBLIC,
      who,
      who ? { unpublished } : undefined,
    );
    for (const n of data.executivePayRecords.nodes) expect(Number(n.totalPreTax)).toBeGreaterThan(150);
    expect(data.executivePayRecords.totalCount).toBe(data.executivePayRecords.nodes.length);
    return data.executivePayRecords.nodes.map((n) => n.name).sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'ent-b', 'muni-reviewer', 'jd-reviewer']) tokens[u] = await t.tokenFor(u);
    await recordsScenario(t.db);
  });
  afterAll(() => t.dispose());

  test('1. executives paid over 150万元 in 2023, each caller within its own reach', async () => {
    expect(await payNames('muni-reviewer')).toEqual(['丁高', '乙高', '甲高']);
    // Records in review: the commission's own enterprises only, never a district's.
    expect(await payNames('muni-reviewer', true)).toEqual(['丁高', '乙高', '甲待审', '甲高']);
    expect(await payNames('jd-reviewer')).toEqual(['丁高']);
    expect(await payNames('jd-reviewer', true)).toEqual(['丁待审', '丁高']);
    expect(await payNames('ent-a')).toEqual(['甲高']);
    expect(await payNames('ent-b', true)).toEqual(['乙高']);
    expect(await payNames()).toEqual(['丁高', '乙高', '甲高']);
  });

  test('1. ordered by pay, then name; exact decimals as strings', async () => {
    const data = await ask<{ executivePayRecords: { nodes: Pay[] } }>(Q1, 'muni-reviewer', {});
    expect(data.executivePayRecords.nodes.map((n) => [n.name, n.totalPreTax, n.fiscalYear])).toEqual([
      ['丁高', '188', 2023],
      ['乙高', '188', 2023],
      ['甲高', '188', 2023],
    ]);
  });

  test('2. total and average pay by enterprise and year', async () => {
    type Groups = {
      executivePayAggregate: {
        key: Record<string, unknown>;
        count: number;
        sum: { totalPreTax: string };
        avg: { totalPreTax: string };
        min: { totalPreTax: string };
        max: { totalPreTax: string };
      }[];
    };
    const summary = (data: Groups) =>
      data.executivePayAggregate.map((g) => [
        g.key.enterprise,
        g.key.fiscalYear,
        g.count,
        g.sum.totalPreTax,
        g.avg.totalPreTax,
        g.min.totalPreTax,
        g.max.totalPreTax,
      ]);
    expect(summary(await ask<Groups>(Q2, 'jd-reviewer'))).toEqual([
      ['上海嘉定示范水务有限公司', 2023, 2, '316', '158.0000', '128', '188'],
    ]);
    expect(summary(await ask<Groups>(Q2, 'muni-reviewer'))).toEqual([
      ['上海嘉定示范水务有限公司', 2023, 2, '316', '158.0000', '128', '188'],
      ['上海示范公交集团有限公司', 2023, 1, '188', '188.0000', '188', '188'],
      ['上海示范城建集团有限公司', 2022, 1, '188', '188.0000', '188', '188'],
      ['上海示范城建集团有限公司', 2023, 2, '316', '158.0000', '128', '188'],
    ]);
    expect(summary(await ask<Groups>(Q2, 'ent-b'))).toEqual([
      ['上海示范公交集团有限公司', 2023, 1, '188', '188.0000', '188', '188'],
    ]);
  });

  test('3. transfers above 1亿 whose deal price fell below the listing price', async () => {
    type Deals = { propertyTransactionRecords: { nodes: Record<string, string | null>[] } };
    const muni = await ask<Deals>(Q3('buyerName buyerIdNumber'), 'muni-reviewer');
    expect(muni.propertyTransactionRecords.nodes).toEqual([
      {
        projectCode: 'G32018SH1000121',
        listingPrice: '12000',
        dealPrice: '11000',
        buyerName: '上海某某投资管理有限公司',
        buyerIdNumber: '91310106MA1G5T0L4X',
      },
      // The district's record in its public form: the withheld buyer and the regulator-only ID are not there.
      {
        projectCode: 'G32018SH1000124',
        listingPrice: '20000',
        dealPrice: '15000',
        buyerName: null,
        buyerIdNumber: null,
      },
    ]);
    const jd = await ask<Deals>(Q3('buyerName buyerIdNumber'), 'jd-reviewer');
    expect(jd.propertyTransactionRecords.nodes).toEqual([
      {
        projectCode: 'G32018SH1000124',
        listingPrice: '20000',
        dealPrice: '15000',
        buyerName: '上海某某投资管理有限公司',
        buyerIdNumber: '91310106MA1G5T0L4X',
      },
    ]);
    // Anonymous callers get the deals; the buyer's name is masked row by row (a natural person's is
    // 李*), so the typed public records leave it out and publishedRecords gives its redacted form.
    const anonymous = await ask<Deals>(Q3(''));
    expect(anonymous.propertyTransactionRecords.nodes.map((n) => n.projectCode)).toEqual([
      'G32018SH1000121',
      'G32018SH1000124',
    ]);
  });
});
