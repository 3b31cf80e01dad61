import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, ENTERPRISE_B, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const SUBMISSION = `query($id: ID!) { submission(id: $id) {
  id status receiptCode rowCount errorCount warningCount
  issues(first: 50) { totalCount nodes { seq severity code row column field messageZh acknowledged } }
} }`;

describe('a submission from upload to publication', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'ent-b', 'muni-reviewer', 'muni-approver', 'jd-reviewer'])
      tokens[u] = await t.tokenFor(u);
  });
  afterAll(() => t.dispose());

  test('upload → submit → review → publish, every step audited', async () => {
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }, { name: '李娜', position: '总经理' }]);
    const uploaded = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', { name: '薪酬.csv', content: csv });
    expect(uploaded.errors).toBeUndefined();
    const s = uploaded.data!.uploadSubmission;
    expect(s).toMatchObject({ status: 'VALIDATED', rowCount: 2, errorCount: 0 });
    expect(s.receiptCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const submitted = await t.gql(
      'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
      { id: s.id },
      tokens['ent-a'],
    );
    expect(submitted.data).toEqual({ submitSubmission: { status: 'PENDING_REVIEW' } });

    const approved = await t.gql(
      'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }',
      { id: s.id },
      tokens['muni-reviewer'],
    );
    expect(approved.data).toEqual({ reviewSubmission: { status: 'APPROVED' } });

    const published = await t.gql(
      'mutation($id: ID!) { publishSubmission(id: $id) { status publishedAt } }',
      { id: s.id },
      tokens['muni-approver'],
    );
    expect(published.errors).toBeUndefined();
    expect(published.data).toMatchObject({ publishSubmission: { status: 'PUBLISHED' } });

    const records = await t.db.prisma.publishedRecord.findMany({
      where: { submissionId: s.id },
      orderBy: { rowNumber: 'asc' },
    });
    expect(records.map((r) => (r.values as Record<string, unknown>).name)).toEqual(['张伟', '李娜']);

    const actions = await t.db.prisma.auditLog.findMany({
      where: { submissionId: s.id },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => [a.action, a.actorUsername])).toEqual([
      ['upload', 'ent-a'],
      ['submit', 'ent-a'],
      ['approve', 'muni-reviewer'],
      ['publish', 'muni-approver'],
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  test('the same bytes twice give back the same submission', async () => {
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: '王强', year: 2022 }]);
    const first = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', { name: 'a.csv', content: csv });
    const second = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', { name: 'renamed.csv', content: csv });
    expect(second.data!.uploadSubmission.id).toBe(first.data!.uploadSubmission.id);
    expect(
      await t.db.prisma.submission.count({ where: { contentSha256: { not: '' }, filename: 'renamed.csv' } }),
    ).toBe(0);
  });

  test('rows naming another enterprise are errors located at the code cell', async () => {
    const csv = executivePayCsv(ENTERPRISE_B, [{ name: '刘洋' }]);
    const result = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', { name: 'b.csv', content: csv });
    const s = result.data!.uploadSubmission;
    expect(s).toMatchObject({ status: 'VALIDATION_FAILED', errorCount: 1 });
    const detail = await t.gql<{
      submission: { issues: { nodes: { code: string; row: number; column: string }[] } };
    }>(SUBMISSION, { id: s.id }, tokens['ent-a']);
    expect(detail.data?.submission.issues.nodes).toEqual([
      expect.objectContaining({
        code: 'enterprise-not-permitted',
        row: 2,
        column: 'C',
        field: 'enterpriseCode',
      }),
    ]);
    const submit = await t.gql(
      'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
      { id: s.id },
      tokens['ent-a'],
    );
    expect(submit.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  });

  test('a file that is not a spreadsheet is kept as a failed submission with a file-level issue', async () => {
    const result = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', {
      name: 'report.xlsx',
      content: '%PDF-1.7\n%âãÏÓ\n',
    });
    const s = result.data!.uploadSubmission;
    expect(s).toMatchObject({ status: 'VALIDATION_FAILED', rowCount: 0, errorCount: 1 });
    const detail = await t.gql<{ submission: { issues: { nodes: { code: string; row: number | null }[] } } }>(
      SUBMISSION,
      { id: s.id },
      tokens['ent-a'],
    );
    expect(detail.data?.submission.issues.nodes[0]).toMatchObject({ code: 'pdf-file', row: null });
  });

  test('a return needs a reason, and the enterprise resubmits a corrected file', async () => {
    const csv = executivePayCsv(ENTERPRISE_B, [{ name: '赵敏', year: 2021 }]);
    const s = (await upload(t, tokens['ent-b'], 'EXECUTIVE_PAY', { name: 'b.csv', content: csv })).data!
      .uploadSubmission;
    await t.gql('mutation($id: ID!) { submitSubmission(id: $id) { status } }', { id: s.id }, tokens['ent-b']);
    const bare = await t.gql(
      'mutation($id: ID!) { reviewSubmission(id: $id, decision: RETURN) { status } }',
      { id: s.id },
      tokens['muni-reviewer'],
    );
    expect(bare.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const returned = await t.gql(
      `mutation($id: ID!) { reviewSubmission(id: $id, decision: RETURN, notes: [{ reason: "职务填写不规范", row: 2, field: "position" }]) {
        status reviewNotes { reason row field } } }`,
      { id: s.id },
      tokens['muni-reviewer'],
    );
    expect(returned.data).toEqual({
      reviewSubmission: {
        status: 'RETURNED',
        reviewNotes: [{ reason: '职务填写不规范', row: 2, field: 'position' }],
      },
    });
    const fixed = executivePayCsv(ENTERPRISE_B, [{ name: '赵敏', year: 2021, position: '党委书记、董事长' }]);
    const again = (
      await upload(
        t,
        tokens['ent-b'],
        'EXECUTIVE_PAY',
        { name: 'b2.csv', content: fixed },
        { resubmits: s.id },
      )
    ).data!.uploadSubmission;
    await t.gql(
      'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
      { id: again.id },
      tokens['ent-b'],
    );
    const old = await t.gql<{ submission: { status: string } }>(SUBMISSION, { id: s.id }, tokens['ent-b']);
    expect(old.data?.submission.status).toBe('SUPERSEDED');
  });
});

describe('regulators filter submissions by period', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.dispose());

  test('a submission covers the years of its rows', async () => {
    const filer = await t.tokenFor('ent-a');
    const rows = [
      { name: '张伟', year: 2022 },
      { name: '张伟', year: 2023 },
    ];
    const s = (
      await upload(t, filer, 'EXECUTIVE_PAY', { name: 'y.csv', content: executivePayCsv(ENTERPRISE_A, rows) })
    ).data!.uploadSubmission;
    const reviewer = await t.tokenFor('muni-reviewer');
    const query =
      'query($p: String) { submissions(filter: { period: $p }) { totalCount nodes { id periods } } }';
    const hit = await t.gql<{
      submissions: { totalCount: number; nodes: { id: string; periods: string[] }[] };
    }>(query, { p: '2022' }, reviewer);
    expect(hit.data?.submissions.nodes).toEqual([{ id: s.id, periods: ['2022', '2023'] }]);
    const miss = await t.gql<{ submissions: { totalCount: number } }>(query, { p: '2021' }, reviewer);
    expect(miss.data?.submissions.totalCount).toBe(0);
  });
});
