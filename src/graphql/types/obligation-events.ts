import type { EventStatusRow } from '../../oversight/event-standings.js';
import { eventObligationStatus } from '../../oversight/event-status.service.js';
import { builder } from '../builder.js';
import { connectionType, pageSize } from './connection.js';
import { DatasetKeyEnum } from './dataset.js';
import { DateScalar } from './date.js';
import { ObligationRef } from './obligation.js';
import { ObligationEnterprise } from './obligation-status.js';

// Internal only: filed records of event-driven datasets against their commission's window.

const EventObligationState = builder.enumType('EventObligationState', {
  description:
    'ON_TIME / LATE: filed by / after the due date (window working days after the event); UNDATED: the record leaves the event day blank.',
  values: ['ON_TIME', 'LATE', 'UNDATED'] as const,
});

const EventObligationStatusRef = builder.objectRef<EventStatusRow>('EventObligationStatus').implement({
  description: 'One filed record (one event) of an event-driven dataset, counted in working days.',
  fields: (t) => ({
    enterprise: t.field({ type: ObligationEnterprise, resolve: (r) => r.enterprise }),
    obligation: t.field({ type: ObligationRef, resolve: (r) => r.obligation }),
    submissionId: t.exposeID('submissionId', { description: 'The first filing of the record.' }),
    receiptCode: t.exposeString('receiptCode'),
    rowNumber: t.exposeInt('rowNumber', { description: 'The row Excel shows in that filing.' }),
    recordKey: t.exposeString('recordKey', {
      description: "The record's natural key, e.g. G32018SH1000120|RESULT.",
    }),
    title: t.exposeString('title', { nullable: true, description: 'Project name or notice title.' }),
    eventDate: t.field({ type: DateScalar, nullable: true, resolve: (r) => r.eventDate }),
    dueDate: t.field({ type: DateScalar, nullable: true, resolve: (r) => r.dueDate }),
    filedOn: t.field({ type: DateScalar, resolve: (r) => r.filedOn }),
    state: t.field({ type: EventObligationState, resolve: (r) => r.state }),
    workingDaysLate: t.exposeInt('workingDaysLate'),
    asOf: t.field({ type: DateScalar, resolve: (r) => r.asOf }),
  }),
});

const EventObligationStatusConnection = connectionType('EventObligationStatus', EventObligationStatusRef);

builder.queryFields((t) => ({
  eventObligationStatus: t.field({
    type: EventObligationStatusConnection,
    authScopes: { regulator: true, filer: true },
    description:
      'Regulators: filed events of their enterprises due in [from, to]; enterprises: their own. asOf defaults to today (China).',
    args: {
      dataset: t.arg({ type: DatasetKeyEnum, required: true }),
      from: t.arg({ type: DateScalar, required: true, description: 'Due on or after (undated: filed).' }),
      to: t.arg({ type: DateScalar, required: true }),
      asOf: t.arg({ type: DateScalar }),
      lateOnly: t.arg.boolean(),
      first: t.arg.int(),
      after: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      eventObligationStatus(ctx.db, ctx.actor, { ...args, limit: pageSize(args.first, 100) }),
  }),
}));
