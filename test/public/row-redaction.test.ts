// setRedaction (issue 9, defect 8): who may decide, on which submission, when; audited.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { fileThrough, propertyCsv, signIn, type Tokens } from './support.js';

const SET = `mutation($id: ID!, $row: Int!, $field: String!, $d: RedactionChoice!) {
  setRedaction(submissionId: $id, row: $row, field: $field, decision: $d) { redactions { row field decision } } }`;
const PREVIEW = 'query($id: ID!) { submission(id: $id) { publicPreview { row values } } }';
type Row = { row: number; values: Record<string, unknown> };

describe('per-row publication choices (setRedaction)', () => {
  let t: TestApp;
  let tokens: Tokens & Record<string, string>;
  let pending: string;
  let serial = 0;
  beforeAll(async () => {
    t = await createTestApp();
    tokens = { ...(await signIn(t)), 'jd-reviewer': await t.tokenFor('jd-reviewer') };
    pending = await newPending();
  });
  afterAll(() => t.dispose());

  async function newPending() {
    serial += 1;
    const csv = propertyCsv({
      code: `G32018SH100060${serial}`,
      name: `逐行测试${serial}`,
      buyer: 'person',
      buyerName: '李四',
    });
    return fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', csv, { until: 'PENDING_REVIEW' });
  }
  const set = (who: string, id: string, row: number, field: string, d: string) =>
    t.gql<{ setRedaction: { redactions: { row: number; field: string; decision: string }[] } }>(
      SET,
      { id, row, field, d },
      tokens[who],
    );
  const codeOf = async (p: ReturnType<typeof set>) => (await p).errors?.[0]?.extensions?.code ?? 'OK';
  const preview = async (id: string) =>
    (await t.gql<{ submission: { publicPreview: Row[] } }>(PREVIEW, { id }, tokens['muni-reviewer'])).data!
      .submission.publicPreview;

  test('the name is masked by default; PUBLISH shows it on that row; DEFAULT masks it again', async () => {
    expect((await preview(pending))[1]?.values.buyerName).toBe('李*');
    expect(await codeOf(set('muni-reviewer', pending, 3, 'buyerName', 'PUBLISH'))).toBe('OK');
    expect((await preview(pending))[1]?.values.buyerName).toBe('李四');
    const cleared = await set('muni-reviewer', pending, 3, 'buyerName', 'DEFAULT');
    expect(cleared.data?.setRedaction.redactions).toEqual([]);
    expect((await preview(pending))[1]?.values.buyerName).toBe('李*');
  });

  test('WITHHOLD drops the field on that row only', async () => {
    expect(await codeOf(set('muni-reviewer', pending, 2, 'projectName', 'WITHHOLD'))).toBe('OK');
    const rows = await preview(pending);
    expect(rows[0]?.values).not.toHaveProperty('projectName');
    expect(rows[1]?.values.projectName).toBe('逐行测试1');
  });

  test('withholding the column wins over publishing on a row', async () => {
    const id = await newPending();
    expect(await codeOf(set('muni-reviewer', id, 3, 'buyerName', 'PUBLISH'))).toBe('OK');
    const approved = await t.gql(
      'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE, withheldFields: ["buyerName"]) { status } }',
      { id },
      tokens['muni-reviewer'],
    );
    expect(approved.errors).toBeUndefined();
    expect((await preview(id))[1]?.values).not.toHaveProperty('buyerName');
  });

  test('strangers get NOT_FOUND, the filer and the approver FORBIDDEN, bad fields and rows BAD_USER_INPUT', async () => {
    expect(await codeOf(set('jd-reviewer', pending, 3, 'buyerName', 'PUBLISH'))).toBe('NOT_FOUND');
    expect(
      await codeOf(set('muni-reviewer', '00000000-0000-4000-8000-000000000000', 3, 'buyerName', 'PUBLISH')),
    ).toBe('NOT_FOUND');
    expect(await codeOf(set('ent-a', pending, 3, 'buyerName', 'PUBLISH'))).toBe('FORBIDDEN');
    expect(await codeOf(set('muni-approver', pending, 3, 'buyerName', 'PUBLISH'))).toBe('FORBIDDEN');
    expect(await codeOf(set('muni-reviewer', pending, 3, 'buyerIdNumber', 'PUBLISH'))).toBe('BAD_USER_INPUT');
    expect(await codeOf(set('muni-reviewer', pending, 3, 'noSuchField', 'WITHHOLD'))).toBe('BAD_USER_INPUT');
    expect(await codeOf(set('muni-reviewer', pending, 99, 'buyerName', 'WITHHOLD'))).toBe('BAD_USER_INPUT');
    const anonymous = await t.gql(SET, { id: pending, row: 3, field: 'buyerName', d: 'PUBLISH' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('every decision is audited with who, what and where', async () => {
    const id = await newPending();
    const before = await t.db.prisma.auditLog.findFirst({ orderBy: { id: 'desc' } });
    expect(await codeOf(set('muni-reviewer', id, 3, 'remarks', 'WITHHOLD'))).toBe('OK');
    const entries = await t.db.prisma.auditLog.findMany({ where: { id: { gt: before?.id ?? 0n } } });
    expect(entries.map((e) => [e.action, e.actorUsername, e.submissionId, e.details])).toEqual([
      ['redact', 'muni-reviewer', id, { row: 3, field: 'remarks', decision: 'withhold' }],
    ]);
    const stored = await t.db.prisma.redactionDecision.findMany({ where: { submissionId: id } });
    expect(stored.map((d) => [d.rowNumber, d.field, d.decision])).toEqual([[3, 'remarks', 'withhold']]);
  });

  test('refused once published: the published record stays as decided', async () => {
    const id = await newPending();
    expect(await codeOf(set('muni-reviewer', id, 3, 'buyerName', 'PUBLISH'))).toBe('OK');
    for (const [call, who] of [
      ['reviewSubmission(id: $id, decision: APPROVE)', 'muni-reviewer'],
      ['publishSubmission(id: $id)', 'muni-approver'],
    ] as const) {
      expect(
        (await t.gql(`mutation($id: ID!) { r: ${call} { status } }`, { id }, tokens[who])).errors,
      ).toBeUndefined();
    }
    expect(await codeOf(set('muni-reviewer', id, 3, 'buyerName', 'WITHHOLD'))).toBe('INVALID_TRANSITION');
    const deal = await t.db.prisma.publishedRecord.findFirstOrThrow({
      where: { submissionId: id, rowNumber: 3 },
    });
    expect((deal.values as Record<string, unknown>).buyerName).toBe('李四');
  });
});
