import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

const COPY = 'COPY copy_probe (n, label) FROM STDIN';
const lines = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `${from + i}\tline ${from + i}\n`).join('');

// The streaming COPY behind uploads, on PGlite (gathered slices) and PostgreSQL (one statement).
describe('SqlClient.copyIn', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ migrate: false });
    await t.db.sql.exec('CREATE TABLE copy_probe (n integer PRIMARY KEY, label text NOT NULL)');
  });
  afterAll(() => t.dispose());

  const count = async () =>
    Number((await t.db.sql.query<{ n: string }>('SELECT count(*)::text AS n FROM copy_probe')).rows[0]?.n);

  test('many chunks, text and bytes, make one load, visible in the transaction', async () => {
    await t.db.sql.exec('TRUNCATE copy_probe');
    const seen = await t.db.transaction(async (tx) => {
      const copy = tx.copyIn(COPY);
      // Past PGlite's slice size, so it loads more than once.
      for (let i = 0; i < 60; i++) await copy.write(lines(i * 5000, (i + 1) * 5000));
      await copy.write(new TextEncoder().encode(lines(300_000, 300_002)));
      await copy.end();
      return (await tx.query<{ n: string }>('SELECT count(*)::text AS n FROM copy_probe')).rows[0]?.n;
    });
    expect(seen).toBe('300002');
    expect(await count()).toBe(300_002);
  });

  test('a statement issued after copyIn runs after the COPY, as on one connection', async () => {
    await t.db.sql.exec('TRUNCATE copy_probe');
    const seen = await t.db.transaction(async (tx) => {
      const copy = tx.copyIn(COPY);
      const counted = tx.query<{ n: string }>('SELECT count(*)::text AS n FROM copy_probe');
      await copy.write(lines(0, 10));
      await copy.end();
      return (await counted).rows[0]?.n;
    });
    expect(seen).toBe('10');
  });

  test('abort, then rolling back to a savepoint, keeps nothing and leaves the transaction usable', async () => {
    await t.db.sql.exec('TRUNCATE copy_probe');
    await t.db.transaction(async (tx) => {
      await tx.query("INSERT INTO copy_probe VALUES (-1, 'kept')");
      await tx.exec('SAVEPOINT rows');
      const copy = tx.copyIn(COPY);
      await copy.write(lines(0, 1000));
      await copy.abort();
      await tx.exec('ROLLBACK TO SAVEPOINT rows');
      await tx.query("INSERT INTO copy_probe VALUES (-2, 'after')");
    });
    const rows = await t.db.sql.query<{ n: number }>('SELECT n FROM copy_probe ORDER BY n');
    expect(rows.rows.map((r) => r.n)).toEqual([-2, -1]);
  });

  test("the server's refusal reaches the writer and rolls the transaction back", async () => {
    await t.db.sql.exec('TRUNCATE copy_probe');
    const failed = t.db.transaction(async (tx) => {
      const copy = tx.copyIn(COPY);
      await copy.write(lines(0, 10));
      await copy.write('not a number\tx\n');
      await copy.end();
    });
    await expect(failed).rejects.toThrow(/integer/);
    expect(await count()).toBe(0);
  });
});
