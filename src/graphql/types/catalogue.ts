import { graphqlNameOf } from '../../../schema/datasets/index.js';
import { readerOf } from '../../db/read-replica.js';
import {
  type CatalogueEntry,
  datasetCatalogue,
  type PublicField,
  publicFields,
} from '../../public/catalogue.js';
import { builder, PUBLIC } from '../builder.js';
import { DatasetKeyEnum, Localized } from './dataset.js';

const PublicFieldRef = builder.objectRef<PublicField>('PublicDatasetField').implement({
  subGraphs: PUBLIC,
  description: 'A column of the published data; regulator-only columns are not listed at all.',
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.field({ type: Localized, resolve: (f) => f.label }),
    type: t.exposeString('type'),
    masked: t.exposeBoolean('masked', { description: 'Published in masked form only.' }),
    unit: t.field({ type: Localized, nullable: true, resolve: (f) => f.unit }),
  }),
});

const Downloads = builder.objectRef<string>('DatasetDownloads').implement({
  subGraphs: PUBLIC,
  description: 'Open data downloads of everything published in the dataset (add ?search= etc. to filter).',
  fields: (t) => ({
    csv: t.string({ resolve: (slug) => `/api/datasets/${slug}.csv` }),
    xlsx: t.string({ resolve: (slug) => `/api/datasets/${slug}.xlsx` }),
    json: t.string({ resolve: (slug) => `/api/datasets/${slug}.json` }),
    dictionary: t.string({ resolve: (slug) => `/api/datasets/${slug}/dictionary.json` }),
  }),
});

const CatalogueEntryRef = builder.objectRef<CatalogueEntry>('CatalogueEntry').implement({
  subGraphs: PUBLIC,
  description: 'One dataset of the 标准目录 (standard catalogue).',
  fields: (t) => ({
    key: t.field({ type: DatasetKeyEnum, resolve: (e) => graphqlNameOf(e.dataset) }),
    slug: t.string({ resolve: (e) => e.dataset.key }),
    title: t.field({ type: Localized, resolve: (e) => e.dataset.title }),
    description: t.field({ type: Localized, resolve: (e) => e.dataset.description }),
    basis: t.field({ type: Localized, resolve: (e) => e.dataset.basis }),
    recordCount: t.exposeInt('recordCount', {
      description: 'All published records, corrected ones included.',
    }),
    currentCount: t.exposeInt('currentCount', { description: 'Records neither corrected nor withdrawn.' }),
    lastPublishedAt: t.expose('lastPublishedAt', { type: 'DateTime', nullable: true }),
    fields: t.field({ type: [PublicFieldRef], resolve: (e) => publicFields(e.dataset) }),
    downloads: t.field({ type: Downloads, resolve: (e) => e.dataset.key }),
  }),
});

builder.queryField('datasetCatalogue', (t) =>
  t.field({
    type: [CatalogueEntryRef],
    subGraphs: PUBLIC,
    description: '标准目录: each dataset with its basis, record count and last publication.',
    resolve: (_root, _args, ctx) => datasetCatalogue(readerOf(ctx)),
  }),
);
