import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTokenSigner } from '../../src/auth/token.js';
import { createTestApp, type TestApp } from '../support/app.js';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }';
const ME = '{ me { username role enterprise { uscc } regulator { regionCode } } }';

describe('login and me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.dispose());

  test('a demo user signs in and sees who they are', async () => {
    const token = await t.tokenFor('ent-a');
    const me = await t.gql(ME, {}, token);
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({
      me: {
        username: 'ent-a',
        role: 'ENTERPRISE_FILER',
        enterprise: { uscc: '913100001322000126' },
        regulator: null,
      },
    });
  });

  test('a wrong password and an unknown user get the same refusal', async () => {
    const wrong = await t.gql(LOGIN, { u: 'ent-a', p: 'not-the-password' });
    const unknown = await t.gql(LOGIN, { u: 'no-such-user', p: 'sunshine-demo' });
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors).toEqual(wrong.errors);
  });

  test.each([
    ['no token', undefined],
    ['a garbage token', 'not-a-jwt'],
  ])('me with %s answers UNAUTHENTICATED', async (_name, token) => {
    const me = await t.gql(ME, {}, token);
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('an expired token is refused', async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'ent-a' } });
    const lastWeek = () => new Date(Date.now() - 7 * 24 * 3600 * 1000);
    const stale = createTokenSigner('test-secret-test-secret-test-secret!', 3600, lastWeek);
    const { token } = await stale.sign({ userId: user.id, version: user.tokenVersion });
    expect((await t.gql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // The same signer with a current clock is accepted, so the refusal above is the expiry.
    const fresh = createTokenSigner('test-secret-test-secret-test-secret!', 3600);
    expect(
      (await t.gql(ME, {}, (await fresh.sign({ userId: user.id, version: user.tokenVersion })).token)).data
        ?.me,
    ).toBeTruthy();
  });

  test('a token signed with another secret is refused', async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'ent-a' } });
    const forged = await createTokenSigner('another-secret-another-secret-123', 3600).sign({
      userId: user.id,
      version: user.tokenVersion,
    });
    expect((await t.gql(ME, {}, forged.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a disabled account can neither sign in nor keep using its token', async () => {
    const token = await t.tokenFor('ent-b');
    await t.db.prisma.user.update({ where: { username: 'ent-b' }, data: { disabled: true } });
    expect((await t.gql(ME, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await t.gql(LOGIN, { u: 'ent-b', p: 'sunshine-demo' });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('logs never contain a password or a token', async () => {
    const token = await t.tokenFor('muni-reviewer');
    await t.gql(ME, {}, token);
    await t.gql(LOGIN, { u: 'muni-reviewer', p: 'wrong-password-xyz' });
    const logs = t.logs.join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain('sunshine-demo');
    expect(logs).not.toContain('wrong-password-xyz');
    expect(logs).not.toContain(token);
  });
});
