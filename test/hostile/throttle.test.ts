import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/audit/verify.js';
import { parseEnv } from '../../src/env.js';
import { type App, createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { listen } from '../public/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { type Answer, expectCodedRefusal, send } from './support.js';

const LIMITS = {
  SIGN_IN_FAILURES_PER_USERNAME: '3',
  SIGN_IN_FAILURES_PER_ADDRESS: '8',
  // Above what the sign-in tests send from one address, so that only the budget test meets it.
  PUBLIC_REQUESTS_PER_MINUTE: '12',
  TRUST_PROXY: 'true',
};
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** Issue 16 item 2: throttling through the real HTTP server, each address named by the proxy header. */
describe('throttling', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp({ env: LIMITS });
    base = await listen(t);
  });
  afterAll(async () => {
    await t.app.close();
    await t.dispose();
  });

  const from = (address: string, token?: string) => ({
    'content-type': 'application/json',
    'x-forwarded-for': `203.0.113.99, ${address}`,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
  const signIn = (address: string, u: string, p: string) =>
    send(`${base}/graphql`, {
      method: 'POST',
      headers: from(address),
      body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
    });
  const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code ?? 'OK';

  test('a username is refused after its failures, known or not, even with the right password', async () => {
    for (const username of ['ent-a', 'no-such-user']) {
      for (let i = 0; i < 3; i += 1)
        expect(codeOf(await signIn('10.0.0.1', username, 'wrong-pass'))).toBe('UNAUTHENTICATED');
    }
    // The same refusal for both, from an address that has not failed at all.
    const known = await signIn('10.0.0.2', 'ent-a', 'sunshine-demo');
    const unknown = await signIn('10.0.0.2', 'no-such-user', 'sunshine-demo');
    expectCodedRefusal(known, 'TOO_MANY_REQUESTS');
    expectCodedRefusal(unknown, 'TOO_MANY_REQUESTS');
    // The request id differs per request by design (it names the log line); nothing else may.
    const shape = (a: Answer) =>
      JSON.stringify(a.body)
        .replace(/"requestId":"[^"]*"/g, '')
        .replace(/\d+/g, 'N');
    expect(shape(unknown)).toBe(shape(known));
    expect(known.body.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);
  });

  test('another user signs in from the same address meanwhile', async () => {
    expect(codeOf(await signIn('10.0.0.1', 'ent-b', 'sunshine-demo'))).toBe('OK');
  });

  test('an address is refused after its failures, whatever the usernames; other addresses are not', async () => {
    for (let i = 0; i < 8; i += 1)
      expect(codeOf(await signIn('10.0.0.3', `guess-${i}`, 'x'))).toBe('UNAUTHENTICATED');
    expectCodedRefusal(await signIn('10.0.0.3', 'ent-d', 'sunshine-demo'), 'TOO_MANY_REQUESTS');
    expect(codeOf(await signIn('10.0.0.4', 'ent-d', 'sunshine-demo'))).toBe('OK');
  });

  test('failed sign-ins are audited per username and window, not per attempt; the chain holds', async () => {
    for (let i = 0; i < 10; i += 1) await signIn(`10.0.1.${i}`, 'ent-a', 'wrong-again');
    const rows = await t.db.prisma.auditLog.findMany({
      where: { actorUsername: 'ent-a' },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => r.action)).toEqual(['login-failed', 'login-throttled']);
    expect(rows[1]?.details).toMatchObject({ attempts: 4, perUsername: 3, windowSeconds: 900 });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });

  test('anonymous reads have a per-address budget: GraphQL and downloads alike (HTTP 429)', async () => {
    const query = {
      method: 'POST',
      headers: from('10.0.2.1'),
      body: JSON.stringify({ query: '{ datasetCatalogue { key } }' }),
    };
    for (let i = 0; i < 11; i += 1) expect((await send(`${base}/graphql`, query)).status).toBe(200);
    expect(
      (await send(`${base}/api/datasets/executive-pay.json`, { headers: from('10.0.2.1') })).status,
    ).toBe(200);
    const graphql = await send(`${base}/graphql`, query);
    expect(graphql.status).toBe(429);
    expectCodedRefusal({ ...graphql, status: 200 }, 'TOO_MANY_REQUESTS');
    const download = await fetch(`${base}/api/datasets/executive-pay.csv`, { headers: from('10.0.2.1') });
    expect(download.status).toBe(429);
    expect(Number(download.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await download.json()).toMatchObject({
      error: 'TOO_MANY_REQUESTS',
      message: { zh: expect.any(String) },
    });
    // Another address, and a signed-in caller from this one, are not held by it.
    expect((await send(`${base}/graphql`, { ...query, headers: from('10.0.2.2') })).status).toBe(200);
    const token = await t.tokenFor('ent-b'); // ent-a is held by the sign-in tests above
    const signedIn = await send(`${base}/graphql`, { ...query, headers: from('10.0.2.1', token) });
    expect(signedIn.body).toMatchObject({ data: { datasetCatalogue: expect.any(Array) } });
  });

  test('on PostgreSQL, a second instance on the same database sees the same counters', async () => {
    if (t.db.kind !== 'postgres') return;
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const env = parseEnv({
      NODE_ENV: 'test',
      AUTH_SECRET: 'test-secret-test-secret-test-secret!',
      ...LIMITS,
    });
    const second: App = createApp(env, t.db, createLogger('silent', sink));
    const response = await second.yoga.fetch('http://second.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'no-such-user', p: 'sunshine-demo' } }),
    });
    expect((await response.json()).errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    const { rows } = await t.db.sql.query<{ key: string }>(
      "SELECT key FROM rate_limit WHERE key LIKE 'sign-in-user:%'",
    );
    expect(rows.map((r) => r.key)).toContain('sign-in-user:no-such-user');
  });
});
