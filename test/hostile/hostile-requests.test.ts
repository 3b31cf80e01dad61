import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listen } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { expectCodedRefusal, json, multipart, part, send, sendLarge } from './support.js';

const SECRET = new TextEncoder().encode('test-secret-test-secret-test-secret!');
const UPLOAD = 'mutation($file: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $file) { id } }';
const SEARCH = 'query($s: String) { publishedRecords(dataset: EXECUTIVE_PAY, search: $s) { totalCount } }';

/** Issue 14 item 5 and 6: hostile requests through the real HTTP server, each a coded refusal. */
describe('hostile requests', () => {
  let t: TestApp;
  let url: string;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp();
    url = `${await listen(t)}/graphql`;
    token = await t.tokenFor('ent-a');
  });
  afterAll(async () => {
    await t.app.close();
    await t.dispose();
  });

  const aliases = (n: number, field: string) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
  const nested = (depth: number) => `{${'a{'.repeat(depth)}b${'}'.repeat(depth + 1)}`;

  test.each([
    ['1,000 aliases, signed in', () => aliases(1000, 'me { id }'), true, 'GRAPHQL_PARSE_FAILED'],
    [
      '1,000 aliases, anonymous',
      () => aliases(1000, 'datasetCatalogue { key }'),
      false,
      'GRAPHQL_PARSE_FAILED',
    ],
    [
      '60 aliases of two fields (over the breadth limit)',
      () => aliases(60, 'me { id username }'),
      true,
      'BAD_REQUEST',
    ],
    ['10,000 nested braces, signed in', () => nested(10_000), true, 'GRAPHQL_PARSE_FAILED'],
    ['10,000 nested braces, anonymous', () => nested(10_000), false, 'GRAPHQL_PARSE_FAILED'],
    ['a query of 200,000 characters', () => `{ me { id } }${' '.repeat(200_000)}`, true, 'BAD_REQUEST'],
  ])('%s', async (_name, query, signedIn, code) => {
    expectCodedRefusal(await send(url, json({ query: query() }, signedIn ? token : undefined)), code);
  });

  test('file: "abc" in a JSON body', async () => {
    expectCodedRefusal(
      await send(url, json({ query: UPLOAD, variables: { file: 'abc' } }, token)),
      'BAD_USER_INPUT',
    );
  });

  const operations = JSON.stringify({ query: UPLOAD, variables: { file: null } });
  test.each([
    ['a truncated body', `--XyZ\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query"`],
    ['garbage', 'this is not multipart at all'],
    ['operations that are not JSON', `${part('operations', '{not json')}${part('map', '{}')}--XyZ--\r\n`],
    ['no map', `${part('operations', operations)}${part('0', 'a,b', 'x.csv')}--XyZ--\r\n`],
    [
      'a map naming a missing file',
      `${part('operations', operations)}${part('map', '{"0":["variables.file"]}')}--XyZ--\r\n`,
    ],
    ['a map that is not JSON', `${part('operations', operations)}${part('map', '[[[')}--XyZ--\r\n`],
  ])('malformed multipart: %s', async (_name, body) => {
    const answer = await send(url, multipart(body, token));
    // Yoga's refusals of the body are BAD_REQUEST; a file variable left empty is GraphQL's own.
    const code = answer.body.errors?.[0]?.extensions?.code as string;
    expect(['BAD_REQUEST', 'GRAPHQL_VALIDATION_FAILED'], answer.raw).toContain(code);
    expectCodedRefusal(answer, code);
  });

  const signed = (claims: { sub?: string; exp?: boolean; ver?: number }) => {
    let jwt = new SignJWT(claims.ver === undefined ? {} : { ver: claims.ver })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('sunshine')
      .setAudience('sunshine-api')
      .setIssuedAt();
    if (claims.sub) jwt = jwt.setSubject(claims.sub);
    if (claims.exp) jwt = jwt.setExpirationTime('1h');
    return jwt.sign(SECRET);
  };
  test('tokens: a subject that is not a UUID, no expiry, no version: refused as unsigned, never a 500', async () => {
    const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: 'ent-a' } });
    const bad = [
      await signed({ sub: 'not-a-uuid', exp: true, ver: 0 }),
      await signed({ sub: "'; DROP TABLE app_user; --", exp: true, ver: 0 }),
      await signed({ sub: user.id, ver: 0 }),
      await signed({ sub: user.id, exp: true }),
    ];
    for (const jwt of bad)
      expectCodedRefusal(await send(url, json({ query: '{ me { id } }' }, jwt)), 'UNAUTHENTICATED');
    // The same claims with all that is required are accepted: the refusals above are the defects.
    const good = await send(
      url,
      json({ query: '{ me { username } }' }, await signed({ sub: user.id, exp: true, ver: 0 })),
    );
    expect(good.body.data).toEqual({ me: { username: 'ent-a' } });
  });

  test.each([
    ['search', SEARCH, { s: 'x'.repeat(201) }, undefined],
    ['search, signed in', SEARCH, { s: '测'.repeat(201) }, 'token'],
    [
      'username',
      'mutation($u: String!) { login(username: $u, password: "x") { token } }',
      { u: 'u'.repeat(101) },
      undefined,
    ],
    [
      'password',
      'mutation($p: String!) { login(username: "ent-a", password: $p) { token } }',
      { p: 'p'.repeat(257) },
      undefined,
    ],
    [
      'reason',
      'mutation($r: String) { reviewSubmission(id: "00000000-0000-4000-8000-000000000000", decision: RETURN, reason: $r) { id } }',
      { r: 'r'.repeat(2001) },
      'token',
    ],
    [
      'an inline literal',
      `{ publishedRecords(dataset: EXECUTIVE_PAY, search: "${'y'.repeat(300)}") { totalCount } }`,
      {},
      undefined,
    ],
  ])('a string over its limit: %s', async (_name, query, variables, who) => {
    const answer = await send(url, json({ query, variables }, who ? token : undefined));
    expectCodedRefusal(answer, 'BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.extensions?.maxLength).toBeGreaterThan(0);
  });

  test('a search of exactly its limit runs', async () => {
    const answer = await send(url, json({ query: SEARCH, variables: { s: 'x'.repeat(200) } }));
    expect(answer.body).toEqual({ data: { publishedRecords: { totalCount: 0 } } });
  });

  test('a 45 MB search string is refused before it is read (413)', async () => {
    const answer = await sendLarge(
      url,
      JSON.stringify({ query: SEARCH, variables: { s: 'x'.repeat(45_000_000) } }),
    );
    expect(answer.status).toBe(413);
    expectCodedRefusal(answer, 'BAD_USER_INPUT');
  });

  test('a 5 MB search string inside a multipart request is refused before any work', async () => {
    const big = JSON.stringify({ query: SEARCH, variables: { s: 'x'.repeat(5_000_000) } });
    const body = `${part('operations', big)}${part('map', '{}')}--XyZ--\r\n`;
    expectCodedRefusal(await send(url, multipart(body, token)), 'BAD_USER_INPUT');
  });

  test('refusals are logged at warn with their code, none as an error, and the server is healthy', async () => {
    const lines = t.logs.map((line) => JSON.parse(line) as { level: number; code?: string });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    const warned = new Set(lines.filter((line) => line.level === 40).map((line) => line.code));
    for (const code of ['GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'BAD_USER_INPUT'])
      expect(warned).toContain(code);
    const health = await send(url.replace('/graphql', '/healthz'), { method: 'GET' });
    expect(health.status).toBe(200);
  });
});
