import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, test } from 'vitest';
import { datasets } from '../../schema/datasets/index.js';
import { internalSchema, publicSchema } from '../../src/graphql/schema.js';
import { fieldPrefix } from '../../src/records/fields.js';

// Pothos builds with the CommonJS copy of graphql; under vitest a plain `import` would load the ESM
// copy, whose instanceof checks refuse the other's types ("another module or realm").
const { isObjectType, printSchema } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const publicSdl = printSchema(publicSchema);
const internalSdl = printSchema(internalSchema);

const fieldsOf = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) =>
      isObjectType(type) ? Object.keys(type.getFields()).map((f) => `${type.name}.${f}`) : [],
    );

describe('printed schemas (review any change: the public one is what anyone can query)', () => {
  test('public schema', () => {
    expect(publicSdl).toMatchSnapshot();
  });

  test('internal schema', () => {
    expect(internalSdl).toMatchSnapshot();
  });

  const regulatorOnly = datasets.flatMap((d) =>
    d.fields
      .filter((f) => f.sensitivity === 'regulator-only')
      .flatMap((f) => [f.key, f.label.zh, f.label.en]),
  );

  test('there are regulator-only fields to look for', () => {
    expect(regulatorOnly).toContain('buyerIdNumber');
  });

  test.each(regulatorOnly)('the public schema never names %s', (term) => {
    expect(publicSdl).not.toContain(term);
  });

  test('the public schema exposes no submissions, users, uploads or review data', () => {
    // Names of types and fields, not words in descriptions (a field's label may say "Enterprise name").
    for (const name of [
      'Submission',
      'User',
      'File',
      'Issue',
      'ReviewNote',
      'Enterprise',
      'DatasetField',
      'sensitivity',
    ])
      expect(publicSdl.replace(/"""[\s\S]*?"""|"[^"\n]*"/g, '')).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  test('the internal schema contains every public type and field', () => {
    const internal = new Set(fieldsOf(internalSchema));
    expect(fieldsOf(publicSchema).filter((f) => !internal.has(f))).toEqual([]);
  });

  test('public root operations are exactly the published-data ones and login', () => {
    expect(Object.keys(publicSchema.getQueryType()!.getFields()).sort()).toEqual(
      [
        'datasetCatalogue',
        'publishedRecord',
        'publishedRecords',
        // The typed records of every dataset (src/graphql/types/records-queries.ts), over public fields.
        ...datasets.flatMap((d) => [`${fieldPrefix(d)}Aggregate`, `${fieldPrefix(d)}Records`]),
      ].sort(),
    );
    expect(Object.keys(publicSchema.getMutationType()!.getFields())).toEqual(['login']);
  });
});
