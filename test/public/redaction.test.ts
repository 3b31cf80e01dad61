import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  anonymous,
  fileThrough,
  listen,
  propertyCsv,
  RESIDENT_ID,
  SECRET_PARTS,
  signIn,
  xlsxXml,
} from './support.js';

describe('a natural person buyer’s resident ID never reaches the public, nor the name unmasked', () => {
  let t: TestApp;
  let base: string;
  let submissionId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const tokens = await signIn(t);
    const csv = propertyCsv({ code: 'G32018SH1000401', name: '虹口商铺资产转让', buyer: 'person' });
    submissionId = await fileThrough(t, tokens, 'PROPERTY_TRANSACTIONS', csv);
    base = await listen(t);
  });
  afterAll(() => t.dispose());

  test('the regulator side has it (the test can fail)', async () => {
    const { rows } = await t.db.sql.query(
      'SELECT 1 FROM rows_property_transactions WHERE submission_id = $1 AND buyer_id_number = $2',
      [submissionId, RESIDENT_ID],
    );
    expect(rows).toHaveLength(1);
  });

  const responses: [string, () => Promise<string>][] = [
    [
      'GraphQL publishedRecords',
      async () =>
        (
          await anonymous(
            t,
            '{ publishedRecords(dataset: PROPERTY_TRANSACTIONS, first: 50) { nodes { id values enterpriseName } } }',
          )
        ).raw,
    ],
    [
      'GraphQL search by the ID',
      async () =>
        (
          await anonymous(
            t,
            `{ publishedRecords(dataset: PROPERTY_TRANSACTIONS, search: "${RESIDENT_ID}") { totalCount nodes { values } } }`,
          )
        ).raw,
    ],
    ['CSV', async () => (await fetch(`${base}/api/datasets/property-transactions.csv`)).text()],
    ['JSON', async () => (await fetch(`${base}/api/datasets/property-transactions.json`)).text()],
    [
      'XLSX',
      async () =>
        xlsxXml(
          new Uint8Array(
            await (await fetch(`${base}/api/datasets/property-transactions.xlsx`)).arrayBuffer(),
          ),
        ),
    ],
    [
      'dictionary',
      async () => (await fetch(`${base}/api/datasets/property-transactions/dictionary.json`)).text(),
    ],
  ];

  test.each(responses)(
    '%s holds the record but no part of the ID, and the name only masked',
    async (_name, fetchBody) => {
      const body = await fetchBody();
      // A natural person's name is masked by default (李*): the record is there, the name is not.
      if (!_name.includes('dictionary') && !_name.includes('search')) expect(body).toContain('张**');
      for (const part of [...SECRET_PARTS, '张三丰']) expect(body).not.toContain(part);
    },
  );

  test('searching for the ID finds nothing', async () => {
    const result = await anonymous<{ publishedRecords: { totalCount: number } }>(
      t,
      `{ publishedRecords(dataset: PROPERTY_TRANSACTIONS, search: "${RESIDENT_ID.slice(6, 14)}") { totalCount } }`,
    );
    expect(result.data?.publishedRecords.totalCount).toBe(0);
  });
});
