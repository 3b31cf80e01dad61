// Enterprises reporting for subsidiaries (代报): kept by the supervising commission's approvers,
// audited, and honoured by the upload's enterprise-not-permitted check.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  ENTERPRISE_A,
  ENTERPRISE_B,
  executivePayCsv,
  type PayRow,
  SUBSIDIARY_OF_A,
} from '../support/files.js';
import { upload } from '../support/upload.js';

const ADD = `mutation($e: ID!, $uscc: String!, $name: String!) {
  addSubsidiary(enterpriseId: $e, uscc: $uscc, name: $name) { uscc subsidiaries { uscc name } }
}`;
const REMOVE = `mutation($e: ID!, $uscc: String!) { removeSubsidiary(enterpriseId: $e, uscc: $uscc) { subsidiaries { uscc } } }`;
const ISSUES = `query($id: ID!) { submission(id: $id) { issues(first: 20) { nodes { code row column value } } } }`;
// A company enterprise a does not report for until an approver says so (valid GB 32100 code).
const NEW_SUBSIDIARY = { name: '上海示范城建物业有限公司', uscc: '91310000132200034E' };
const MISSING_ID = '00000000-0000-4000-8000-000000000000';

describe('subsidiaries an enterprise reports for', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let enterpriseA = '';
  let serial = 0;
  /** Uploads executive pay as ent-a, one row per enterprise named; returns status and issues. */
  const uploadPay = async (...enterprises: { name: string; uscc: string }[]) => {
    const rows: PayRow[] = enterprises.map((enterprise) => ({ name: `测试${++serial}号`, enterprise }));
    const file = { name: '薪酬.csv', content: executivePayCsv(ENTERPRISE_A, rows) };
    const uploaded = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', file);
    const s = uploaded.data!.uploadSubmission;
    const found = await t.gql<{ submission: { issues: { nodes: unknown[] } } }>(
      ISSUES,
      { id: s.id },
      tokens['ent-a'],
    );
    return { status: s.status, issues: found.data!.submission.issues.nodes };
  };
  const add = (token: string | undefined, enterpriseId = enterpriseA, sub = NEW_SUBSIDIARY) =>
    t.gql(ADD, { e: enterpriseId, ...sub }, token);

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'ent-d', 'muni-reviewer', 'muni-approver', 'jd-approver'])
      tokens[u] = await t.tokenFor(u);
    const listed = await t.gql<{ enterprises: { id: string; uscc: string }[] }>(
      '{ enterprises { id uscc } }',
      {},
      tokens['muni-approver'],
    );
    enterpriseA = listed.data!.enterprises.find((e) => e.uscc === ENTERPRISE_A.uscc)!.id;
  });
  afterAll(() => t.dispose());

  test('a row naming the demo subsidiary passes', async () => {
    expect(await uploadPay(ENTERPRISE_A, SUBSIDIARY_OF_A)).toEqual({ status: 'VALIDATED', issues: [] });
  });

  test('a row naming an unrelated enterprise is enterprise-not-permitted at its code cell', async () => {
    expect(await uploadPay(ENTERPRISE_A, ENTERPRISE_B)).toEqual({
      status: 'VALIDATION_FAILED',
      issues: [{ code: 'enterprise-not-permitted', row: 3, column: 'C', value: ENTERPRISE_B.uscc }],
    });
  });

  test('each commission lists only the enterprises it supervises', async () => {
    const listed = await t.gql('{ enterprises { uscc subsidiaries { uscc } } }', {}, tokens['jd-approver']);
    expect(listed.data).toEqual({ enterprises: [{ uscc: '913101141324000140', subsidiaries: [] }] });
  });

  test('another jurisdiction’s approver gets NOT_FOUND, exactly as for a missing enterprise', async () => {
    const other = await add(tokens['jd-approver']);
    const missing = await add(tokens['muni-approver'], MISSING_ID);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  // Filers lack the role altogether; a reviewer sees the enterprise but does not manage it.
  test.each(['ent-a', 'ent-d', 'muni-reviewer'])('%s may not change subsidiaries: FORBIDDEN', async (u) => {
    expect((await add(tokens[u])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    ['a malformed USCC', { name: '某公司', uscc: '91310000ABC' }],
    ['the enterprise itself', ENTERPRISE_A],
    ['a blank name', { name: ' ', uscc: NEW_SUBSIDIARY.uscc }],
  ])('refuses %s', async (_label, sub) => {
    expect((await add(tokens['muni-approver'], enterpriseA, sub)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  test('the supervising approver adds one, audited; its rows then pass', async () => {
    expect((await uploadPay(NEW_SUBSIDIARY)).status).toBe('VALIDATION_FAILED');
    const added = await add(tokens['muni-approver']);
    expect(added.data).toEqual({
      addSubsidiary: {
        uscc: ENTERPRISE_A.uscc,
        subsidiaries: [
          { uscc: NEW_SUBSIDIARY.uscc, name: NEW_SUBSIDIARY.name },
          { uscc: SUBSIDIARY_OF_A.uscc, name: SUBSIDIARY_OF_A.name },
        ],
      },
    });
    const audit = await t.db.prisma.auditLog.findFirst({ where: { action: 'subsidiary-add' } });
    expect(audit).toMatchObject({
      actorUsername: 'muni-approver',
      details: { enterpriseId: enterpriseA, uscc: NEW_SUBSIDIARY.uscc, name: NEW_SUBSIDIARY.name },
    });
    expect(await uploadPay(NEW_SUBSIDIARY)).toEqual({ status: 'VALIDATED', issues: [] });
  });

  test('removed, audited: its rows are refused again', async () => {
    const removed = await t.gql(
      REMOVE,
      { e: enterpriseA, uscc: NEW_SUBSIDIARY.uscc },
      tokens['muni-approver'],
    );
    expect(removed.data).toEqual({ removeSubsidiary: { subsidiaries: [{ uscc: SUBSIDIARY_OF_A.uscc }] } });
    const again = await t.gql(REMOVE, { e: enterpriseA, uscc: NEW_SUBSIDIARY.uscc }, tokens['muni-approver']);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await t.db.prisma.auditLog.count({ where: { action: 'subsidiary-remove' } })).toBe(1);
    expect((await uploadPay(NEW_SUBSIDIARY)).issues).toEqual([
      expect.objectContaining({ code: 'enterprise-not-permitted' }),
    ]);
  });
});
