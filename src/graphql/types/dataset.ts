import { datasets, graphqlDatasetNames, graphqlNameOf } from '../../../schema/datasets/index.js';
import { builder, PUBLIC } from '../builder.js';

export const DatasetKeyEnum = builder.enumType('DatasetKey', {
  subGraphs: PUBLIC,
  // Derived from the registry: a dataset added there appears here.
  values: graphqlDatasetNames,
});

export const SubmissionStatusEnum = builder.enumType('SubmissionStatus', {
  values: [
    'VALIDATION_FAILED',
    'VALIDATED',
    'PENDING_REVIEW',
    'RETURNED',
    'APPROVED',
    'PUBLISHED',
    'SUPERSEDED',
    'WITHDRAWN',
  ] as const,
});

export const Localized = builder.objectRef<{ zh: string; en: string }>('Localized').implement({
  subGraphs: PUBLIC,
  fields: (t) => ({ zh: t.exposeString('zh'), en: t.exposeString('en') }),
});

type Def = (typeof datasets)[number];
type FieldDef = Def['fields'][number];

const FieldChoice = builder
  .objectRef<{ key: string; label: { zh: string; en: string } }>('FieldChoice')
  .implement({
    description: 'One allowed value of an enumerated or yes/no field: its stored key and its labels.',
    fields: (t) => ({
      key: t.exposeString('key', {
        description: 'As stored and returned in row values (true/false for yes/no).',
      }),
      label: t.field({ type: Localized, resolve: (c) => c.label }),
    }),
  });

const DatasetField = builder.objectRef<FieldDef>('DatasetField').implement({
  description: 'A column of the template, as defined in schema/datasets.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.field({ type: Localized, resolve: (f) => f.label }),
    type: t.string({ resolve: (f) => f.type.kind }),
    required: t.boolean({ resolve: (f) => f.required === true }),
    sensitivity: t.string({ resolve: (f) => f.sensitivity }),
    withholdable: t.boolean({ resolve: (f) => f.withholdable === true }),
    choices: t.field({
      type: [FieldChoice],
      description:
        'Enumerated and yes/no fields: the allowed values, so a stored key can be shown by its label.',
      resolve: (f) => f.type.choices ?? [],
    }),
  }),
});

export const Dataset = builder.objectRef<Def>('Dataset').implement({
  fields: (t) => ({
    key: t.field({ type: DatasetKeyEnum, resolve: (d) => graphqlNameOf(d) }),
    slug: t.exposeString('key', { description: 'Key used in URLs and the CLI, e.g. executive-pay.' }),
    title: t.field({ type: Localized, resolve: (d) => d.title }),
    description: t.field({ type: Localized, resolve: (d) => d.description }),
    basis: t.field({ type: Localized, resolve: (d) => d.basis }),
    fields: t.field({ type: [DatasetField], resolve: (d) => d.fields }),
  }),
});

builder.queryField('datasets', (t) =>
  t.field({
    type: [Dataset],
    description: 'The disclosure datasets and their columns.',
    resolve: () => datasets,
  }),
);
