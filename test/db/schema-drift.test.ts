import { readFileSync } from 'node:fs';
import { getDMMF } from '@prisma/get-dmmf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { datasets } from '../../schema/datasets/index.js';
import { rowTableName } from '../../schema/derive/row-table.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type DatabaseShape, shapeFromDmmf } from '../support/schema-drift.js';
import { describeDrift, shapeFromDatabase } from '../support/schema-drift-db.js';

const PRISMA_SCHEMA = readFileSync(new URL('../../prisma/schema.prisma', import.meta.url), 'utf8');
// Tables only plain SQL touches, each with the reason it is not in schema.prisma.
// The rows_* tables are derived from schema/datasets and checked against it in row-tables.test.ts.
const SQL_ONLY_TABLES = [
  'schema_migration' /* postgrator's ledger */,
  'audit_head' /* moved by a trigger on audit_log, read by audit:verify */,
  ...datasets.map(rowTableName),
];

async function shapeOf(schemaText: string): Promise<DatabaseShape> {
  const dmmf = await getDMMF({ datamodel: schemaText });
  if ('error' in dmmf) throw dmmf.error;
  return shapeFromDmmf(dmmf.datamodel);
}

describe('schema.prisma and the migrated database', () => {
  let t: TestDatabase;
  let actual: DatabaseShape;
  beforeAll(async () => {
    t = await createTestDatabase();
    actual = await shapeFromDatabase(t.db.sql, SQL_ONLY_TABLES);
  });
  afterAll(() => t.dispose());

  test('agree on tables, columns, types, nullability and unique constraints', async () => {
    expect(describeDrift(await shapeOf(PRISMA_SCHEMA), actual)).toEqual([]);
  });

  test.each([
    [
      'a column made optional',
      PRISMA_SCHEMA.replace('name        String         @unique', 'name        String?        @unique'),
      'regulator.name',
    ],
    [
      'a uniqueness dropped',
      PRISMA_SCHEMA.replace('username     String      @unique', 'username     String'),
      'app_user unique',
    ],
    [
      'a column the database lacks',
      PRISMA_SCHEMA.replace('disabled     Boolean', 'nickname     String?\n  disabled     Boolean'),
      'app_user.nickname',
    ],
    [
      'a changed type',
      PRISMA_SCHEMA.replace('uscc        String    @unique @db.Char(18)', 'uscc        String    @unique'),
      'enterprise.uscc',
    ],
  ])('notices %s', async (_name, mutated, where) => {
    expect(mutated).not.toBe(PRISMA_SCHEMA);
    const drift = describeDrift(await shapeOf(mutated), actual);
    expect(drift.join('\n')).toContain(where);
  });
});
