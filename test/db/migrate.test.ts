import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../../src/db/migrate.js';
import { createTestDatabase, type TestDatabase, testEngine } from '../support/database.js';

describe(`migrations on an empty ${testEngine} database`, () => {
  let t: TestDatabase | undefined;
  afterEach(() => t?.dispose());

  test('apply every file once, then nothing', async () => {
    t = await createTestDatabase({ migrate: false });
    const first = await migrate(t.db);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.applied[0]).toMatch(/^001\.do\..+\.sql$/);
    const second = await migrate(t.db);
    expect(second.applied).toEqual([]);
    expect(second.version).toBe(first.version);
  });

  test('refuse to run when an applied migration was edited', async () => {
    t = await createTestDatabase({ migrate: false });
    const dir = mkdtempSync(path.join(tmpdir(), 'sunshine-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(t.db, dir);
    writeFileSync(path.join(dir, '001.do.core.sql'), '-- edited after it was applied\nSELECT 1;\n');
    await expect(migrate(t.db, dir)).rejects.toThrow(/checksum/i);
  });

  test('roll back a failing migration completely', async () => {
    t = await createTestDatabase({ migrate: false });
    const dir = mkdtempSync(path.join(tmpdir(), 'sunshine-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    writeFileSync(
      path.join(dir, '900.do.broken.sql'),
      'CREATE TABLE half_done (id int);\nSELECT no_such_function();\n',
    );
    await expect(migrate(t.db, dir)).rejects.toThrow();
    const tables = await t.db.sql.query(
      "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'",
    );
    expect(tables.rows).toEqual([]);
    const ledger = await t.db.sql.query<{ version: string }>(
      'SELECT version FROM schema_migration WHERE version = 900',
    );
    expect(ledger.rows).toEqual([]);
  });
});
