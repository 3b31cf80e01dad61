import type { ObligationStatusRow } from '../../oversight/standings.js';
import { obligationStatus } from '../../oversight/status.service.js';
import { builder } from '../builder.js';
import { DatasetKeyEnum } from './dataset.js';
import { DateScalar } from './date.js';
import { ObligationRef } from './obligation.js';

const ObligationState = builder.enumType('ObligationState', {
  description:
    'NOT_DUE; DUE_SOON (within the reminder lead); ON_TIME / LATE (filed by / after the due date); OVERDUE (not filed, past due).',
  values: ['NOT_DUE', 'DUE_SOON', 'ON_TIME', 'LATE', 'OVERDUE'] as const,
});

export const ObligationEnterprise = builder
  .objectRef<ObligationStatusRow['enterprise']>('ObligationEnterprise')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      uscc: t.exposeString('uscc'),
      industry: t.exposeString('industry', { nullable: true }),
    }),
  });

const ObligationStatusRef = builder.objectRef<ObligationStatusRow>('ObligationStatus').implement({
  description:
    'One enterprise × one obligation on asOf, counted in working days (holidays and 调休 included).',
  fields: (t) => ({
    enterprise: t.field({ type: ObligationEnterprise, resolve: (r) => r.enterprise }),
    obligation: t.field({ type: ObligationRef, resolve: (r) => r.obligation }),
    state: t.field({ type: ObligationState, resolve: (r) => r.state }),
    workingDaysOverdue: t.exposeInt('workingDaysOverdue'),
    workingDaysLeft: t.exposeInt('workingDaysLeft'),
    filedOn: t.field({ type: DateScalar, nullable: true, resolve: (r) => r.filedOn }),
    asOf: t.field({ type: DateScalar, resolve: (r) => r.asOf }),
    lastRemindedAt: t.expose('lastRemindedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  obligationStatus: t.field({
    type: [ObligationStatusRef],
    authScopes: { regulator: true, filer: true },
    description:
      'Regulators: every enterprise × periodic obligation of their commission; enterprises: their own. asOf defaults to today (China).',
    args: {
      asOf: t.arg({ type: DateScalar }),
      dataset: t.arg({ type: DatasetKeyEnum }),
      period: t.arg.string(),
      openOnly: t.arg.boolean({ description: 'Only NOT_DUE, DUE_SOON and OVERDUE.' }),
    },
    resolve: (_root, args, ctx) => obligationStatus(ctx.db, ctx.actor, args),
  }),
}));
