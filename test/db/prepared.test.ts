import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openPostgres } from '../../src/db/postgres.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';

const prepared = (db: Database) =>
  db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'sun\\_%'`,
    [],
    { prepare: false },
  );

describe(`prepared statements (${testEngine})`, () => {
  let t: TestDatabase;
  let one: Database;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
    // One connection, so every statement below lands on the same one.
    one = t.url ? openPostgres(t.url, { max: 1 }) : t.db;
  });
  afterAll(async () => {
    if (one !== t.db) await one.close();
    await t.dispose();
  });

  test('answers as an unprepared statement does', async () => {
    const text = 'SELECT $1::int + 1 AS n';
    expect((await one.sql.query(text, [41], { prepare: true })).rows).toEqual([{ n: 42 }]);
    expect((await one.sql.query(text, [1], { prepare: true })).rows).toEqual([{ n: 2 }]);
  });

  test.runIf(testEngine === 'postgres')('a repeated text is prepared once per connection', async () => {
    const before = (await prepared(one)).rows[0]?.n ?? 0;
    for (let i = 0; i < 5; i += 1) await one.sql.query('SELECT $1::text AS s', [`v${i}`], { prepare: true });
    expect((await prepared(one)).rows[0]?.n).toBe(before + 1);
  });

  test.runIf(testEngine === 'postgres')('a connection keeps at most 100, forgetting the oldest', async () => {
    for (let i = 0; i < 130; i += 1) await one.sql.query(`SELECT ${i} AS n`, [], { prepare: true });
    expect((await prepared(one)).rows[0]?.n).toBe(100);
    // The oldest was deallocated; asking for it again prepares it again instead of failing.
    expect((await one.sql.query('SELECT 0 AS n', [], { prepare: true })).rows).toEqual([{ n: 0 }]);
    expect((await prepared(one)).rows[0]?.n).toBe(100);
  });
});
