import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

const PROBES = {
  internal: '{ me { id } }',
  internalWithArgs: '{ submissions(first: 1) { totalCount } }',
  internalMutation: 'mutation { logout }',
  nonexistent: '{ nothingHere { id } }',
  nonexistentMutation: 'mutation { dropEverything }',
  publicTypeInternalField: '{ publishedRecords(dataset: EXECUTIVE_PAY) { nodes { submissionSecret } } }',
};

/** Issue 14 item 11: with introspection off, anonymous answers must not map the internal schema. */
describe('the schema oracle', () => {
  const apps: Record<string, TestApp> = {};
  beforeAll(async () => {
    apps.production = await createTestApp({ seed: false, env: { NODE_ENV: 'production' } });
    apps.development = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    for (const app of Object.values(apps)) await app.dispose();
  });

  test('in production, internal and nonexistent names get one and the same answer', async () => {
    const answers = new Set<string>();
    for (const query of Object.values(PROBES)) answers.add(JSON.stringify(await apps.production!.gql(query)));
    expect([...answers]).toHaveLength(1);
    const [only] = [...answers];
    expect(JSON.parse(only!).errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: { zh: expect.stringContaining('请先登录'), en: expect.any(String) },
    });
  });

  test('in production, the public schema still answers, and introspection is off', async () => {
    const ok = await apps.production!.gql('{ datasetCatalogue { key } }');
    expect(ok.errors).toBeUndefined();
    const introspection = await apps.production!.gql('{ __schema { types { name } } }');
    expect(introspection.data ?? null).toBeNull();
  });

  test('in development, a protected operation asks to sign in and a misspelt one says so', async () => {
    const dev = apps.development!;
    expect((await dev.gql(PROBES.internal)).errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: { zh: '请先登录', en: 'Sign in first' },
    });
    const misspelt = await dev.gql(PROBES.nonexistent);
    expect(misspelt.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(misspelt.errors?.[0]?.message).toContain('Cannot query field');
  });
});
