import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { propertyCsv } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, ENTERPRISE_B, ENTERPRISE_D, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const RULE_VIOLATIONS = readFileSync(
  new URL('../fixtures/executive-pay/rule-violations.csv', import.meta.url),
  'utf8',
);

const LIST = `query($filter: SubmissionFilter, $first: Int, $after: String) {
  submissions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id }
  } }`;
interface List {
  submissions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string }[];
  };
}

const ISSUES = `query($id: ID!, $filter: IssueFilter, $first: Int, $after: String) { submission(id: $id) {
  issues(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { seq severity code field }
  } } }`;
interface Issue {
  seq: number;
  severity: 'ERROR' | 'WARNING';
  code: string;
  field: string | null;
}
interface Issues {
  submission: {
    issues: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Issue[];
    };
  };
}

/**
 * A known scenario: which submission is which, so each filter can be checked against the answer it
 * must give. a1/a2/a3/a4/aBad are enterprise a's, b1 enterprise b's (same commission), d1 enterprise
 * d's (another commission).
 */
type Name = 'a1' | 'a2' | 'a3' | 'a4' | 'aBad' | 'b1' | 'd1';

describe('regulator queries: submissions, counts, typed rows and issues', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids = {} as Record<Name, string>;
  const receipts = {} as Record<Name, string>;
  const nameOf = (id: string) => (Object.keys(ids) as Name[]).find((n) => ids[n] === id) ?? id;
  const enterpriseIds: Record<string, string> = {};

  async function uploadAs(name: Name, who: string, dataset: string, content: string, expected: string) {
    const result = await upload(t, tokens[who], dataset, { name: `${name}.csv`, content });
    const s = result.data?.uploadSubmission;
    expect(s?.status, JSON.stringify(result.errors)).toBe(expected);
    ids[name] = s!.id;
    receipts[name] = s!.receiptCode;
  }

  /** Every page of a list, following endCursor, as scenario names. */
  async function allPages(who: string, filter: Record<string, unknown>, first: number) {
    const seen: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const result: { data?: List | null; errors?: unknown } = await t.gql<List>(
        LIST,
        { filter, first, after },
        tokens[who],
      );
      expect(result.errors).toBeUndefined();
      const s = result.data!.submissions;
      expect(s.nodes.length).toBeLessThanOrEqual(first);
      totals.add(s.totalCount);
      seen.push(...s.nodes.map((n) => nameOf(n.id)));
      if (!s.pageInfo.hasNextPage) return { seen, totals: [...totals], pages: page + 1 };
      after = s.pageInfo.endCursor;
    }
    throw new Error('paging never ended');
  }

  const list = async (who: string, filter: Record<string, unknown>) => {
    const result = await t.gql<List>(LIST, { filter, first: 100 }, tokens[who]);
    expect(result.errors).toBeUndefined();
    return result.data!.submissions.nodes.map((n) => nameOf(n.id)).sort();
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'ent-b', 'ent-d', 'muni-reviewer', 'jd-reviewer'])
      tokens[u] = await t.tokenFor(u);
    const pay = (enterprise: typeof ENTERPRISE_A, year: number, names: string[]) =>
      executivePayCsv(
        enterprise,
        names.map((name) => ({ name, year })),
      );
    await uploadAs(
      'a1',
      'ent-a',
      'EXECUTIVE_PAY',
      pay(ENTERPRISE_A, 2022, ['张伟', '李娜', '王强']),
      'VALIDATED',
    );
    await uploadAs('a2', 'ent-a', 'EXECUTIVE_PAY', pay(ENTERPRISE_A, 2023, ['赵敏']), 'VALIDATED');
    const submitted = await t.gql(
      'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
      { id: ids.a2 },
      tokens['ent-a'],
    );
    expect(submitted.data).toEqual({ submitSubmission: { status: 'PENDING_REVIEW' } });
    await uploadAs(
      'a3',
      'ent-a',
      'PROPERTY_TRANSACTIONS',
      propertyCsv({ code: 'G32018SH1000777', name: '静安办公楼转让' }),
      'VALIDATED',
    );
    await uploadAs('a4', 'ent-a', 'EXECUTIVE_PAY', pay(ENTERPRISE_A, 2021, ['刘洋']), 'VALIDATED');
    await uploadAs('aBad', 'ent-a', 'EXECUTIVE_PAY', RULE_VIOLATIONS, 'VALIDATION_FAILED');
    await uploadAs('b1', 'ent-b', 'EXECUTIVE_PAY', pay(ENTERPRISE_B, 2023, ['陈静']), 'VALIDATED');
    await uploadAs('d1', 'ent-d', 'EXECUTIVE_PAY', pay(ENTERPRISE_D, 2023, ['孙丽']), 'VALIDATED');
    // Known upload times: a1, a2 and a3 in the same millisecond (ties must not break paging), a4 earlier.
    await t.db.sql.query(
      `UPDATE submission SET uploaded_at = '2024-03-01T00:00:00Z' WHERE id = ANY($1::uuid[])`,
      [[ids.a1, ids.a2, ids.a3]],
    );
    await t.db.sql.query(`UPDATE submission SET uploaded_at = '2024-01-15T08:00:00Z' WHERE id = $1`, [
      ids.a4,
    ]);
    for (const e of await t.db.prisma.enterprise.findMany()) enterpriseIds[e.uscc] = e.id;
  });
  afterAll(() => t.dispose());

  test('without a filter each regulator sees its own enterprises only', async () => {
    expect(await list('muni-reviewer', {})).toEqual(['a1', 'a2', 'a3', 'a4', 'aBad', 'b1']);
    expect(await list('jd-reviewer', {})).toEqual(['d1']);
    expect(await list('ent-b', {})).toEqual(['b1']);
  });

  test.each<[string, Record<string, unknown>, Name[]]>([
    ['dataset', { dataset: 'PROPERTY_TRANSACTIONS' }, ['a3']],
    ['one status', { status: ['PENDING_REVIEW'] }, ['a2']],
    ['several statuses', { status: ['VALIDATION_FAILED', 'PENDING_REVIEW'] }, ['a2', 'aBad']],
    [
      'uploaded in January 2024',
      { uploadedFrom: '2024-01-01T00:00:00Z', uploadedTo: '2024-02-01T00:00:00Z' },
      ['a4'],
    ],
    [
      'uploaded from March 2024 on',
      { uploadedFrom: '2024-03-01T00:00:00Z', uploadedTo: '2024-03-02T00:00:00Z' },
      ['a1', 'a2', 'a3'],
    ],
    ['period 2022', { period: '2022' }, ['a1']],
    ['period 2018 (a listing start date)', { period: '2018' }, ['a3']],
    ['dataset and period together', { dataset: 'EXECUTIVE_PAY', period: '2021' }, ['a4']],
  ])('filter by %s', async (_name, filter, expected) => {
    expect(await list('muni-reviewer', filter)).toEqual(expected);
  });

  test('filter by enterprise, and an enterprise outside the jurisdiction gives nothing', async () => {
    expect(await list('muni-reviewer', { enterpriseId: enterpriseIds[ENTERPRISE_B.uscc] })).toEqual(['b1']);
    expect(
      await list('muni-reviewer', {
        enterpriseId: enterpriseIds[ENTERPRISE_A.uscc],
        dataset: 'PROPERTY_TRANSACTIONS',
      }),
    ).toEqual(['a3']);
    expect(await list('muni-reviewer', { enterpriseId: enterpriseIds[ENTERPRISE_D.uscc] })).toEqual([]);
  });

  test('filter by receipt code, as an enterprise reads it out (lower case, spaces)', async () => {
    expect(await list('muni-reviewer', { receiptCode: ` ${receipts.b1.toLowerCase()} ` })).toEqual(['b1']);
    // Another commission's receipt code finds nothing, exactly like a wrong one.
    expect(await list('muni-reviewer', { receiptCode: receipts.d1 })).toEqual([]);
    expect(await list('jd-reviewer', { receiptCode: receipts.d1 })).toEqual(['d1']);
  });

  test.each([1, 2, 4])('paging %i at a time visits every submission once, newest first', async (first) => {
    const whole = await t.gql<List>(LIST, { first: 100 }, tokens['muni-reviewer']);
    const order = whole.data!.submissions.nodes.map((n) => nameOf(n.id));
    expect(order).toHaveLength(6);
    // a4 was uploaded first; the three tied ones come before it.
    expect(order.at(-1)).toBe('a4');
    const { seen, totals, pages } = await allPages('muni-reviewer', {}, first);
    expect(seen).toEqual(order);
    expect(new Set(seen).size).toBe(6);
    expect(totals).toEqual([6]);
    expect(pages).toBe(Math.ceil(6 / first));
  });

  test('paging a filtered list stays within the filter', async () => {
    const { seen, totals } = await allPages('muni-reviewer', { dataset: 'EXECUTIVE_PAY' }, 2);
    expect(seen.sort()).toEqual(['a1', 'a2', 'a4', 'aBad', 'b1']);
    expect(totals).toEqual([5]);
  });

  test('submissionCounts counts by status within the caller’s scope', async () => {
    const counts = async (who: string) => {
      const result = await t.gql<{ submissionCounts: { status: string; count: number }[] }>(
        '{ submissionCounts { status count } }',
        {},
        tokens[who],
      );
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(result.data!.submissionCounts.map((c) => [c.status, c.count]));
    };
    expect(await counts('muni-reviewer')).toEqual({ VALIDATED: 4, PENDING_REVIEW: 1, VALIDATION_FAILED: 1 });
    expect(await counts('jd-reviewer')).toEqual({ VALIDATED: 1 });
    expect(await counts('ent-b')).toEqual({ VALIDATED: 1 });
  });

  test('submission.rows gives the typed rows, paged by Excel row number', async () => {
    const ROWS = `query($id: ID!, $first: Int, $afterRow: Int) { submission(id: $id) {
      rows(first: $first, afterRow: $afterRow) { row values } } }`;
    type Rows = { submission: { rows: { row: number; values: Record<string, unknown> }[] } };
    const first = await t.gql<Rows>(ROWS, { id: ids.a1, first: 2 }, tokens['muni-reviewer']);
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.submission.rows;
    expect(page1.map((r) => r.row)).toEqual([2, 3]);
    expect(page1[0]!.values).toMatchObject({
      fiscalYear: 2022,
      enterpriseName: ENTERPRISE_A.name,
      enterpriseCode: ENTERPRISE_A.uscc,
      name: '张伟',
      position: '董事长',
    });
    // Money is an exact decimal (not a float, not the raw cell text).
    expect(Number(page1[0]!.values.totalPreTax)).toBe(188);
    const next = await t.gql<Rows>(ROWS, { id: ids.a1, first: 2, afterRow: 3 }, tokens['muni-reviewer']);
    expect(next.data!.submission.rows.map((r) => [r.row, r.values.name])).toEqual([[4, '王强']]);
    // Another commission cannot read them: the submission is not found.
    const stranger = await t.gql<Rows>(ROWS, { id: ids.a1 }, tokens['jd-reviewer']);
    expect(stranger.data?.submission ?? null).toBeNull();
  });

  describe('a submission’s issues', () => {
    let all: Issue[];
    beforeAll(async () => {
      const result = await t.gql<Issues>(ISSUES, { id: ids.aBad, first: 500 }, tokens['muni-reviewer']);
      expect(result.errors).toBeUndefined();
      all = result.data!.submission.issues.nodes;
    });

    test('the scenario has issues of both severities, several codes and several fields', () => {
      expect(new Set(all.map((i) => i.severity))).toEqual(new Set(['ERROR', 'WARNING']));
      expect(new Set(all.map((i) => i.code)).size).toBeGreaterThan(2);
      expect(new Set(all.map((i) => i.field)).size).toBeGreaterThan(2);
    });

    const filtered = async (filter: Record<string, unknown>) => {
      const result = await t.gql<Issues>(
        ISSUES,
        { id: ids.aBad, filter, first: 500 },
        tokens['muni-reviewer'],
      );
      expect(result.errors).toBeUndefined();
      return result.data!.submission.issues;
    };

    test.each<
      [
        string,
        (issues: Issue[]) => Record<string, unknown>,
        (f: Record<string, unknown>) => (i: Issue) => boolean,
      ]
    >([
      ['severity WARNING', () => ({ severity: 'WARNING' }), () => (i) => i.severity === 'WARNING'],
      ['severity ERROR', () => ({ severity: 'ERROR' }), () => (i) => i.severity === 'ERROR'],
      [
        'a field',
        (issues) => ({ field: issues.find((i) => i.field)!.field }),
        (f) => (i) => i.field === f.field,
      ],
      ['a code', (issues) => ({ code: issues.at(-1)!.code }), (f) => (i) => i.code === f.code],
    ])('filter by %s answers exactly the matching issues', async (_name, makeFilter, matches) => {
      const filter = makeFilter(all);
      const expected = all.filter(matches(filter));
      // The filter changes the answer: some issues match, some do not.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.length);
      const page = await filtered(filter);
      expect(page.nodes).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);
    });

    test('a field and a severity together narrow further', async () => {
      const field = all.find((i) => i.severity === 'WARNING')!.field;
      const page = await filtered({ field, severity: 'ERROR' });
      expect(page.nodes).toEqual(all.filter((i) => i.field === field && i.severity === 'ERROR'));
    });

    test('paging two at a time visits every issue once, in order', async () => {
      expect(all.length).toBeGreaterThan(2);
      const seen: Issue[] = [];
      let after: string | null = null;
      for (let page = 0; page < 100; page++) {
        const result: { data?: Issues | null } = await t.gql<Issues>(
          ISSUES,
          { id: ids.aBad, first: 2, after },
          tokens['muni-reviewer'],
        );
        const issues = result.data!.submission.issues;
        expect(issues.totalCount).toBe(all.length);
        seen.push(...issues.nodes);
        if (!issues.pageInfo.hasNextPage) break;
        after = issues.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    });

    test('paging a filtered list stays within the filter', async () => {
      const errors = all.filter((i) => i.severity === 'ERROR');
      const first = await t.gql<Issues>(
        ISSUES,
        { id: ids.aBad, filter: { severity: 'ERROR' }, first: 1 },
        tokens['muni-reviewer'],
      );
      const page1 = first.data!.submission.issues;
      expect(page1.nodes).toEqual(errors.slice(0, 1));
      const second = await t.gql<Issues>(
        ISSUES,
        { id: ids.aBad, filter: { severity: 'ERROR' }, first: 100, after: page1.pageInfo.endCursor },
        tokens['muni-reviewer'],
      );
      expect(second.data!.submission.issues.nodes).toEqual(errors.slice(1));
    });
  });
});
