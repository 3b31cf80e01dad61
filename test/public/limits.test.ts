import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PUBLIC_LIMITS } from '../../src/server/plugins/use-public-limits.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { anonymous } from './support.js';

const INTROSPECTION = '{ __schema { queryType { name } } }';
/** graphql-armor multiplies a list's cost by `first`: a page of 500 records costs 5,875 here. */
const page = (first: number) =>
  `{ publishedRecords(dataset: EXECUTIVE_PAY, first: ${first}) { nodes { id values enterpriseName } } }`;
/** What a browser asks for when it opens /graphql. */
const openInBrowser = (t: TestApp) =>
  t.app.yoga.fetch('http://sunshine.test/graphql', { method: 'GET', headers: { accept: 'text/html' } });
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: datasetCatalogue { slug }`).join(' ')} }`;
describe('anonymous query limits', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor('muni-reviewer');
  });
  afterAll(() => t.dispose());

  test('within the alias limit answers; beyond it is refused before execution', async () => {
    expect((await anonymous(t, aliases(PUBLIC_LIMITS.aliases))).errors).toBeUndefined();
    const refused = await anonymous(t, aliases(PUBLIC_LIMITS.aliases + 1));
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.message).toMatch(/aliases/i);
  });

  test('signed-in callers are not held by the anonymous alias limit', async () => {
    const result = await t.gql(aliases(PUBLIC_LIMITS.aliases + 1), {}, token);
    expect(result.errors).toBeUndefined();
  });

  test('a query deeper than the limit is refused', async () => {
    // introspection types nest without end: ofType { ofType { … } }
    const nest = (n: number): string => (n === 0 ? 'name' : `ofType { ${nest(n - 1)} }`);
    const query = `{ __type(name: "PublishedRecord") { fields { type { ${nest(PUBLIC_LIMITS.depth)} } } } }`;
    const refused = await anonymous(t, query);
    expect(refused.errors?.[0]?.message).toMatch(/depth/i);
    const shallow = `{ publishedRecords(dataset: EXECUTIVE_PAY) { edges { node { id values } } pageInfo { endCursor } } }`;
    expect((await anonymous(t, shallow)).errors).toBeUndefined();
  });

  test('a query costlier than the limit is refused before execution; a cheaper page answers', async () => {
    const refused = await anonymous(t, page(500));
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.message).toMatch(new RegExp(`Cost limit of ${PUBLIC_LIMITS.cost} exceeded`));
    const cheaper = await anonymous(t, page(100));
    expect(cheaper.errors).toBeUndefined();
    expect(cheaper.data).toEqual({ publishedRecords: { nodes: [] } });
  });

  test('signed-in callers are not held by the anonymous cost limit', async () => {
    const result = await t.gql(page(500), {}, token);
    expect(result.errors).toBeUndefined();
  });

  test('GraphiQL is served outside production', async () => {
    const response = await openInBrowser(t);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  test('internal operations answer UNAUTHENTICATED to anonymous callers, and a bogus token is anonymous', async () => {
    const me = await anonymous(t, '{ me { username } }');
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bogus = await t.gql(aliases(PUBLIC_LIMITS.aliases + 1), {}, 'not-a-token');
    expect(bogus.errors?.[0]?.message).toMatch(/aliases/i);
  });

  test('introspection works outside production', async () => {
    expect((await anonymous(t, INTROSPECTION)).errors).toBeUndefined();
  });
});

describe('in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.dispose());

  test('anonymous callers cannot introspect; signed-in users can', async () => {
    const refused = await anonymous(t, INTROSPECTION);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);
    const token = await t.tokenFor('muni-reviewer');
    expect((await t.gql(INTROSPECTION, {}, token)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  test('GraphiQL is not served', async () => {
    const response = await openInBrowser(t);
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await response.text()).not.toMatch(/graphiql/i);
  });

  test('the anonymous cost limit still holds', async () => {
    const refused = await anonymous(t, page(500));
    expect(refused.errors?.[0]?.message).toMatch(/Cost limit/);
  });

  test('public queries still work', async () => {
    const result = await anonymous(t, '{ datasetCatalogue { slug } }');
    expect(result.errors).toBeUndefined();
  });
});
