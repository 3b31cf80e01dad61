import { builder } from '../builder.js';

// What the workspace needs to show a submission that the Submission type did not carry yet.
builder.prismaObjectFields('Submission', (t) => ({
  sheetName: t.exposeString('sheetName', { nullable: true, description: 'The worksheet read (XLSX).' }),
  reviewedByMe: t.boolean({
    description:
      'Whether the signed-in user reviewed it: such a user may not publish it (four eyes, enforced by publishSubmission).',
    resolve: (s, _args, ctx) => s.reviewedById !== null && s.reviewedById === ctx.actor?.userId,
  }),
}));
