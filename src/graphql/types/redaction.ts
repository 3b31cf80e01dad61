import { readsInFull } from '../../submissions/reading.js';
import { setRedaction } from '../../submissions/redaction.service.js';
import { builder } from '../builder.js';
import { SubmissionRef } from './submission.js';

// Internal only: 区分处理 per row and field, decided by the reviewer (docs/publishing.md).

const RedactionDecisionEnum = builder.enumType('RedactionChoice', {
  description:
    'WITHHOLD leaves the field out of the record; PUBLISH lifts a default mask; DEFAULT forgets the decision.',
  values: ['WITHHOLD', 'PUBLISH', 'DEFAULT'] as const,
});

builder.prismaObject('RedactionDecision', {
  description: 'A reviewer’s publication choice for one field of one record.',
  fields: (t) => ({
    row: t.exposeInt('rowNumber', { description: 'Excel row number in the uploaded file.' }),
    field: t.exposeString('field'),
    decision: t.field({
      type: RedactionDecisionEnum,
      resolve: (d) => (d.decision === 'withhold' ? 'WITHHOLD' : 'PUBLISH'),
    }),
    decidedById: t.exposeID('decidedById'),
    decidedAt: t.expose('decidedAt', { type: 'DateTime' }),
  }),
});

builder.objectField(SubmissionRef, 'redactions', (t) =>
  t.prismaField({
    type: ['RedactionDecision'],
    description: 'Per-row publication choices; empty for a commission reading a district’s submission.',
    resolve: async (query, s, _args, ctx) =>
      (await readsInFull(ctx.db, ctx.actor, s))
        ? ctx.db.prisma.redactionDecision.findMany({
            ...query,
            where: { submissionId: s.id },
            orderBy: [{ rowNumber: 'asc' }, { field: 'asc' }],
          })
        : [],
  }),
);

builder.mutationField('setRedaction', (t) =>
  t.prismaField({
    type: 'Submission',
    authScopes: { authenticated: true },
    description:
      'Reviewer, before publication: withhold one field of one record, or publish a value the defaults mask (a natural person’s name, personal data in free text).',
    args: {
      submissionId: t.arg.id({ required: true }),
      row: t.arg.int({ required: true }),
      field: t.arg.string({ required: true }),
      decision: t.arg({ type: RedactionDecisionEnum, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const submissionId = String(args.submissionId);
      const decision =
        args.decision === 'WITHHOLD' ? 'withhold' : args.decision === 'PUBLISH' ? 'publish' : 'default';
      await setRedaction(ctx.db, ctx.actor!, { submissionId, row: args.row, field: args.field, decision });
      return ctx.db.prisma.submission.findUniqueOrThrow({ ...query, where: { id: submissionId } });
    },
  }),
);
