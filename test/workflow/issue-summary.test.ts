import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ISSUE_LIMITS } from '../../schema/engine/index.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const SUMMARY = `query($id: ID!) { submission(id: $id) {
  errorCount warningCount issueSummary { code severity count stored } issues(first: 1) { totalCount }
} }`;

interface Summary {
  submission: {
    errorCount: number;
    warningCount: number;
    issueSummary: { code: string; severity: string; count: number; stored: number }[];
    issues: { totalCount: number };
  };
}

describe('stored issues are bounded; their totals are exact', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor('ent-a');
  });
  afterAll(() => t.dispose());

  test('3,000 rows with an over-long 职务 store 1,000 of them and count all 3,000', async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => ({ name: `员工${i}`, position: '董'.repeat(300) }));
    const uploaded = await upload(t, token, 'EXECUTIVE_PAY', {
      name: 'long.csv',
      content: executivePayCsv(ENTERPRISE_A, rows),
    });
    const id = uploaded.data?.uploadSubmission.id ?? '';
    expect(uploaded.data?.uploadSubmission).toMatchObject({ status: 'VALIDATION_FAILED', errorCount: 3_000 });
    const result = await t.gql<Summary>(SUMMARY, { id }, token);
    const s = result.data?.submission;
    expect(s?.issueSummary).toEqual([
      { code: 'max-length', severity: 'ERROR', count: 3_000, stored: ISSUE_LIMITS.perCode },
    ]);
    expect(s?.issues.totalCount).toBe(ISSUE_LIMITS.perCode);
    // A stranger to the submission gets NOT_FOUND, as for a missing one.
    const other = await t.gql(SUMMARY, { id }, await t.tokenFor('ent-b'));
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 60_000);

  test('too many warnings to list: the submission cannot be submitted', async () => {
    // A clean file whose counts then say 5,000 warnings went unlisted (as past ISSUE_LIMITS).
    const uploaded = await upload(t, token, 'EXECUTIVE_PAY', {
      name: 'ok.csv',
      content: executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }]),
    });
    const id = uploaded.data?.uploadSubmission.id ?? '';
    expect(uploaded.data?.uploadSubmission.status).toBe('VALIDATED');
    await t.owner.sql.query(
      `INSERT INTO submission_issue_count (submission_id, code, severity, count, stored) VALUES ($1, 'x', 'warning', 5000, 0)`,
      [id],
    );
    const submitted = await t.gql(
      'mutation($id: ID!) { submitSubmission(id: $id) { status } }',
      { id },
      token,
    );
    expect(submitted.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: { zh: expect.stringContaining('5000条未能逐条列出'), en: expect.stringContaining('5000') },
    });
  }, 60_000);
});
