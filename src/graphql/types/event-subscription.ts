import { type SubscriptionEventRow, subscriptionEvents } from '../../events/deliveries.js';
import {
  type SubscriptionRow,
  subscribe,
  subscriptions,
  unsubscribe,
} from '../../events/subscription.service.js';
import { builder } from '../builder.js';
import { DeliveryStatusEnum } from './delivery.js';

const EventSubscriptionRef = builder.objectRef<SubscriptionRow>('EventSubscription').implement({
  description: "A system's URL that receives signed events (Standard Webhooks) about what its owner may see.",
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    description: t.exposeString('description', { nullable: true }),
    owner: t.exposeString('owner', {
      description: 'ENTERPRISE (its submissions) or REGULATOR (its jurisdiction).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    secret: t.exposeString('secret', {
      nullable: true,
      description: 'The signing secret (whsec_…): only in the answer to subscribeEvents.',
    }),
  }),
});

const SubscriptionEventRef = builder.objectRef<SubscriptionEventRow>('SubscriptionEvent').implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The webhook-id, the same on every attempt.' }),
    event: t.exposeString('event'),
    submissionId: t.exposeID('submissionId', { nullable: true }),
    reminderId: t.exposeID('reminderId', { nullable: true }),
    body: t.exposeString('body', { description: 'The JSON sent.' }),
    status: t.field({ type: DeliveryStatusEnum, resolve: (e) => e.status.toUpperCase() as 'PENDING' }),
    attempts: t.exposeInt('attempts'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    lastStatus: t.exposeInt('lastStatus', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  eventSubscriptions: t.field({
    type: [EventSubscriptionRef],
    authScopes: { filer: true, approver: true },
    resolve: (_root, _args, ctx) => subscriptions(ctx.db, ctx.actor),
  }),
  subscriptionEvents: t.field({
    type: [SubscriptionEventRef],
    authScopes: { filer: true, approver: true },
    description: 'Events of one of your subscriptions and their delivery state, newest first.',
    args: {
      subscriptionId: t.arg.id({ required: true }),
      status: t.arg({ type: DeliveryStatusEnum }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: (_root, args, ctx) =>
      subscriptionEvents(ctx.db, ctx.actor, {
        subscriptionId: String(args.subscriptionId),
        status: args.status?.toLowerCase(),
        first: Math.min(Math.max(args.first ?? 50, 1), 500),
      }),
  }),
}));

builder.mutationFields((t) => ({
  subscribeEvents: t.field({
    type: EventSubscriptionRef,
    authScopes: { filer: true, approver: true },
    description:
      'Enterprises (their submissions) and approvers (their jurisdiction) register an http(s) URL for signed events.',
    args: { url: t.arg.string({ required: true }), description: t.arg.string() },
    resolve: (_root, args, ctx) => subscribe(ctx.db, ctx.actor, args, ctx.events),
  }),
  unsubscribeEvents: t.field({
    type: 'Boolean',
    authScopes: { filer: true, approver: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => unsubscribe(ctx.db, ctx.actor, String(args.id)),
  }),
}));
