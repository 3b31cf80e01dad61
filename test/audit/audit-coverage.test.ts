import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { fileThrough, signIn, type Tokens } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** Entries appended by real flows through GraphQL, each with the right actor and submission. */
describe('audit entries for acknowledge, correct, withdraw and failed sign-ins', () => {
  let t: TestApp;
  let tokens: Tokens;
  const userIds: Record<string, string> = {};

  /** The entries appended while `action` ran. */
  async function appendedBy(action: () => Promise<unknown>) {
    const last = await t.db.prisma.auditLog.findFirst({ orderBy: { id: 'desc' } });
    await action();
    return t.db.prisma.auditLog.findMany({ where: { id: { gt: last?.id ?? 0n } }, orderBy: { id: 'asc' } });
  }
  const by = (username: string) => ({ actorUsername: username, actorId: userIds[username] });

  beforeAll(async () => {
    t = await createTestApp();
    tokens = await signIn(t);
    for (const u of await t.db.prisma.user.findMany()) userIds[u.username] = u.id;
  });
  afterAll(() => t.dispose());

  test('a failed sign-in is recorded with the name that was tried and no actor; a good one is not', async () => {
    const entries = await appendedBy(async () => {
      const wrong = await t.gql(LOGIN, { u: 'ent-a', p: 'not-the-password' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const unknown = await t.gql(LOGIN, { u: ' nobody-here ', p: 'sunshine-demo' });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(LOGIN, { u: 'ent-b', p: 'sunshine-demo' })).errors).toBeUndefined();
    });
    expect(entries.map((e) => [e.action, e.actorUsername, e.actorId, e.submissionId])).toEqual([
      ['login-failed', 'ent-a', null, null],
      ['login-failed', 'nobody-here', null, null],
    ]);
    // The password tried is never kept.
    expect(JSON.stringify(entries.map((e) => e.details))).not.toContain('not-the-password');
  });

  test('acknowledging warnings on submit is recorded before the submit, by the filer, on the submission', async () => {
    // Performance pay three times the base: one warning to acknowledge.
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: '张伟', base: '30', performance: '90' }]);
    const uploaded = (await upload(t, tokens['ent-a'], 'EXECUTIVE_PAY', { name: 'w.csv', content: csv }))
      .data!.uploadSubmission;
    expect(uploaded).toMatchObject({ status: 'VALIDATED', warningCount: 1 });
    const issues = await t.gql<{ submission: { issues: { nodes: { seq: number }[] } } }>(
      'query($id: ID!) { submission(id: $id) { issues(filter: { severity: WARNING }) { nodes { seq } } } }',
      { id: uploaded.id },
      tokens['ent-a'],
    );
    const seq = issues.data!.submission.issues.nodes[0]!.seq;
    const entries = await appendedBy(async () => {
      const submitted = await t.gql(
        'mutation($id: ID!, $ack: [Int!]) { submitSubmission(id: $id, acknowledgeWarnings: $ack) { status } }',
        { id: uploaded.id, ack: [seq] },
        tokens['ent-a'],
      );
      expect(submitted.data).toEqual({ submitSubmission: { status: 'PENDING_REVIEW' } });
    });
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'acknowledge',
        ...by('ent-a'),
        submissionId: uploaded.id,
        details: { seq: [seq] },
      }),
      expect.objectContaining({ action: 'submit', ...by('ent-a'), submissionId: uploaded.id }),
    ]);
  });

  test('publishing a correction is recorded as correct, by the approver, naming what it corrects', async () => {
    const original = await fileThrough(
      t,
      tokens,
      'EXECUTIVE_PAY',
      executivePayCsv(ENTERPRISE_A, [{ name: '李娜', year: 2022 }]),
    );
    const corrected = executivePayCsv(ENTERPRISE_A, [{ name: '李娜', year: 2022, position: '总经理' }]);
    const correction = await fileThrough(t, tokens, 'EXECUTIVE_PAY', corrected, {
      corrects: original,
      until: 'APPROVED',
    });
    const entries = await appendedBy(async () => {
      const published = await t.gql(
        'mutation($id: ID!) { publishSubmission(id: $id) { status } }',
        { id: correction },
        tokens['muni-approver'],
      );
      expect(published.data).toEqual({ publishSubmission: { status: 'PUBLISHED' } });
    });
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'correct',
        ...by('muni-approver'),
        submissionId: correction,
        details: expect.objectContaining({ corrects: original, records: 1 }),
      }),
    ]);
    const trail = await t.db.prisma.auditLog.findMany({
      where: { submissionId: correction },
      orderBy: { id: 'asc' },
    });
    expect(trail.map((e) => [e.action, e.actorUsername])).toEqual([
      ['upload', 'ent-a'],
      ['submit', 'ent-a'],
      ['approve', 'muni-reviewer'],
      ['correct', 'muni-approver'],
    ]);
  });

  test('a withdrawal is recorded with its public reason, by the approver; a refused one is not recorded', async () => {
    const id = await fileThrough(
      t,
      tokens,
      'EXECUTIVE_PAY',
      executivePayCsv(ENTERPRISE_A, [{ name: '王强' }]),
    );
    const WITHDRAW = 'mutation($id: ID!, $r: String!) { withdrawSubmission(id: $id, reason: $r) { status } }';
    const refused = await appendedBy(async () => {
      const result = await t.gql(WITHDRAW, { id, r: '数据有误' }, tokens['muni-reviewer']);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
    expect(refused).toEqual([]);
    const entries = await appendedBy(async () => {
      const result = await t.gql(WITHDRAW, { id, r: '  数据有误，已撤回  ' }, tokens['muni-approver']);
      expect(result.data).toEqual({ withdrawSubmission: { status: 'WITHDRAWN' } });
    });
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'withdraw',
        ...by('muni-approver'),
        submissionId: id,
        details: expect.objectContaining({ reason: '数据有误，已撤回' }),
      }),
    ]);
  });

  test('the chain of all these entries verifies, in id order past the ninth entry', async () => {
    const actions = new Set((await t.db.prisma.auditLog.findMany()).map((e) => e.action));
    for (const action of ['login-failed', 'acknowledge', 'correct', 'withdraw'])
      expect(actions).toContain(action);
    const count = await t.db.prisma.auditLog.count();
    expect(count).toBeGreaterThan(10);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: count });
  });
});
