import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { internalSchema } from '../../src/graphql/schema.js';

// The CommonJS copy of graphql, the one Pothos builds with (see test/graphql/schema.test.ts).
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

// The workspace's documents are type-checked against web/schema.graphql (gql.tada): when the API
// changes, the printed copy must follow (`npm run web:schema`), or the app would be checked
// against a schema the server no longer serves.
describe('the schema the workspace app is checked against', () => {
  test('web/schema.graphql is the internal schema as printed now', async () => {
    const printed = await readFile(new URL('../../web/schema.graphql', import.meta.url), 'utf8');
    expect(printed).toBe(`${printSchema(internalSchema)}\n`);
  });
});
