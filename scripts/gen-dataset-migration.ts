// `npm run gen:migration`: writes the migration for every dataset of the registry that has no row
// table in prisma/migrations yet — its GraphQL enum value and its typed row table, derived from its
// definition — as the next numbered file. Existing migrations are never edited; the drift tests
// (test/db/row-tables.test.ts, schema-drift.test.ts) prove the result matches the definitions.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasets } from '../schema/datasets/index.js';
import { newDatasetMigration } from '../schema/derive/dataset-migration.js';
import { MIGRATIONS_DIR } from '../src/db/migrate.js';

const files = readdirSync(MIGRATIONS_DIR).filter((name) => /^\d+\.do\..*\.sql$/.test(name));
const existing = files.map((name) => readFileSync(path.join(MIGRATIONS_DIR, name), 'utf8')).join('\n');
let next = Math.max(0, ...files.map((name) => Number.parseInt(name, 10))) + 1;
let written = 0;
for (const def of datasets) {
  const sql = newDatasetMigration(def, existing);
  if (!sql) continue;
  const name = `${String(next).padStart(3, '0')}.do.dataset-${def.key}.sql`;
  writeFileSync(path.join(MIGRATIONS_DIR, name), sql);
  console.log(`wrote prisma/migrations/${name}`);
  next += 1;
  written += 1;
}
if (written === 0) console.log('every dataset already has its migration');
else
  console.log('add the GraphQL name to `enum DatasetKey` in prisma/schema.prisma (the drift test checks it)');
