import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const RETURN = `mutation($id: ID!, $notes: [ReviewNoteInput!]) {
  reviewSubmission(id: $id, decision: RETURN, reason: "请核对", notes: $notes) { status reviewNotes { reason row field } } }`;
const TRAIL = 'query($id: ID!) { submission(id: $id) { auditTrail { at actor action detail } } }';

describe('review notes pinned to rows and fields, and the audit trail of a submission', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let id = '';
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'muni-reviewer', 'jd-reviewer', 'muni-approver'])
      tokens[u] = await t.tokenFor(u);
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }, { name: '李娜', position: '总经理' }]);
    const uploaded = await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', { name: '薪酬.csv', content: csv });
    id = uploaded.data!.uploadSubmission.id;
    await t.gql('mutation($id: ID!) { submitSubmission(id: $id) { status } }', { id }, tokens['ent-a']);
  });
  afterAll(() => t.dispose());

  test('a note on a row or field that does not exist is refused, located; nothing is written', async () => {
    const rows = await t.gql<{ submission: { rows: { row: number }[] } }>(
      'query($id: ID!) { submission(id: $id) { rows { row } } }',
      { id },
      tokens['muni-reviewer'],
    );
    const lastRow = Math.max(...rows.data!.submission.rows.map((r) => r.row));
    const noRow = await t.gql(
      RETURN,
      { id, notes: [{ reason: '金额有误', row: lastRow + 1 }] },
      tokens['muni-reviewer'],
    );
    expect(noRow.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noRow.errors?.[0]?.extensions?.message).toEqual({
      zh: `第 1 条意见：报送文件中没有第 ${lastRow + 1} 行`,
      en: `Note 1: the file has no row ${lastRow + 1}`,
    });
    const noField = await t.gql(
      RETURN,
      { id, notes: [{ reason: '看这里', field: 'shoeSize' }] },
      tokens['muni-reviewer'],
    );
    expect(noField.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await t.db.prisma.reviewNote.count({ where: { submissionId: id } })).toBe(0);
    const status = await t.db.prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(status.status).toBe('PENDING_REVIEW');

    const ok = await t.gql<{
      reviewSubmission: { reviewNotes: { row: number | null; field: string | null }[] };
    }>(
      RETURN,
      { id, notes: [{ reason: '职务与任职文件不符', row: lastRow, field: 'position' }] },
      tokens['muni-reviewer'],
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.reviewSubmission.reviewNotes).toContainEqual({
      reason: '职务与任职文件不符',
      row: lastRow,
      field: 'position',
    });
  });

  test('the audit trail: the enterprise and its commission see it; a stranger gets NOT_FOUND', async () => {
    type Trail = { submission: { auditTrail: { actor: string | null; action: string; detail: unknown }[] } };
    const regulator = await t.gql<Trail>(TRAIL, { id }, tokens['muni-reviewer']);
    expect(regulator.data?.submission.auditTrail.map((e) => [e.action, e.actor])).toEqual([
      ['upload', 'ent-a'],
      ['submit', 'ent-a'],
      ['return', 'muni-reviewer'],
    ]);
    const enterprise = await t.gql<Trail>(TRAIL, { id }, tokens['ent-a']);
    expect(enterprise.data?.submission.auditTrail.map((e) => [e.action, e.actor])).toEqual([
      ['upload', 'ent-a'],
      ['submit', 'ent-a'],
      ['return', '监管机构'],
    ]);
    const stranger = await t.gql(TRAIL, { id }, tokens['jd-reviewer']);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await t.gql(TRAIL, { id: '00000000-0000-4000-8000-000000000000' }, tokens['jd-reviewer']);
    expect(missing.errors?.[0]?.extensions?.message).toEqual(stranger.errors?.[0]?.extensions?.message);
  });
});
