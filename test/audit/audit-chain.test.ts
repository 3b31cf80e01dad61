import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type AuditEntry, appendAudit } from '../../src/audit/audit.service.js';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const actor = { userId: '00000000-0000-4000-8000-000000000001', username: 'muni-reviewer' };
const varied: AuditEntry[] = [
  { action: 'upload', actor, submissionId: '00000000-0000-4000-8000-0000000000aa', details: { rows: 12 } },
  { action: 'submit', actor, details: { acknowledged: [3, 4] } },
  { action: 'return', actor, details: { reason: '第3行姓名有误', nested: { b: 1, a: [1, 2] } } },
  { action: 'login-failed', actor: null, attemptedUsername: 'ent-a' },
];
// More than one page of the verifier (1,000), and ids past 9, 99 and 999 (text order differs there).
const LONG = 1_010;
const entries = Array.from({ length: LONG }, (_, i) => varied[i % varied.length]!);

describe('the audit log', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
    // One transaction through the real append function: fast on both engines.
    await t.db.transaction(async (tx) => {
      for (const entry of entries) await appendAudit(tx, entry);
    });
  });
  afterAll(() => t.dispose());

  const ids = async () =>
    (await t.db.sql.query<{ id: string }>('SELECT id::text FROM audit_log ORDER BY audit_log.id')).rows.map(
      (r) => r.id,
    );

  /**
   * Tampering as the table's owner, who can switch the triggers off (the application's role cannot:
   * test/audit/app-role.test.ts). All on one connection, so the triggers are off only for it.
   */
  async function tamper(sql: string, params: unknown[]) {
    await t.owner.transaction(async (tx) => {
      await tx.exec('ALTER TABLE audit_log DISABLE TRIGGER USER');
      await tx.query(sql, params);
      await tx.exec('ALTER TABLE audit_log ENABLE TRIGGER USER');
    });
  }

  test('a long untouched chain verifies, across pages', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: LONG });
  });

  test.each([
    ['UPDATE audit_log SET action = $1', ['publish']],
    ['DELETE FROM audit_log', []],
    ['TRUNCATE audit_log', []],
    ['UPDATE audit_head SET entry_id = 1', []],
    ['DELETE FROM audit_head', []],
    ['TRUNCATE audit_head', []],
    [`INSERT INTO audit_head VALUES (false, 1, repeat('0', 64), 1)`, []],
  ])('the log refuses %s', async (sql, params) => {
    await expect(t.db.sql.query(sql, params)).rejects.toThrow(
      /append-only|moves only with audit_log|permission denied/,
    );
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, entries: LONG });
  });

  test('an entry that does not extend the head is refused', async () => {
    const [first] = await ids();
    const copy = `INSERT INTO audit_log (action, prev_hash, hash)
                  SELECT action, $1, repeat('f', 64) FROM audit_log WHERE id = $2`;
    await expect(t.db.sql.query(copy, ['0'.repeat(64), first])).rejects.toThrow(/does not extend the head/);
  });

  // Each tampering below is earlier in the log than the one before, so each is the first break.
  test('a cut-off tail is reported with the missing range', async () => {
    const all = await ids();
    await tamper('DELETE FROM audit_log WHERE id > $1', [all[LONG - 4]]);
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenAt: all[LONG - 1], entries: LONG - 3 });
    expect(result.ok || result.reason).toContain(
      `entries after entry ${all[LONG - 4]} through ${all[LONG - 1]} are missing (3 of ${LONG})`,
    );
  });

  test('an entry appended after the cut does not link', async () => {
    await t.db.transaction((tx) => appendAudit(tx, { action: 'submit', actor }));
    const appended = (await ids()).at(-1);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      brokenAt: appended,
      entries: LONG - 3,
      reason: expect.stringMatching(/link broken/),
    });
  });

  test('an altered entry in the second page is named exactly', async () => {
    const altered = (await ids())[1_003]!;
    await tamper(`UPDATE audit_log SET details = '{"acknowledged":[3]}' WHERE id = $1`, [altered]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: altered, entries: 1_003 });
  });

  test('a removed entry breaks the link at the one after it', async () => {
    const all = await ids();
    await tamper('DELETE FROM audit_log WHERE id = $1', [all[9]]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, brokenAt: all[10], entries: 9 });
  });
});
