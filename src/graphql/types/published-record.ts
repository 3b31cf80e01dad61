import { RECORD_STATUSES } from '../../public/filter.js';
import type { PublicRecord } from '../../public/records.js';
import { builder, PUBLIC } from '../builder.js';
import { connectionType } from './connection.js';
import { DatasetKeyEnum } from './dataset.js';

// Every type in this file is public: it is built from published_record, which holds only
// redacted values (src/publishing/materialize.ts), so a field added here cannot leak more.

export const PublishedRecordStatusEnum = builder.enumType('PublishedRecordStatus', {
  subGraphs: PUBLIC,
  description: '现行 / 已更正 (replaced by a correction) / 已撤回 (withdrawn, with a public reason).',
  values: RECORD_STATUSES,
});

export const PublishedRecordRef = builder.objectRef<PublicRecord>('PublishedRecord').implement({
  subGraphs: PUBLIC,
  description: 'One published record in its public (redacted) form.',
  fields: (t) => ({
    id: t.exposeID('id'),
    dataset: t.field({ type: DatasetKeyEnum, resolve: (r) => r.dataset as typeof DatasetKeyEnum.$inferType }),
    enterpriseId: t.exposeID('enterpriseId'),
    enterpriseName: t.exposeString('enterpriseName'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    values: t.field({
      type: 'JSON',
      description: 'Public fields by key (DOMAIN.md); decimals as strings, dates as YYYY-MM-DD.',
      resolve: (r) => r.values,
    }),
    status: t.field({ type: PublishedRecordStatusEnum, resolve: (r) => r.status }),
    supersededBy: t.exposeID('supersededById', {
      nullable: true,
      description: 'The record that corrects this one (更正), when it was corrected.',
    }),
    supersededAt: t.expose('supersededAt', { type: 'DateTime', nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
  }),
});

export const PublishedRecordConnection = connectionType('PublishedRecord', PublishedRecordRef, PUBLIC);

const FieldEquals = builder.inputType('FieldEquals', {
  subGraphs: PUBLIC,
  description:
    'A public field equal to a value, e.g. { field: "transactionType", value: "EQUITY_TRANSFER" }.',
  fields: (t) => ({
    field: t.string({ required: true }),
    value: t.string({ required: true }),
  }),
});

export const PublishedRecordFilter = builder.inputType('PublishedRecordFilter', {
  subGraphs: PUBLIC,
  fields: (t) => ({
    enterpriseId: t.id(),
    enterpriseName: t.string({ description: 'Part of the enterprise name.' }),
    status: t.field({ type: [PublishedRecordStatusEnum] }),
    publishedFrom: t.field({ type: 'DateTime' }),
    publishedTo: t.field({ type: 'DateTime' }),
    fields: t.field({ type: [FieldEquals], description: 'All must match (fiscalYear, transactionType …).' }),
  }),
});
