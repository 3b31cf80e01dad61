import type { GraphQLResolveInfo } from 'graphql';
import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import { datasets } from '../../../schema/datasets/index.js';
import { readerOf } from '../../db/read-replica.js';
import { aggregateRecords, MEASURES, type MeasureSelection } from '../../records/aggregate.service.js';
import { fieldPrefix, typePrefix } from '../../records/fields.js';
import { listRecords, type RecordPage, type RecordRow } from '../../records/records.service.js';
import { countPredicates } from '../../records/where.js';
import { builder, PUBLIC } from '../builder.js';
import { PageInfo } from './connection.js';
import { groupType } from './records-aggregate.js';
import { recordInputs } from './records-inputs.js';
import { recordType } from './records-record.js';
import { selectedNames } from './records-selection.js';

// biome-ignore lint/suspicious/noExplicitAny: GraphQL has already coerced the input to its declared shape.
type Args = Record<string, any>;

const SUPERSEDED = '含已更正、已撤回的记录 / include corrected and withdrawn records';
const UNPUBLISHED = '含审核中的记录（企业：含未提交、退回的）/ include records still in review';

function connection(def: DatasetDefinition) {
  const Record = recordType(def);
  const Edge = builder
    .objectRef<{ cursor: string; node: RecordRow }>(`${typePrefix(def)}RecordEdge`)
    .implement({
      subGraphs: PUBLIC,
      fields: (t) => ({
        cursor: t.exposeString('cursor'),
        node: t.field({ type: Record, resolve: (e) => e.node }),
      }),
    });
  return builder.objectRef<RecordPage>(`${typePrefix(def)}RecordConnection`).implement({
    subGraphs: PUBLIC,
    fields: (t) => ({
      nodes: t.field({ type: [Record], complexity: { field: 1, multiplier: 1 }, resolve: (p) => p.nodes }),
      edges: t.field({
        type: [Edge],
        complexity: { field: 1, multiplier: 1 },
        resolve: (p) => p.nodes.map((node, i) => ({ node, cursor: p.cursors[i] ?? '' })),
      }),
      pageInfo: t.field({
        type: PageInfo,
        resolve: (p) => ({ hasNextPage: p.hasNextPage, endCursor: p.cursors.at(-1) ?? null }),
      }),
      totalCount: t.int({
        description: '符合条件的记录总数（仅在查询时计算）/ all matching records, counted only when selected',
        complexity: 50,
        resolve: (p) => p.totalCount(),
      }),
    }),
  });
}

function measuresSelected(info: GraphQLResolveInfo): MeasureSelection | undefined {
  const selection: MeasureSelection = {};
  for (const m of MEASURES) {
    const names = selectedNames(info, [[m]]);
    if (!names) return undefined;
    selection[m] = names;
  }
  return selection;
}

function defineRecordQueries(def: DatasetDefinition) {
  const Connection = connection(def);
  const { Where, OrderBy, GroupBy } = recordInputs(def);
  const Group = groupType(def);
  const prefix = fieldPrefix(def);
  builder.queryField(`${prefix}Records`, (t) =>
    t.field({
      type: Connection,
      subGraphs: PUBLIC,
      description: `${def.title.zh}记录：按字段筛选、排序、分页 / ${def.title.en} records: filter, order, page`,
      args: {
        where: t.arg({ type: Where }),
        orderBy: t.arg({ type: [OrderBy] }),
        first: t.arg.int({ description: '每页条数（1–500，默认 50）/ page size (1–500, default 50)' }),
        after: t.arg.string(),
        includeSuperseded: t.arg.boolean({ description: SUPERSEDED }),
        includeUnpublished: t.arg.boolean({ subGraphs: ['internal'], description: UNPUBLISHED }),
      },
      complexity: (args: Args) => ({
        field: 10 + 10 * countPredicates(args.where) + 10 * (args.orderBy?.length ?? 0),
        multiplier: args.first ?? 50,
      }),
      resolve: (_root, args: Args, ctx, info) =>
        listRecords(readerOf(ctx), ctx.actor, def, args, selectedNames(info, [['nodes'], ['edges', 'node']])),
    }),
  );
  builder.queryField(`${prefix}Aggregate`, (t) =>
    t.field({
      type: [Group],
      subGraphs: PUBLIC,
      description: `${def.title.zh}分组统计 / ${def.title.en} grouped statistics`,
      args: {
        where: t.arg({ type: Where }),
        groupBy: t.arg({ type: [GroupBy] }),
        includeSuperseded: t.arg.boolean({ description: SUPERSEDED }),
        includeUnpublished: t.arg.boolean({ subGraphs: ['internal'], description: UNPUBLISHED }),
      },
      complexity: (args: Args) => 200 + 10 * countPredicates(args.where) + 100 * (args.groupBy?.length ?? 0),
      resolve: (_root, args: Args, ctx, info) =>
        aggregateRecords(readerOf(ctx), ctx.actor, def, args, measuresSelected(info)),
    }),
  );
}

// Every dataset in the registry, including any added later: no list of datasets here.
for (const def of datasets) defineRecordQueries(def);
