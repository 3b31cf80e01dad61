import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkReadiness } from '../../src/ops/readiness.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;
let base: string;

beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_TOKEN: 'scrape-token-0123456789' } });
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.app.close();
  await t.dispose();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`, {
    headers: { authorization: 'Bearer scrape-token-0123456789' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('/metrics', () => {
  test('needs the configured token', async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  test('counts requests by route and GraphQL operations by root field and outcome', async () => {
    await post({ query: 'mutation { login(username: "ent-a", password: "wrong") { token } }' });
    await post({ query: '{ publishedRecords(dataset: EXECUTIVE_PAY, first: 5) { nodes { id } } }' });
    await fetch(`${base}/healthz`);
    const text = await scrape();
    expect(text).toMatch(
      /sunshine_graphql_operations_total\{operation="login",type="mutation",outcome="refused"\} 1/,
    );
    expect(text).toMatch(
      /sunshine_graphql_operations_total\{operation="publishedRecords",type="query",outcome="ok"\} 1/,
    );
    expect(text).toMatch(/sunshine_http_requests_total\{route="healthz",method="GET",status="200"\} [1-9]/);
    expect(text).toMatch(/sunshine_http_request_duration_seconds_bucket\{le="[^"]+",route="graphql"\}/);
    expect(text).toContain('sunshine_process_resident_memory_bytes');
  });

  test('client-chosen operation names never become labels', async () => {
    await post({ query: 'query Evil123abc { me { username } }', operationName: 'Evil123abc' });
    expect(await scrape()).not.toContain('Evil123abc');
  });

  test('reports the platform gauges from the database', async () => {
    const text = await scrape();
    expect(text).toContain('sunshine_rows_validated');
    expect(text).toContain('# TYPE sunshine_queue_depth gauge');
    expect(text).toContain('# TYPE sunshine_deliveries gauge');
    if (t.db.kind === 'postgres') expect(text).toMatch(/sunshine_db_pool_connections\{state="total"\} \d+/);
  });
});

describe('request ids', () => {
  test('the id in an error the user sees is the id on the log line', async () => {
    const response = await post({
      query: '{ submission(id: "00000000-0000-4000-8000-000000000000") { id } }',
    });
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await response.json()) as { errors: { extensions: { requestId?: string } }[] };
    expect(body.errors[0]?.extensions.requestId).toBe(requestId);
    expect(t.logs.some((line) => line.includes(`"requestId":"${requestId}"`))).toBe(true);
  });

  test('a sane incoming X-Request-Id is kept; a hostile one is replaced', async () => {
    const kept = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-1234abcd');
    const replaced = await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'a"}{"evil":1 x' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('/readyz', () => {
  test('ready when the database answers, is fully migrated and the server accepts', async () => {
    const response = await fetch(`${base}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      database: true,
      migrations: true,
      workers: true,
      accepting: true,
    });
  });

  test('not ready while shutting down or behind on migrations', async () => {
    expect((await checkReadiness({ db: t.db, stopping: () => true })).ready).toBe(false);
    await t.owner.sql.query('CREATE TABLE schema_migration_saved AS SELECT * FROM schema_migration');
    await t.owner.sql.query(
      'DELETE FROM schema_migration WHERE version = (SELECT max(version) FROM schema_migration)',
    );
    try {
      const behind = await checkReadiness({ db: t.db, stopping: () => false });
      expect(behind).toMatchObject({ ready: false, checks: { database: true, migrations: false } });
    } finally {
      await t.owner.sql.query(
        'INSERT INTO schema_migration SELECT * FROM schema_migration_saved ON CONFLICT DO NOTHING',
      );
    }
  });
});
