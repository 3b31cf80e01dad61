import { builder } from '../builder.js';
import { IssueSeverity } from './issue.js';
import { SubmissionRef } from './submission.js';

interface IssueCountRow {
  code: string;
  severity: string;
  count: number;
  stored: number;
}

const IssueCountRef = builder.objectRef<IssueCountRow>('IssueCount').implement({
  description:
    'How often one issue code occurs in a file. Only a bounded number of located issues is stored per code and per file; `count` stays exact.',
  fields: (t) => ({
    code: t.exposeString('code'),
    severity: t.field({
      type: IssueSeverity,
      resolve: (c) => (c.severity === 'error' ? 'ERROR' : 'WARNING'),
    }),
    count: t.exposeInt('count', { description: 'Occurrences found in the file.' }),
    stored: t.exposeInt('stored', { description: 'Of these, how many are listed in `issues`.' }),
  }),
});

// Totals carry no cell contents, so whoever sees the submission (and its errorCount) sees them.
builder.objectField(SubmissionRef, 'issueSummary', (t) =>
  t.field({
    type: [IssueCountRef],
    description: 'Exact totals per issue code, errors first, most frequent first.',
    resolve: (s, _args, ctx) =>
      ctx.db.prisma.submissionIssueCount.findMany({
        where: { submissionId: s.id },
        orderBy: [{ severity: 'asc' }, { count: 'desc' }, { code: 'asc' }],
        select: { code: true, severity: true, count: true, stored: true },
      }),
  }),
);
