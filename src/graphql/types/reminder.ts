import { remind } from '../../notifications/remind.service.js';
import type { CreatedReminder } from '../../notifications/reminders.js';
import { builder } from '../builder.js';
import { DateScalar } from './date.js';

const ReminderTriggerEnum = builder.enumType('ReminderTrigger', {
  description: 'MANUAL (催报 by a regulator), BEFORE_DUE and OVERDUE (automatic).',
  values: ['MANUAL', 'BEFORE_DUE', 'OVERDUE'] as const,
});

const ReminderRef = builder.objectRef<CreatedReminder>('Reminder').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    obligationId: t.exposeID('obligationId'),
    enterpriseId: t.exposeID('enterpriseId'),
    enterpriseName: t.exposeString('enterpriseName'),
    trigger: t.field({ type: ReminderTriggerEnum, resolve: (r) => r.trigger }),
    dueDate: t.field({ type: DateScalar, resolve: (r) => r.dueDate }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    mailStatus: t.exposeString('mailStatus', {
      description: 'none (in-app only), pending, sending, sent, failed.',
    }),
  }),
});

builder.mutationFields((t) => ({
  remind: t.field({
    type: [ReminderRef],
    authScopes: { regulator: true },
    description:
      '催报: remind enterprises of your commission of an obligation (in the app and by mail). Enterprises that filed are skipped; once a day per enterprise.',
    args: { obligationId: t.arg.id({ required: true }), enterpriseIds: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) =>
      remind(ctx.db, ctx.actor, {
        obligationId: String(args.obligationId),
        enterpriseIds: args.enterpriseIds.map(String),
      }),
  }),
}));
