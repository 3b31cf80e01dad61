import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openPostgres } from '../../src/db/postgres.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';

describe(`a script that fails inside its own transaction (${testEngine})`, () => {
  let t: TestDatabase;
  let one: Database;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
    // One connection on PostgreSQL too, so the statement after the failure could meet its state.
    one = t.url ? openPostgres(t.url, { max: 1 }) : t.db;
  });
  afterAll(async () => {
    if (one !== t.db) await one.close();
    await t.dispose();
  });

  test('leaves the connection usable and writes nothing (as pg-boss migration scripts need)', async () => {
    await one.sql.exec('CREATE TABLE script_probe (n int)');
    await expect(
      one.sql.exec('BEGIN; INSERT INTO script_probe VALUES (1); SELECT no_such_function(); COMMIT;'),
    ).rejects.toThrow(/no_such_function/);
    // Without the rollback PGlite's one connection answered "current transaction is aborted" here.
    expect((await one.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM script_probe')).rows).toEqual([
      { n: 0 },
    ]);
  });
});
