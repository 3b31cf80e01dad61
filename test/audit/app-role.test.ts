import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { APP_ROLE } from '../../src/db/postgres.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { testEngine } from '../support/database.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

// PGlite has one user: there the triggers of migrations 003 and 007 are the only guard (audit-chain.test.ts).
describe.skipIf(testEngine !== 'postgres')("the application's database role on PostgreSQL", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.dispose());

  test('every pooled connection acts as the application role', async () => {
    const users = await Promise.all(
      Array.from({ length: 8 }, () => t.db.sql.query<{ user: string }>('SELECT current_user AS user')),
    );
    expect(new Set(users.map((r) => r.rows[0]?.user))).toEqual(new Set([APP_ROLE]));
  });

  test('sign-in, upload, submit, review and publish work, each audited', async () => {
    const failed = await t.gql('mutation { login(username: "ent-a", password: "wrong") { token } }');
    expect(failed.errors?.[0]?.extensions?.code).toBeDefined();
    const [filer, reviewer, approver] = await Promise.all(
      ['ent-a', 'muni-reviewer', 'muni-approver'].map((u) => t.tokenFor(u)),
    );
    const csv = executivePayCsv(ENTERPRISE_A, [{ name: '张伟' }]);
    const uploaded = await upload(t, filer, 'EXECUTIVE_PAY', { name: '薪酬.csv', content: csv });
    const id = uploaded.data?.uploadSubmission.id;
    expect(uploaded.data?.uploadSubmission).toMatchObject({ status: 'VALIDATED', rowCount: 1 });
    const steps: [string, string | undefined][] = [
      ['submitSubmission(id: $id) { status }', filer],
      ['reviewSubmission(id: $id, decision: APPROVE) { status }', reviewer],
      ['publishSubmission(id: $id) { status }', approver],
    ];
    for (const [mutation, token] of steps) {
      expect((await t.gql(`mutation($id: ID!) { ${mutation} }`, { id }, token)).errors).toBeUndefined();
    }
    const records = await t.gql('{ publishedRecords(dataset: EXECUTIVE_PAY) { totalCount } }');
    expect(records.data).toEqual({ publishedRecords: { totalCount: 1 } });
    const actions = await t.db.prisma.auditLog.findMany({ orderBy: { id: 'asc' } });
    expect(actions.map((a) => a.action)).toEqual(['login-failed', 'upload', 'submit', 'approve', 'publish']);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: 5 });
  });

  test.each([
    'UPDATE audit_log SET action = action',
    'DELETE FROM audit_log',
    'TRUNCATE audit_log',
    'ALTER TABLE audit_log DISABLE TRIGGER USER',
    'ALTER TABLE audit_log DISABLE TRIGGER ALL',
    'DROP TABLE audit_log',
    "SELECT setval('audit_log_id_seq', 1)",
    'UPDATE audit_head SET entry_count = entry_count',
    'DELETE FROM audit_head',
    'TRUNCATE audit_head',
    'ALTER TABLE audit_head DISABLE TRIGGER USER',
  ])('refuses %s on its own connections', async (sql) => {
    await expect(t.db.sql.query(sql)).rejects.toThrow(/permission denied|must be owner/);
    await expect(t.db.transaction((tx) => tx.query(sql))).rejects.toThrow(/permission denied|must be owner/);
  });

  test('refuses changes to the audit log through Prisma too', async () => {
    await expect(t.db.prisma.auditLog.deleteMany()).rejects.toThrow(/permission denied/);
    await expect(t.db.prisma.auditLog.updateMany({ data: { action: 'publish' } })).rejects.toThrow(
      /permission denied/,
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
