import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

// The GraphQL-over-HTTP spec's own conformance suite, run against the real HTTP server.
describe('GraphQL over HTTP conformance', () => {
  let t: TestApp;
  let url = '';
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await t.app.close();
    await t.dispose();
  });

  const audits = serverAudits({ url: () => url });
  test.each(
    audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const),
  )('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
  });

  test('healthz reports the engine', async () => {
    const response = await fetch(url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: t.db.kind });
  });
});
