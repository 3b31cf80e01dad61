import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { createTestApp, type TestApp } from '../support/app.js';

const ME = '{ me { username } }';
const LOGOUT = 'mutation { logout }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

/** Issue 16 item 2: tokens end at sign-out, password change and disabling, at their next request. */
describe('revoking tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.dispose());

  const codeOf = async (token: string) => (await t.gql(ME, {}, token)).errors?.[0]?.extensions?.code ?? 'OK';

  test('signing out ends every token of the account; signing in again works', async () => {
    const [first, second] = [await t.tokenFor('ent-a'), await t.tokenFor('ent-a')];
    const other = await t.tokenFor('ent-b');
    expect(await t.gql(LOGOUT, {}, first)).toEqual({ data: { logout: true } });
    expect(await codeOf(first)).toBe('UNAUTHENTICATED');
    expect(await codeOf(second)).toBe('UNAUTHENTICATED');
    expect(await codeOf(other)).toBe('OK');
    expect(await codeOf(await t.tokenFor('ent-a'))).toBe('OK');
    expect((await t.gql(LOGOUT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('changing the password ends earlier tokens and the old password', async () => {
    const token = await t.tokenFor('muni-reviewer');
    const wrong = await t.gql(CHANGE, { c: 'not-it', n: 'a-new-password' }, token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: { zh: '当前密码不正确' },
    });
    const short = await t.gql(CHANGE, { c: 'sunshine-demo', n: 'short' }, token);
    expect(short.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: { zh: '新密码至少 8 位' },
    });
    expect(await codeOf(token)).toBe('OK'); // refused changes revoke nothing
    expect(await t.gql(CHANGE, { c: 'sunshine-demo', n: 'a-new-password' }, token)).toEqual({
      data: { changePassword: true },
    });
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
    await expect(t.tokenFor('muni-reviewer')).rejects.toThrow(/login failed/);
    expect(await codeOf(await t.tokenFor('muni-reviewer', 'a-new-password'))).toBe('OK');
  });

  test('disabling the account ends its tokens', async () => {
    const token = await t.tokenFor('jd-reviewer');
    await t.db.prisma.user.update({ where: { username: 'jd-reviewer' }, data: { disabled: true } });
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
  });

  test('sign-outs and password changes are audited, and the chain holds', async () => {
    const actions = await t.db.prisma.auditLog.findMany({
      where: { action: { in: ['logout', 'password-change'] } },
      orderBy: { id: 'asc' },
    });
    expect(actions.map((a) => [a.action, a.actorUsername])).toEqual([
      ['logout', 'ent-a'],
      ['password-change', 'muni-reviewer'],
    ]);
    expect(JSON.stringify(actions.map((a) => a.details))).not.toContain('a-new-password');
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
