import { submissionAuditTrail, type TrailEntry } from '../../audit/trail.js';
import { builder } from '../builder.js';

const AuditTrailEntry = builder.objectRef<TrailEntry>('AuditTrailEntry').implement({
  description: 'One entry of the audit log about a submission.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.exposeString('actor', { nullable: true }),
    action: t.exposeString('action', { description: 'upload, submit, return, approve, publish, …' }),
    detail: t.field({ type: 'JSON', resolve: (e) => e.detail }),
  }),
});

builder.prismaObjectField('Submission', 'auditTrail', (t) =>
  t.field({
    type: [AuditTrailEntry],
    description: 'Who did what, when: for the enterprise and its supervising commission; empty for others.',
    resolve: (s, _args, ctx) => submissionAuditTrail(ctx.db, ctx.actor, s),
  }),
);
