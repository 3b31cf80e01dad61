import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEnv } from '../../src/env.js';
import { createApp } from '../../src/server/app.js';
import { createLogger } from '../../src/server/logger.js';
import { messages } from '../../src/web/i18n.js';
import { datasetPage } from '../../src/web/pages/dataset.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { submissionInState } from '../support/scenario.js';
import { recording, recordingDatabase } from './plans.js';

describe('a list runs a bounded number of queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await submissionInState(t.db, 'a', 'PUBLISHED');
  });
  afterAll(() => t.dispose());

  const page = (sql: ReturnType<typeof recording>['client'], query = '') =>
    datasetPage(
      { sql, lang: 'zh', t: messages.zh, url: new URL(`http://x/datasets/executive-pay${query}`) },
      'executive-pay',
    );

  test('the dataset page: three queries; the filter lists are read again only after a publication', async () => {
    // One client for every request, as the server has: the lists are cached per database handle.
    const { client, statements } = recording(t.db.sql);
    const shown = await page(client);
    expect(shown.body.value).toContain('data-record=');
    // The page, its count, the version, then the lists (enterprises and one facet) once.
    expect(statements.length).toBeLessThanOrEqual(5);
    for (const query of ['', '?q=%E5%BC%A0', '?status=current&fiscalYear=2023']) {
      statements.length = 0;
      await page(client, query);
      expect(statements.filter((s) => /SELECT DISTINCT/.test(s.text))).toEqual([]);
      expect(statements.length).toBeLessThanOrEqual(3);
    }
    // A publication moves the version: the next page reads the lists again, and shows the new year.
    await submissionInState(t.db, 'a', 'PUBLISHED');
    statements.length = 0;
    await page(client);
    expect(statements.filter((s) => /SELECT DISTINCT/.test(s.text)).length).toBeGreaterThan(0);
  });

  test('publishedRecords runs one query, and counts only when totalCount is asked for', async () => {
    const { db, statements } = recordingDatabase(t.db);
    const env = parseEnv({ NODE_ENV: 'test', AUTH_SECRET: 'test-secret-test-secret-test-secret!' });
    const app = createApp(env, db, createLogger('silent'));
    const ask = async (fields: string) => {
      statements.length = 0;
      const response = await app.yoga.fetch('http://sunshine.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ publishedRecords(dataset: EXECUTIVE_PAY, first: 50) { ${fields} } }`,
        }),
      });
      const body = (await response.json()) as { data: { publishedRecords: Record<string, unknown> } };
      return { body, read: statements.filter((s) => s.text.includes('published_')) };
    };
    const plain = await ask('nodes { id } pageInfo { hasNextPage endCursor }');
    expect((plain.body.data.publishedRecords.nodes as unknown[]).length).toBeGreaterThan(0);
    expect(plain.read).toHaveLength(1);
    const counted = await ask('totalCount nodes { id }');
    expect(counted.body.data.publishedRecords.totalCount).toBe(
      (counted.body.data.publishedRecords.nodes as unknown[]).length,
    );
    expect(counted.read).toHaveLength(2);
  });
});
