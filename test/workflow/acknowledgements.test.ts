import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const ISSUES = `query($id: ID!) { submission(id: $id) { status warningCount
  issues(filter: { severity: WARNING }) { nodes { seq code row field acknowledged } } } }`;
const SUBMIT =
  'mutation($id: ID!, $ack: [Int!]) { submitSubmission(id: $id, acknowledgeWarnings: $ack) { status } }';

type Issues = {
  submission: {
    status: string;
    issues: { nodes: { seq: number; code: string; row: number; acknowledged: boolean }[] };
  };
};

describe('warnings must be acknowledged', () => {
  let t: TestApp;
  let token = '';
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor('ent-a');
  });
  afterAll(() => t.dispose());

  test('submit refuses unacknowledged warnings, accepts them acknowledged, and a corrected file keeps the acknowledgement', async () => {
    // 张伟's performance pay is three times the base: a warning (the cap is twice).
    const rows = [{ name: '张伟', base: '30', performance: '90' }, { name: '李娜' }];
    const first = (
      await upload(t, token, 'EXECUTIVE_PAY', {
        name: 'v1.csv',
        content: executivePayCsv(ENTERPRISE_A, rows),
      })
    ).data!.uploadSubmission;
    expect(first).toMatchObject({ status: 'VALIDATED', warningCount: 1 });
    const issues = (await t.gql<Issues>(ISSUES, { id: first.id }, token)).data!.submission.issues.nodes;
    expect(issues).toEqual([
      expect.objectContaining({ code: 'performance-salary-over-cap', row: 2, acknowledged: false }),
    ]);

    const refused = await t.gql<{ submitSubmission: unknown }>(SUBMIT, { id: first.id }, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      unacknowledgedWarnings: [issues[0]!.seq],
    });

    const ok = await t.gql(SUBMIT, { id: first.id, ack: [issues[0]!.seq] }, token);
    expect(ok.data).toEqual({ submitSubmission: { status: 'PENDING_REVIEW' } });
    const reviewer = await t.tokenFor('muni-reviewer');
    await t.gql(
      'mutation($id: ID!) { reviewSubmission(id: $id, decision: RETURN, reason: "李娜职务有误") { status } }',
      { id: first.id },
      reviewer,
    );

    // The corrected file changes 李娜's row only; 张伟's warning recurs on the same record.
    const fixed = [
      { name: '张伟', base: '30', performance: '90' },
      { name: '李娜', position: '总经理' },
    ];
    const second = (
      await upload(
        t,
        token,
        'EXECUTIVE_PAY',
        { name: 'v2.csv', content: executivePayCsv(ENTERPRISE_A, fixed) },
        { resubmits: first.id },
      )
    ).data!.uploadSubmission;
    const carried = (await t.gql<Issues>(ISSUES, { id: second.id }, token)).data!.submission.issues.nodes;
    expect(carried).toEqual([
      expect.objectContaining({ code: 'performance-salary-over-cap', acknowledged: true }),
    ]);
    expect((await t.gql(SUBMIT, { id: second.id }, token)).data).toEqual({
      submitSubmission: { status: 'PENDING_REVIEW' },
    });
  });

  test('a new warning on another record is not covered by an old acknowledgement', async () => {
    const rows = [{ name: '周杰', base: '30', performance: '90', year: 2020 }];
    const s = (
      await upload(t, token, 'EXECUTIVE_PAY', {
        name: 'v3.csv',
        content: executivePayCsv(ENTERPRISE_A, rows),
      })
    ).data!.uploadSubmission;
    const nodes = (await t.gql<Issues>(ISSUES, { id: s.id }, token)).data!.submission.issues.nodes;
    expect(nodes).toEqual([expect.objectContaining({ acknowledged: false })]);
  });
});

describe('approval with withheld fields', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.dispose());

  test('the reviewer previews exactly what will be public, and only withholdable fields can be withheld', async () => {
    const filer = await t.tokenFor('ent-a');
    const reviewer = await t.tokenFor('muni-reviewer');
    const s = (
      await upload(t, filer, 'EXECUTIVE_PAY', {
        name: 'p.csv',
        content: executivePayCsv(ENTERPRISE_A, [{ name: '孙丽' }]),
      })
    ).data!.uploadSubmission;
    await t.gql(SUBMIT, { id: s.id }, filer);
    const withholdable = await t.gql<{ submission: { withholdableFields: string[] } }>(
      'query($id: ID!) { submission(id: $id) { withholdableFields } }',
      { id: s.id },
      reviewer,
    );
    const refused = await t.gql(
      'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE, withheldFields: ["notAField"]) { status } }',
      { id: s.id },
      reviewer,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const preview = await t.gql<{ submission: { publicPreview: { values: Record<string, unknown> }[] } }>(
      'query($id: ID!) { submission(id: $id) { publicPreview { row values } } }',
      { id: s.id },
      reviewer,
    );
    expect(preview.data?.submission.publicPreview[0]?.values).toMatchObject({
      name: '孙丽',
      enterpriseCode: ENTERPRISE_A.uscc,
    });
    expect(withholdable.data?.submission.withholdableFields).toBeInstanceOf(Array);
  });
});
