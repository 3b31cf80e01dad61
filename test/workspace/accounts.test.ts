import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

const CREATE = `mutation($e: ID!, $u: String!, $n: String!) {
  createEnterpriseUser(enterpriseId: $e, username: $u, displayName: $n) {
    temporaryPassword user { id username mustChangePassword disabled enterprise { name } }
  } }`;
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';

describe('enterprise accounts and passwords', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let entA = '';
  let entD = '';
  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'muni-reviewer', 'muni-approver', 'jd-approver'])
      tokens[u] = await t.tokenFor(u);
    entA = (await t.db.prisma.enterprise.findUniqueOrThrow({ where: { uscc: '913100001322000126' } })).id;
    entD = (await t.db.prisma.enterprise.findUniqueOrThrow({ where: { uscc: '913101141324000140' } })).id;
  });
  afterAll(() => t.dispose());

  const actions = async () =>
    (await t.db.prisma.auditLog.findMany({ orderBy: { id: 'asc' } })).map((e) => e.action);

  test('an approver creates an account; the user must change the temporary password first', async () => {
    const created = await t.gql<{
      createEnterpriseUser: { temporaryPassword: string; user: { id: string } };
    }>(CREATE, { e: entA, u: 'ent-a-clerk2', n: '王五' }, tokens['muni-approver']);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createEnterpriseUser.user).toMatchObject({
      username: 'ent-a-clerk2',
      mustChangePassword: true,
      disabled: false,
    });
    const temporary = created.data!.createEnterpriseUser.temporaryPassword;
    expect(temporary).toMatch(/^[A-Za-z2-9]{12}$/);
    const token = await t.tokenFor('ent-a-clerk2', temporary);
    const me = await t.gql<{ me: { mustChangePassword: boolean } }>(
      '{ me { mustChangePassword } }',
      {},
      token,
    );
    expect(me.data?.me.mustChangePassword).toBe(true);

    const wrong = await t.gql(CHANGE, { c: 'not-it', n: 'Better-pass-42' }, token);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.message).toEqual({
      zh: '当前密码不正确',
      en: 'The current password is wrong',
    });
    const weak = await t.gql(CHANGE, { c: temporary, n: '12345678' }, token);
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const changed = await t.gql(CHANGE, { c: temporary, n: 'Better-pass-42' }, token);
    expect(changed.data).toEqual({ changePassword: true });
    // The change ends every session, this one included: the user signs in again.
    const stale = await t.gql('{ me { mustChangePassword } }', {}, token);
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(t.tokenFor('ent-a-clerk2', temporary)).rejects.toThrow(/login failed/);
    const fresh = await t.tokenFor('ent-a-clerk2', 'Better-pass-42');
    const after = await t.gql<{ me: { mustChangePassword: boolean } }>(
      '{ me { mustChangePassword } }',
      {},
      fresh,
    );
    expect(after.data?.me.mustChangePassword).toBe(false);
    expect(await actions()).toEqual(expect.arrayContaining(['account-create', 'password-change']));
  });

  test('another commission’s enterprise or account is NOT_FOUND; a reviewer or filer is FORBIDDEN', async () => {
    const stranger = await t.gql(CREATE, { e: entD, u: 'sneaky', n: '某' }, tokens['muni-approver']);
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await t.gql(
      CREATE,
      { e: '00000000-0000-4000-8000-000000000000', u: 'sneaky', n: '某' },
      tokens['muni-approver'],
    );
    expect(missing.errors?.[0]?.extensions?.message).toEqual(stranger.errors?.[0]?.extensions?.message);
    const entAUser = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'ent-a' } });
    const disable = 'mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { disabled } }';
    expect(
      (await t.gql(disable, { u: entAUser.id }, tokens['jd-approver'])).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect(
      (await t.gql(disable, { u: entAUser.id }, tokens['muni-reviewer'])).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await t.gql(CREATE, { e: entA, u: 'x-y-z', n: '某' }, tokens['ent-a'])).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const list = await t.gql<{ enterpriseUsers: { username: string }[] }>(
      '{ enterpriseUsers { username } }',
      {},
      tokens['jd-approver'],
    );
    expect(list.data?.enterpriseUsers.map((u) => u.username)).toEqual(['ent-d']);
    expect(await t.db.prisma.user.findUnique({ where: { username: 'sneaky' } })).toBeNull();
  });

  test('disabling stops the user at once; a reset password must be changed again', async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'ent-b' } });
    const token = await t.tokenFor('ent-b');
    const off = await t.gql(
      'mutation($u: ID!) { setUserDisabled(userId: $u, disabled: true) { disabled } }',
      { u: user.id },
      tokens['muni-approver'],
    );
    expect(off.data).toEqual({ setUserDisabled: { disabled: true } });
    expect((await t.gql('{ me { username } }', {}, token)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await t.gql(
      'mutation($u: ID!) { setUserDisabled(userId: $u, disabled: false) { disabled } }',
      { u: user.id },
      tokens['muni-approver'],
    );
    const reset = await t.gql<{ resetUserPassword: { temporaryPassword: string } }>(
      'mutation($u: ID!) { resetUserPassword(userId: $u) { temporaryPassword user { mustChangePassword } } }',
      { u: user.id },
      tokens['muni-approver'],
    );
    const temporary = reset.data!.resetUserPassword.temporaryPassword;
    await expect(t.tokenFor('ent-b')).rejects.toThrow(/login failed/);
    const fresh = await t.tokenFor('ent-b', temporary);
    const me = await t.gql<{ me: { mustChangePassword: boolean } }>(
      '{ me { mustChangePassword } }',
      {},
      fresh,
    );
    expect(me.data?.me.mustChangePassword).toBe(true);
    expect(await actions()).toEqual(
      expect.arrayContaining(['account-disable', 'account-enable', 'account-reset-password']),
    );
  });
});
