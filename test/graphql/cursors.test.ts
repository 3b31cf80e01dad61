import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeCursor } from '../../src/pagination/cursor.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { ENTERPRISE_A, executivePayCsv } from '../support/files.js';
import { upload } from '../support/upload.js';

const LISTS = {
  submissions: '{ submissions(first: 1, after: $after) { nodes { id } pageInfo { endCursor } } }',
  issues:
    '{ submission(id: $id) { issues(first: 1, after: $after) { nodes { seq } pageInfo { endCursor } } } }',
  publishedRecords:
    '{ publishedRecords(dataset: EXECUTIVE_PAY, first: 1, after: $after) { nodes { id } pageInfo { endCursor } } }',
};
type List = keyof typeof LISTS;

const query = (list: List) => `query($after: String${list === 'issues' ? ', $id: ID!' : ''}) ${LISTS[list]}`;

// Garbage, base64url of text that is no key, base64url of a key of another list, characters outside base64url.
const BAD = ['enp6', 'eHh4', encodeCursor('-1'), encodeCursor('["x","y",1]'), '!!!!', 'ZZZ='];

describe('a malformed cursor is the caller’s mistake', () => {
  let t: TestApp;
  let token: string;
  let id: string;
  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor('muni-reviewer');
    const csv = executivePayCsv(ENTERPRISE_A, [
      { name: '张伟', base: '六十' },
      { name: '李娜', base: '七十' },
    ]);
    const uploaded = await upload(t, await t.tokenFor('ent-a'), 'EXECUTIVE_PAY', {
      name: 'x.csv',
      content: csv,
    });
    id = uploaded.data!.uploadSubmission.id;
  });
  afterAll(() => t.dispose());

  const cells = (Object.keys(LISTS) as List[]).flatMap((list) => BAD.map((after) => ({ list, after })));
  test.each(cells)('$list(after: "$after") answers BAD_USER_INPUT', async ({ list, after }) => {
    const result = await t.gql(query(list), { after, id }, token);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: { zh: expect.stringContaining('游标'), en: expect.stringContaining('cursor') },
    });
  });

  test.each(Object.keys(LISTS) as List[])('%s pages on with the cursors it gave', async (list) => {
    const first = await t.gql<Record<string, unknown>>(query(list), { after: null, id }, token);
    expect(first.errors).toBeUndefined();
    const cursor = JSON.stringify(first.data).match(/"endCursor":"([^"]+)"/)?.[1];
    const next = await t.gql(query(list), { after: cursor ?? null, id }, token);
    expect(next.errors).toBeUndefined();
  });
});
