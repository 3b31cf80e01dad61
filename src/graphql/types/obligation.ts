import { obligations, setEventObligation, setObligation } from '../../oversight/obligation.service.js';
import type { ObligationRow } from '../../oversight/obligations.js';
import { builder } from '../builder.js';
import { DatasetKeyEnum } from './dataset.js';
import { DateScalar } from './date.js';

// Internal only: what a commission's enterprises owe (src/oversight).

const ObligationKind = builder.enumType('ObligationKind', {
  description: 'PERIODIC: a period due by a date; EVENT: an event disclosed within working days.',
  values: ['PERIODIC', 'EVENT'] as const,
});

export const ObligationRef = builder.objectRef<ObligationRow>('Obligation').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    dataset: t.field({ type: DatasetKeyEnum, resolve: (o) => o.dataset as 'EXECUTIVE_PAY' }),
    kind: t.field({ type: ObligationKind, resolve: (o) => o.kind }),
    period: t.exposeString('period', { nullable: true, description: 'PERIODIC: e.g. 2024 or 2022-2024.' }),
    dueDate: t.field({ type: DateScalar, nullable: true, resolve: (o) => o.dueDate }),
    event: t.exposeString('event', {
      nullable: true,
      description: 'EVENT: transaction-stage, service-change.',
    }),
    workingDays: t.exposeInt('windowWorkingDays', { nullable: true, description: 'EVENT: the window.' }),
    remindDaysBefore: t.exposeInt('remindDaysBefore', {
      description: 'Automatic reminder this many working days before the due date (0: only once overdue).',
    }),
    note: t.exposeString('note', { nullable: true }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  obligations: t.field({
    type: [ObligationRef],
    authScopes: { regulator: true, filer: true },
    description: "Regulators: their commission's obligations; enterprises: the ones they owe.",
    args: { dataset: t.arg({ type: DatasetKeyEnum }), period: t.arg.string() },
    resolve: (_root, args, ctx) =>
      obligations(ctx.db, ctx.actor, { dataset: args.dataset, period: args.period }),
  }),
}));

builder.mutationFields((t) => ({
  setObligation: t.field({
    type: ObligationRef,
    authScopes: { approver: true },
    description:
      'Approvers: every enterprise the commission supervises owes the dataset for the period by dueDate. Audited.',
    args: {
      dataset: t.arg({ type: DatasetKeyEnum, required: true }),
      period: t.arg.string({ required: true }),
      dueDate: t.arg({ type: DateScalar, required: true }),
      remindDaysBefore: t.arg.int(),
      note: t.arg.string(),
    },
    resolve: (_root, args, ctx) => setObligation(ctx.db, ctx.actor, args),
  }),
  setEventObligation: t.field({
    type: ObligationRef,
    authScopes: { approver: true },
    description:
      'Approvers: an event (transaction-stage, service-change) is disclosed within workingDays. Audited.',
    args: {
      dataset: t.arg({ type: DatasetKeyEnum, required: true }),
      event: t.arg.string({ required: true }),
      workingDays: t.arg.int({ required: true }),
      remindDaysBefore: t.arg.int(),
      note: t.arg.string(),
    },
    resolve: (_root, args, ctx) => setEventObligation(ctx.db, ctx.actor, args),
  }),
}));
