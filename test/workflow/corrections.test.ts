import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { submissionInState } from '../support/scenario.js';
import { upload } from '../support/upload.js';

const SUBMIT = 'mutation($id: ID!) { submitSubmission(id: $id) { status } }';
const APPROVE = 'mutation($id: ID!) { reviewSubmission(id: $id, decision: APPROVE) { status } }';
const RETURN =
  'mutation($id: ID!) { reviewSubmission(id: $id, decision: RETURN, reason: "请核对") { status } }';
const PUBLISH = 'mutation($id: ID!) { publishSubmission(id: $id) { status } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawSubmission(id: $id, reason: "数据有误") { status } }';

describe('corrections of a published submission (更正)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let serial = 0;
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'muni-reviewer', 'muni-approver']) tokens[u] = await t.tokenFor(u);
  });
  afterAll(() => t.dispose());

  const as = (who: string) => async (query: string, id: string) => {
    const result = await t.gql(query, { id }, tokens[who]);
    return result.errors?.[0]?.extensions?.code ?? 'OK';
  };
  const filer = as('ent-a');
  const reviewer = as('muni-reviewer');
  const approver = as('muni-approver');
  const status = async (id: string) =>
    (await t.db.prisma.submission.findUniqueOrThrow({ where: { id } })).status;

  /** Uploads a correction (new bytes each time) of `correctsId`; returns its id or the refusal code. */
  async function correct(variables: { corrects?: string; resubmits?: string }) {
    serial += 1;
    // A name of its own: a record already current from another publication may not be filed again
    // (record-already-published), not even in a correction.
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: `更正测试${serial}`, position: `职务${serial}` }]);
    const result = await upload(
      t,
      tokens['ent-a'],
      'EXECUTIVE_PAY',
      { name: 'c.csv', content: csv },
      variables,
    );
    return result.data?.uploadSubmission.id ?? result.errors?.[0]?.extensions?.code ?? 'NONE';
  }

  test('a second correction is refused while the first is with the regulator', async () => {
    const original = await submissionInState(t.db, 'a', 'PUBLISHED');
    const first = await correct({ corrects: original });
    expect(await filer(SUBMIT, first)).toBe('OK');
    expect(await correct({ corrects: original })).toBe('INVALID_TRANSITION');
    expect(await reviewer(APPROVE, first)).toBe('OK');
    expect(await correct({ corrects: original })).toBe('INVALID_TRANSITION');
    expect(await approver(PUBLISH, first)).toBe('OK');
    expect(await status(original)).toBe('SUPERSEDED');
    // Once it is superseded, only the correction itself can be corrected.
    expect(await correct({ corrects: original })).toBe('INVALID_TRANSITION');
  });

  test('of two drafts, only the first submitted reaches review; the other cannot follow', async () => {
    const original = await submissionInState(t.db, 'a', 'PUBLISHED');
    const first = await correct({ corrects: original });
    const second = await correct({ corrects: original });
    expect(await filer(SUBMIT, first)).toBe('OK');
    expect(await filer(SUBMIT, second)).toBe('INVALID_TRANSITION');
    expect(await status(second)).toBe('VALIDATED');
    expect(await reviewer(APPROVE, first)).toBe('OK');
    expect(await approver(PUBLISH, first)).toBe('OK');
    expect(await filer(SUBMIT, second)).toBe('INVALID_TRANSITION');
  });

  test('a returned correction is resubmitted in its place, still correcting the same submission', async () => {
    const original = await submissionInState(t.db, 'a', 'PUBLISHED');
    const first = await correct({ corrects: original });
    expect(await filer(SUBMIT, first)).toBe('OK');
    expect(await reviewer(RETURN, first)).toBe('OK');
    expect(await correct({ corrects: original })).toBe('INVALID_TRANSITION');
    const again = await correct({ resubmits: first });
    const stored = await t.db.prisma.submission.findUniqueOrThrow({ where: { id: again } });
    expect(stored).toMatchObject({ correctsId: original, resubmitsId: first });
    expect(await filer(SUBMIT, again)).toBe('OK');
    expect(await status(first)).toBe('SUPERSEDED');
    expect(await reviewer(APPROVE, again)).toBe('OK');
    expect(await approver(PUBLISH, again)).toBe('OK');
    expect(await status(original)).toBe('SUPERSEDED');
  });

  test('a correction of a submission withdrawn meanwhile cannot be published; WITHDRAWN stays', async () => {
    const original = await submissionInState(t.db, 'a', 'PUBLISHED');
    const correction = await correct({ corrects: original });
    expect(await filer(SUBMIT, correction)).toBe('OK');
    expect(await reviewer(APPROVE, correction)).toBe('OK');
    expect(await approver(WITHDRAW, original)).toBe('OK');
    expect(await approver(PUBLISH, correction)).toBe('INVALID_TRANSITION');
    expect(await status(original)).toBe('WITHDRAWN');
    expect(await status(correction)).toBe('APPROVED');
    expect(await t.db.prisma.publishedRecord.count({ where: { submissionId: correction } })).toBe(0);
  });

  test('two approved corrections of one submission (as a race leaves them): only one is published', async () => {
    const original = await submissionInState(t.db, 'a', 'PUBLISHED');
    const first = await correct({ corrects: original });
    const second = await correct({ corrects: original });
    // Both reach APPROVED, as two corrections submitted before the checks existed could.
    await t.db.sql.query(`UPDATE submission SET status = 'APPROVED' WHERE id::text = ANY($1::text[])`, [
      [first, second],
    ]);
    const outcomes = await Promise.all([approver(PUBLISH, first), approver(PUBLISH, second)]);
    expect([...outcomes].sort()).toEqual(['INVALID_TRANSITION', 'OK']);
    const published = outcomes[0] === 'OK' ? first : second;
    expect(await status(original)).toBe('SUPERSEDED');
    const current = await t.db.prisma.publishedRecord.findMany({
      where: { submissionId: { in: [original, first, second] }, supersededAt: null, withdrawnAt: null },
    });
    expect(current.map((r) => r.submissionId)).toEqual([published]);
  });
});
