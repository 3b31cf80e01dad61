import type { PrismaClient, SubmissionIssue } from '../../generated/prisma/client.js';
import { cursorKeys, decodeCursor, encodeCursor } from '../../pagination/cursor.js';
import { builder } from '../builder.js';
import { connectionType, pageSize, toPage } from './connection.js';

export const IssueSeverity = builder.enumType('IssueSeverity', { values: ['ERROR', 'WARNING'] as const });

type IssueRow = SubmissionIssue & { acknowledged: boolean; sheet: string | null };

export const IssueRef = builder.objectRef<IssueRow>('Issue').implement({
  description: 'A problem found in an uploaded file, located to the Excel cell.',
  fields: (t) => ({
    id: t.id({ resolve: (i) => `${i.submissionId}:${i.seq}` }),
    seq: t.exposeInt('seq', {
      description: 'Number of the issue within its submission (used to acknowledge warnings).',
    }),
    severity: t.field({
      type: IssueSeverity,
      resolve: (i) => (i.severity === 'error' ? 'ERROR' : 'WARNING'),
    }),
    code: t.exposeString('code'),
    row: t.exposeInt('rowNumber', { nullable: true, description: 'Row number as Excel shows it.' }),
    column: t.exposeString('columnLetter', { nullable: true, description: 'Excel column letter.' }),
    field: t.exposeString('field', { nullable: true }),
    value: t.exposeString('value', { nullable: true }),
    sheet: t.exposeString('sheet', {
      nullable: true,
      description: 'Workbooks: the sheet the issue is on (the sheet read, or the ignored sheet it is about).',
    }),
    messageZh: t.exposeString('messageZh'),
    messageEn: t.exposeString('messageEn'),
    acknowledged: t.exposeBoolean('acknowledged'),
  }),
});

export const IssueConnection = connectionType('Issue', IssueRef);

export const IssueFilter = builder.inputType('IssueFilter', {
  fields: (t) => ({
    severity: t.field({ type: IssueSeverity }),
    field: t.string(),
    code: t.string(),
    row: t.int({ description: 'Excel row number.' }),
    rowFrom: t.int({ description: 'Issues on this Excel row or later (a page of rows shown as a sheet).' }),
    rowTo: t.int({ description: 'Issues on this Excel row or earlier.' }),
  }),
});

export async function loadIssues(
  prisma: PrismaClient,
  submissionId: string,
  args: {
    first?: number | null;
    after?: string | null;
    filter?: {
      severity?: 'ERROR' | 'WARNING' | null;
      field?: string | null;
      code?: string | null;
      row?: number | null;
      rowFrom?: number | null;
      rowTo?: number | null;
    } | null;
  },
  /** The sheet the submission was read from (null for a CSV). */
  sheetName: string | null = null,
) {
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, cursorKeys.positiveInteger) ?? 0;
  const where = {
    submissionId,
    ...(args.filter?.severity ? { severity: args.filter.severity.toLowerCase() } : {}),
    ...(args.filter?.field ? { field: args.filter.field } : {}),
    ...(args.filter?.code ? { code: args.filter.code } : {}),
    ...rowRange(args.filter ?? {}),
  };
  const [rows, total] = await Promise.all([
    prisma.submissionIssue.findMany({
      where: { ...where, seq: { gt: after } },
      orderBy: { seq: 'asc' },
      take: limit + 1,
    }),
    prisma.submissionIssue.count({ where }),
  ]);
  const acks = await prisma.warningAcknowledgement.findMany({
    where: { submissionId, seq: { in: rows.map((r) => r.seq) } },
    select: { seq: true },
  });
  const acknowledged = new Set(acks.map((a) => a.seq));
  // An issue about an ignored sheet names that sheet as its value; all others are on the sheet read.
  const sheetOf = (r: SubmissionIssue) => (r.code === 'sheet-ignored' ? r.value : sheetName);
  const nodes = rows.map((r) => ({ ...r, acknowledged: acknowledged.has(r.seq), sheet: sheetOf(r) }));
  return toPage(nodes, limit, total, (n) => encodeCursor(String(n.seq)));
}

/** The row filters as one Prisma condition: an exact row, or a range (either end open). */
function rowRange(filter: { row?: number | null; rowFrom?: number | null; rowTo?: number | null }) {
  if (filter.row != null) return { rowNumber: filter.row };
  if (filter.rowFrom == null && filter.rowTo == null) return {};
  return {
    rowNumber: {
      ...(filter.rowFrom != null ? { gte: filter.rowFrom } : {}),
      ...(filter.rowTo != null ? { lte: filter.rowTo } : {}),
    },
  };
}
