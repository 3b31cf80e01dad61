import { remind } from '../../notifications/remind.service.js';
import { listReminders, type ReminderView } from '../../notifications/reminder-list.service.js';
import type { CreatedReminder } from '../../notifications/reminders.js';
import { builder } from '../builder.js';
import { connectionType, pageSize } from './connection.js';
import { DateScalar } from './date.js';

const ReminderTriggerEnum = builder.enumType('ReminderTrigger', {
  description: 'MANUAL (催报 by a regulator), BEFORE_DUE and OVERDUE (automatic).',
  values: ['MANUAL', 'BEFORE_DUE', 'OVERDUE'] as const,
});

/** Just created by `remind` (no mail outcome yet), or read back by `reminders`. */
type ReminderShape = CreatedReminder & Partial<Pick<ReminderView, 'mailNote' | 'mailedAt'>>;

const ReminderRef = builder.objectRef<ReminderShape>('Reminder').implement({
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
    mailNote: t.string({
      nullable: true,
      description:
        'Regulators only: why the mail failed, or that it was sent again after an interrupted send (the enterprise may hold two copies).',
      resolve: (r) => r.mailNote ?? null,
    }),
    mailedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the mail was sent (null unless mailStatus is sent).',
      resolve: (r) => r.mailedAt ?? null,
    }),
  }),
});

const ReminderConnection = connectionType('Reminder', ReminderRef);

builder.queryFields((t) => ({
  reminders: t.field({
    type: ReminderConnection,
    authScopes: { regulator: true, filer: true },
    description:
      "Reminders, newest first, with how their mail went: regulators those of their commission's obligations, enterprises those sent to them.",
    args: {
      obligationId: t.arg.id(),
      enterpriseId: t.arg.id(),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      listReminders(ctx.db, ctx.actor, {
        obligationId: args.obligationId ? String(args.obligationId) : null,
        enterpriseId: args.enterpriseId ? String(args.enterpriseId) : null,
        limit: pageSize(args.first, 50),
        after: args.after,
      }),
  }),
}));

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
