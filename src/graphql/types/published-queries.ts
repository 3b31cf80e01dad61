import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import type { SqlClient } from '../../db/database.js';
import { readerOf } from '../../db/read-replica.js';
import { countRecords } from '../../public/count.js';
import type { RecordFilter } from '../../public/filter.js';
import { decodeRecordCursor, findRecord, readRecords, recordCursor } from '../../public/records.js';
import { datasetOf } from '../../submissions/datasets.js';
import { builder, PUBLIC } from '../builder.js';
import { pageSize, toPage } from './connection.js';
import { DatasetKeyEnum } from './dataset.js';
import { PublishedRecordConnection, PublishedRecordFilter, PublishedRecordRef } from './published-record.js';

type FilterArg = typeof PublishedRecordFilter.$inferInput;

function toFilter(
  def: DatasetDefinition,
  search: string | null | undefined,
  f: FilterArg | null | undefined,
) {
  const filter: RecordFilter = {
    dataset: def,
    search,
    enterpriseId: f?.enterpriseId ? String(f.enterpriseId) : null,
    enterpriseName: f?.enterpriseName,
    status: f?.status,
    publishedFrom: f?.publishedFrom,
    publishedTo: f?.publishedTo,
    fields: f?.fields,
  };
  return filter;
}

async function loadPage(
  sql: SqlClient,
  filter: RecordFilter,
  first: number | null | undefined,
  after?: string | null,
) {
  const limit = pageSize(first);
  const cursor = decodeRecordCursor(after);
  const rows = await readRecords(sql, filter, limit + 1, cursor);
  // Counting can cost more than the page itself: only when the client asks for totalCount.
  return toPage(rows, limit, () => countRecords(sql, filter), recordCursor);
}

builder.queryField('publishedRecords', (t) =>
  t.field({
    type: PublishedRecordConnection,
    subGraphs: PUBLIC,
    description: 'Published records of a dataset, newest publication first; no sign-in needed.',
    args: {
      dataset: t.arg({ type: DatasetKeyEnum, required: true }),
      search: t.arg.string({ description: 'Part of a name, project name or title (Chinese works).' }),
      filter: t.arg({ type: PublishedRecordFilter }),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      loadPage(
        readerOf(ctx),
        toFilter(datasetOf(args.dataset), args.search, args.filter),
        args.first,
        args.after,
      ),
  }),
);

builder.queryField('publishedRecord', (t) =>
  t.field({
    type: PublishedRecordRef,
    nullable: true,
    subGraphs: PUBLIC,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => findRecord(readerOf(ctx), String(args.id)),
  }),
);
