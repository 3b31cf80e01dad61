import {
  type DeliveryEventRow,
  recordDeliveries,
  retryDelivery,
  submissionDeliveries,
} from '../../delivery/delivery.service.js';
import { type DeliveryFailure, deliveryFailures } from '../../delivery/failures.js';
import { builder } from '../builder.js';
import { connectionType, pageSize } from './connection.js';

// Internal only (the builder's default sub-graph): delivery status is for regulators.

export const DeliveryStatusEnum = builder.enumType('DeliveryStatus', {
  description: 'PENDING: not yet accepted (retrying); DELIVERED: the platform answered 2xx; FAILED: stopped.',
  values: ['PENDING', 'DELIVERED', 'FAILED'] as const,
});

const DeliveryEventRef = builder.objectRef<DeliveryEventRow>('DeliveryEvent').implement({
  description:
    'One record event (published / corrected / superseded / withdrawn) pushed to the trading platform.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The webhook-id, the same on every attempt.' }),
    recordId: t.exposeID('recordId'),
    event: t.exposeString('event', {
      description:
        'published, corrected (a correction’s new record), superseded (a record a correction replaced or dropped, sent as "corrected" with supersededBy) or withdrawn.',
    }),
    status: t.field({
      type: DeliveryStatusEnum,
      resolve: (e) => e.status.toUpperCase() as 'PENDING' | 'DELIVERED' | 'FAILED',
    }),
    attempts: t.exposeInt('attempts'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    lastStatus: t.exposeInt('lastStatus', { nullable: true, description: "The platform's HTTP status." }),
    lastError: t.exposeString('lastError', { nullable: true }),
    lastResponse: t.exposeString('lastResponse', {
      nullable: true,
      description: "The platform's answer body to the last attempt, delivered or not (first 2 KB).",
    }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
  }),
});

interface SubmissionDelivery {
  counts: Record<string, number>;
  events: DeliveryEventRow[];
}

const SubmissionDeliveryRef = builder.objectRef<SubmissionDelivery>('SubmissionDelivery').implement({
  fields: (t) => ({
    pending: t.int({ resolve: (d) => d.counts.pending ?? 0 }),
    delivered: t.int({ resolve: (d) => d.counts.delivered ?? 0 }),
    failed: t.int({ resolve: (d) => d.counts.failed ?? 0 }),
    events: t.field({ type: [DeliveryEventRef], resolve: (d) => d.events }),
  }),
});

builder.queryFields((t) => ({
  submissionDelivery: t.field({
    type: SubmissionDeliveryRef,
    authScopes: { regulator: true },
    description: 'Trading-platform delivery of a submission’s property transactions.',
    args: {
      submissionId: t.arg.id({ required: true }),
      status: t.arg({ type: DeliveryStatusEnum }),
      first: t.arg.int({ defaultValue: 100 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: (_root, args, ctx) =>
      submissionDeliveries(ctx.db, ctx.actor, {
        submissionId: String(args.submissionId),
        status: args.status?.toLowerCase(),
        first: Math.min(Math.max(args.first ?? 100, 0), 1000),
        offset: Math.max(args.offset ?? 0, 0),
      }),
  }),
  recordDelivery: t.field({
    type: [DeliveryEventRef],
    authScopes: { regulator: true },
    args: { recordId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => recordDeliveries(ctx.db, ctx.actor, String(args.recordId)),
  }),
}));

const DeliveryFailureRef = builder.objectRef<DeliveryFailure>('DeliveryFailure').implement({
  description: 'A delivery whose last attempt failed, with where its record comes from.',
  fields: (t) => ({
    delivery: t.field({ type: DeliveryEventRef, resolve: (f) => f }),
    submissionId: t.exposeID('submissionId'),
    enterpriseName: t.exposeString('enterpriseName'),
  }),
});

const DeliveryFailureConnection = connectionType('DeliveryFailure', DeliveryFailureRef);

builder.queryField('deliveryFailures', (t) =>
  t.field({
    type: DeliveryFailureConnection,
    authScopes: { regulator: true },
    description:
      'Failed deliveries (dead letters) of the enterprises your commission supervises, newest first; with retrying: true also those still being retried.',
    args: { retrying: t.arg.boolean({ defaultValue: false }), first: t.arg.int(), after: t.arg.string() },
    resolve: (_root, args, ctx) =>
      deliveryFailures(ctx.db, ctx.actor, {
        retrying: args.retrying ?? false,
        limit: pageSize(args.first, 50),
        after: args.after,
      }),
  }),
);

builder.mutationFields((t) => ({
  retryDelivery: t.field({
    type: DeliveryEventRef,
    authScopes: { approver: true },
    description: 'Sends a FAILED delivery again (same webhook-id). Approvers of the supervising commission.',
    args: { eventId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => retryDelivery(ctx.db, ctx.actor, String(args.eventId)),
  }),
}));
