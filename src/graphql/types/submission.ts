import { withholdableFields } from '../../../schema/derive/redaction.js';
import { cursorKeys, decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { datasetOf } from '../../submissions/datasets.js';
import { countByStatus, submissionWhere } from '../../submissions/queries.js';
import { previewRows, readsInFull, reviewNotesOf, submissionRows } from '../../submissions/reading.js';
import { findVisibleSubmission } from '../../submissions/visibility.js';
import { builder } from '../builder.js';
import { connectionType, emptyPage, pageSize, toPage } from './connection.js';
import { DatasetKeyEnum, SubmissionStatusEnum } from './dataset.js';
import { IgnoredSheetRef, ignoredSheetsOf } from './ignored-sheet.js';
import { IssueConnection, IssueFilter, loadIssues } from './issue.js';

const ReviewNoteRef = builder.prismaObject('ReviewNote', {
  fields: (t) => ({
    reason: t.exposeString('reason'),
    row: t.exposeInt('rowNumber', { nullable: true }),
    field: t.exposeString('field', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const RecordRow = builder.objectRef<{ row: number; values: Record<string, unknown> }>('RecordRow').implement({
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'Excel row number in the uploaded file.' }),
    values: t.field({ type: 'JSON', resolve: (r) => r.values }),
  }),
});

export const SubmissionRef = builder.prismaObject('Submission', {
  description: 'One uploaded file for one dataset, through validation, review and publication.',
  fields: (t) => ({
    id: t.exposeID('id'),
    dataset: t.field({ type: DatasetKeyEnum, resolve: (s) => s.dataset }),
    status: t.field({ type: SubmissionStatusEnum, resolve: (s) => s.status }),
    receiptCode: t.exposeString('receiptCode', {
      description: '查询码: quote it when calling the regulator.',
    }),
    enterprise: t.relation('enterprise'),
    filename: t.exposeString('filename'),
    format: t.exposeString('format'),
    encoding: t.exposeString('encoding', { nullable: true }),
    sheet: t.exposeString('sheetName', {
      nullable: true,
      description:
        'Workbooks: the sheet that was read (chosen on evidence when several could hold the data).',
    }),
    ignoredSheets: t.field({
      type: [IgnoredSheetRef],
      description: 'Workbooks: every other sheet, with the reason it was not read.',
      resolve: (s) => ignoredSheetsOf(s.ignoredSheets),
    }),
    headerRow: t.exposeInt('headerRow', { nullable: true }),
    rowCount: t.exposeInt('rowCount'),
    errorCount: t.exposeInt('errorCount'),
    warningCount: t.exposeInt('warningCount'),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    withdrawalReason: t.exposeString('withdrawalReason', { nullable: true }),
    withheldFields: t.exposeStringList('withheldFields'),
    periods: t.exposeStringList('periods', { description: 'Reporting periods the rows cover.' }),
    correctsId: t.exposeID('correctsId', { nullable: true }),
    supersededById: t.exposeID('supersededById', { nullable: true }),
    reviewNotes: t.field({
      type: [ReviewNoteRef],
      description: 'Empty for a municipal commission reading a district’s submission.',
      resolve: (s, _args, ctx) => reviewNotesOf(ctx.db, ctx.actor, s),
    }),
    issues: t.field({
      type: IssueConnection,
      description: 'Empty for a municipal commission reading a district’s submission (issues quote cells).',
      args: { first: t.arg.int(), after: t.arg.string(), filter: t.arg({ type: IssueFilter }) },
      resolve: async (s, args, ctx) =>
        (await readsInFull(ctx.db, ctx.actor, s))
          ? loadIssues(ctx.db.prisma, s.id, args, s.sheetName)
          : emptyPage<never>(),
    }),
    rows: t.field({
      type: [RecordRow],
      description:
        'The typed rows as stored, for the enterprise and its regulator; their public form for a municipal commission reading a district’s submission.',
      args: { first: t.arg.int(), afterRow: t.arg.int() },
      resolve: (s, args, ctx) =>
        submissionRows(ctx.db, ctx.actor, s, { limit: pageSize(args.first), afterRow: args.afterRow }),
    }),
    withholdableFields: t.stringList({ resolve: (s) => withholdableFields(datasetOf(s.dataset)) }),
    publicPreview: t.field({
      type: [RecordRow],
      description: 'Exactly what the public will see once published, with the given fields withheld.',
      args: { first: t.arg.int(), afterRow: t.arg.int(), withheldFields: t.arg.stringList() },
      resolve: (s, args, ctx) =>
        previewRows(
          ctx.db,
          ctx.actor,
          s,
          { limit: pageSize(args.first), afterRow: args.afterRow },
          args.withheldFields,
        ),
    }),
  }),
});

export const SubmissionConnection = connectionType('Submission', SubmissionRef);

const SubmissionFilterInput = builder.inputType('SubmissionFilter', {
  fields: (t) => ({
    dataset: t.field({ type: DatasetKeyEnum }),
    status: t.field({ type: [SubmissionStatusEnum] }),
    enterpriseId: t.id(),
    uploadedFrom: t.field({ type: 'DateTime' }),
    uploadedTo: t.field({ type: 'DateTime' }),
    receiptCode: t.string(),
    period: t.string({ description: "A year such as '2023', or a review period such as '2022-2024'." }),
  }),
});

builder.queryField('submission', (t) =>
  t.prismaField({
    type: 'Submission',
    nullable: true,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_query, _root, args, ctx) => findVisibleSubmission(ctx.db, ctx.actor, String(args.id)),
  }),
);

builder.queryField('submissions', (t) =>
  t.field({
    type: SubmissionConnection,
    authScopes: { authenticated: true },
    args: { filter: t.arg({ type: SubmissionFilterInput }), first: t.arg.int(), after: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      const limit = pageSize(args.first, 20);
      const where = submissionWhere(ctx.actor, args.filter ?? {});
      if (!where) return toPage([], limit, 0, () => '');
      const cursor = decodeCursor(args.after, cursorKeys.uuid);
      const [rows, total] = await Promise.all([
        ctx.db.prisma.submission.findMany({
          where,
          orderBy: [{ uploadedAt: 'desc' }, { id: 'desc' }],
          take: limit + 1,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        }),
        ctx.db.prisma.submission.count({ where }),
      ]);
      return toPage(rows, limit, total, (s) => encodeCursor(s.id));
    },
  }),
);

const StatusCount = builder.objectRef<{ status: string; count: number }>('StatusCount').implement({
  fields: (t) => ({
    status: t.field({ type: SubmissionStatusEnum, resolve: (c) => c.status as never }),
    count: t.exposeInt('count'),
  }),
});

builder.queryField('submissionCounts', (t) =>
  t.field({
    type: [StatusCount],
    authScopes: { authenticated: true },
    description: 'Submissions by status within your jurisdiction, for a dashboard.',
    resolve: (_root, _args, ctx) => countByStatus(ctx.db, ctx.actor),
  }),
);
