import { setNotificationEmail } from '../../notifications/contact.js';
import {
  markNotificationsRead,
  type NotificationRow,
  notifications,
} from '../../notifications/notifications.service.js';
import { builder } from '../builder.js';
import { connectionType, pageSize } from './connection.js';
import { Localized } from './dataset.js';

// Internal only: the signed-in user's own notifications (reminders 催报 for now).

const NotificationRef = builder.objectRef<NotificationRow>('Notification').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'reminder' }),
    title: t.field({ type: Localized, resolve: (n) => n.title }),
    body: t.field({ type: Localized, resolve: (n) => n.body }),
    link: t.exposeString('link', { nullable: true, description: 'Where in the workspace (/app/…).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
  }),
});

const NotificationConnection = connectionType('Notification', NotificationRef);

builder.queryFields((t) => ({
  notifications: t.field({
    type: NotificationConnection,
    authScopes: { authenticated: true },
    description: "The signed-in user's notifications, newest first.",
    args: { first: t.arg.int(), after: t.arg.string(), unreadOnly: t.arg.boolean() },
    resolve: (_root, args, ctx) =>
      notifications(ctx.db, ctx.actor, {
        limit: pageSize(args.first, 20),
        after: args.after,
        unreadOnly: args.unreadOnly,
      }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.field({
    type: 'Int',
    authScopes: { authenticated: true },
    description: 'Marks your own notifications read; returns how many were unread.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, ctx) => markNotificationsRead(ctx.db, ctx.actor, args.ids.map(String)),
  }),
  setNotificationEmail: t.field({
    type: 'String',
    nullable: true,
    authScopes: { authenticated: true },
    description: 'Your address for reminder mail (催报); null stops mail, notifications stay in the app.',
    args: { email: t.arg.string() },
    resolve: (_root, args, ctx) => setNotificationEmail(ctx.db, ctx.actor, args.email ?? null),
  }),
}));
