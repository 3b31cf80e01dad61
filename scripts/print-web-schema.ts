// Prints the internal GraphQL schema (what a signed-in user is served) to web/schema.graphql and
// regenerates gql.tada's types from it, so the workspace's documents are checked against the API.
// Run after changing the API: `npm run web:schema`; test/workspace/web-schema.test.ts fails when
// the printed file is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { internalSchema } from '../src/graphql/schema.js';

const out = fileURLToPath(new URL('../web/schema.graphql', import.meta.url));
writeFileSync(out, `${printSchema(internalSchema)}\n`);
execFileSync('npx', ['gql-tada', 'generate-output', '--tsconfig', 'web/tsconfig.json'], { stdio: 'inherit' });
console.error(`printed ${out} and web/src/graphql-env.d.ts`);
