import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { seedDemo } from '../../src/demo/seed.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';
import { BOUNDS, formatFigure, measured, type ServerProbe, SLACK, startServer } from './server-probe.js';
import { expectCodedRefusal, json, multipart, part, send, sendLarge } from './support.js';

// What hostile-requests.test.ts checks for its answers, here for the server's health: the real
// server in its own process answers each hostile request with a coded refusal within 10 s, its
// RSS grows by less than 300 MB, and /healthz answers within 1 s (2 s on PGlite) meanwhile.
const UPLOAD = 'mutation($file: File!) { uploadSubmission(dataset: EXECUTIVE_PAY, file: $file) { id } }';
const LOGIN = 'mutation($p: String!) { login(username: "ent-a", password: $p) { token } }';
const SEARCH = 'query($s: String) { publishedRecords(dataset: EXECUTIVE_PAY, search: $s) { totalCount } }';
const aliases = (n: number, field: string) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const nested = (depth: number) => `{${'a{'.repeat(depth)}b${'}'.repeat(depth + 1)}`;
const operations = JSON.stringify({ query: UPLOAD, variables: { file: null } });

/**
 * Each case builds its request (a RequestInit, or the encoded body of a large JSON POST) before it is
 * measured: building a 45 MB body costs the test's own event loop, which polls /healthz.
 */
type Hostile = [label: string, code: string, build: (token: string) => RequestInit | Buffer];

const search = (s: string) => ({ query: SEARCH, variables: { s } });
const CASES: Hostile[] = [
  ['1,000 aliases', 'GRAPHQL_PARSE_FAILED', (t) => json({ query: aliases(1000, 'me { id }') }, t)],
  [
    '60 aliases of two fields (breadth)',
    'BAD_REQUEST',
    (t) => json({ query: aliases(60, 'me { id username }') }, t),
  ],
  ['10,000 nested braces', 'GRAPHQL_PARSE_FAILED', (t) => json({ query: nested(10_000) }, t)],
  [
    'a query of 200,000 characters',
    'BAD_REQUEST',
    (t) => json({ query: `{ me { id } }${' '.repeat(200_000)}` }, t),
  ],
  ['a search of 201 characters', 'BAD_USER_INPUT', () => json(search('x'.repeat(201)))],
  [
    'a 45 MB search string',
    'BAD_USER_INPUT',
    () => Buffer.from(JSON.stringify(search('x'.repeat(45_000_000)))),
  ],
  [
    'a 10 MB password',
    'BAD_USER_INPUT',
    () => Buffer.from(JSON.stringify({ query: LOGIN, variables: { p: 'p'.repeat(10_000_000) } })),
  ],
  [
    'a 5 MB search in multipart',
    'BAD_USER_INPUT',
    (t) =>
      multipart(
        `${part('operations', JSON.stringify(search('x'.repeat(5_000_000))))}${part('map', '{}')}--XyZ--\r\n`,
        t,
      ),
  ],
  [
    'multipart: a truncated body',
    'BAD_REQUEST',
    (t) => multipart(`--XyZ\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query"`, t),
  ],
  ['multipart: garbage', 'BAD_REQUEST', (t) => multipart('this is not multipart at all', t)],
  [
    'multipart: a map that is not JSON',
    'GRAPHQL_VALIDATION_FAILED',
    (t) => multipart(`${part('operations', operations)}${part('map', '[[[')}--XyZ--\r\n`, t),
  ],
  [
    'file: "abc" in a JSON body',
    'BAD_USER_INPUT',
    (t) => json({ query: UPLOAD, variables: { file: 'abc' } }, t),
  ],
];

describe(`hostile requests: the server's health (${testEngine})`, () => {
  let t: TestDatabase | undefined;
  let server: ServerProbe;
  let token = '';
  const figures: string[] = [];
  beforeAll(async () => {
    if (testEngine === 'postgres') {
      t = await createTestDatabase();
      await seedDemo(t.db);
    }
    server = await startServer(t?.url);
    const login = await send(
      `${server.base}/graphql`,
      json({ query: 'mutation { login(username: "ent-a", password: "sunshine-demo") { token } }' }),
    );
    token = (login.body.data as { login: { token: string } }).login.token;
  }, 120_000);
  afterAll(async () => {
    console.log(`hostile requests on ${testEngine} (time bounds ×${SLACK}):\n${figures.join('\n')}`);
    await server?.stop();
    await t?.dispose();
  });

  test.each(CASES)(
    '%s',
    async (label, code, build) => {
      const url = `${server.base}/graphql`;
      const request = build(token);
      const { value, figure } = await measured(server, label, () =>
        Buffer.isBuffer(request) ? sendLarge(url, request) : send(url, request),
      );
      figures.push(formatFigure(figure));
      expectCodedRefusal(value, code);
      expect(figure.answerMs).toBeLessThan(BOUNDS.answerMs * SLACK);
      expect(figure.rssGrowthMb).toBeLessThan(BOUNDS.rssGrowthMb);
      expect(figure.failedHealth).toBe(0);
      expect(figure.slowestHealthMs).toBeLessThan(BOUNDS.healthMs * SLACK);
    },
    60_000 * SLACK,
  );
});
