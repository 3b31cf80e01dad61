import {
  type AnnualReport,
  annualReport,
  type ReturnCategory,
} from '../../oversight/report/annual-report.service.js';
import type {
  EventObligationTally,
  EventTally,
  EventTimeliness,
} from '../../oversight/report/event-timeliness.js';
import type { DeliveryFigures, PublishedFigure } from '../../oversight/report/figures.js';
import type { ObligationTally, Tally, Timeliness } from '../../oversight/report/timeliness.js';
import { builder } from '../builder.js';
import { DatasetKeyEnum, Localized } from './dataset.js';
import { DateScalar } from './date.js';

// Internal only: the figures of a commission's annual report (政府信息公开工作年度报告).

type Key = 'EXECUTIVE_PAY';

const PublishedFigureRef = builder.objectRef<PublishedFigure>('AnnualPublishedFigure').implement({
  fields: (t) => ({
    dataset: t.field({ type: DatasetKeyEnum, resolve: (p) => p.dataset as Key }),
    records: t.exposeInt('records'),
    submissions: t.exposeInt('submissions'),
  }),
});

const TallyRef = builder.objectRef<Tally & { total?: number }>('AnnualTally').implement({
  description: 'Enterprise × obligation pairs (or enterprises) by timeliness.',
  fields: (t) => ({
    onTime: t.exposeInt('onTime'),
    late: t.exposeInt('late'),
    missing: t.exposeInt('missing', { description: 'Not filed by the end of the year (or today).' }),
    notDue: t.exposeInt('notDue'),
    total: t.int({ resolve: (x) => x.total ?? x.onTime + x.late + x.missing + x.notDue }),
  }),
});

const ObligationTallyRef = builder.objectRef<ObligationTally>('AnnualObligationTally').implement({
  fields: (t) => ({
    dataset: t.field({ type: DatasetKeyEnum, resolve: (o) => o.dataset as Key }),
    period: t.exposeString('period'),
    dueDate: t.field({ type: DateScalar, resolve: (o) => o.dueDate }),
    tally: t.field({ type: TallyRef, resolve: (o) => o }),
  }),
});

const TimelinessRef = builder.objectRef<Timeliness>('AnnualTimeliness').implement({
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (x) => x.asOf }),
    submissions: t.field({ type: TallyRef, resolve: (x) => x.submissions }),
    enterprises: t.field({
      type: TallyRef,
      description: 'Each enterprise by its worst standing.',
      resolve: (x) => x.enterprises,
    }),
    byObligation: t.field({ type: [ObligationTallyRef], resolve: (x) => x.byObligation }),
  }),
});

const EventTallyRef = builder.objectRef<EventTally>('AnnualEventTally').implement({
  description: 'Filed events by timeliness.',
  fields: (t) => ({
    onTime: t.exposeInt('onTime'),
    late: t.exposeInt('late'),
    undated: t.exposeInt('undated', { description: 'Filed in the year with the event day blank.' }),
    total: t.int({ resolve: (x) => x.onTime + x.late + x.undated }),
  }),
});

const EventObligationTallyRef = builder
  .objectRef<EventObligationTally>('AnnualEventObligationTally')
  .implement({
    fields: (t) => ({
      dataset: t.field({ type: DatasetKeyEnum, resolve: (o) => o.dataset as Key }),
      event: t.exposeString('event'),
      workingDays: t.exposeInt('workingDays'),
      tally: t.field({ type: EventTallyRef, resolve: (o) => o }),
    }),
  });

const EventTimelinessRef = builder.objectRef<EventTimeliness>('AnnualEventTimeliness').implement({
  description: 'Event-driven obligations: filed events due in the year (an unfiled event is unknown).',
  fields: (t) => ({
    asOf: t.field({ type: DateScalar, resolve: (x) => x.asOf }),
    total: t.field({ type: EventTallyRef, resolve: (x) => x.total }),
    byObligation: t.field({ type: [EventObligationTallyRef], resolve: (x) => x.byObligation }),
  }),
});

const ReturnCategoryRef = builder.objectRef<ReturnCategory>('AnnualReturnCategory').implement({
  fields: (t) => ({
    category: t.exposeString('category', { description: 'A field key, general or row.' }),
    dataset: t.field({ type: DatasetKeyEnum, nullable: true, resolve: (r) => r.dataset as Key | null }),
    label: t.field({ type: Localized, resolve: (r) => r.label }),
    count: t.exposeInt('count'),
  }),
});

const DatasetCountRef = builder
  .objectRef<{ dataset: string; count: number }>('AnnualDatasetCount')
  .implement({
    fields: (t) => ({
      dataset: t.field({ type: DatasetKeyEnum, resolve: (d) => d.dataset as Key }),
      count: t.exposeInt('count'),
    }),
  });

const ReturnsRef = builder.objectRef<AnnualReport['returns']>('AnnualReturns').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    byDataset: t.field({ type: [DatasetCountRef], resolve: (r) => r.byDataset }),
    reasons: t.field({ type: [ReturnCategoryRef], resolve: (r) => r.reasons }),
  }),
});

const DeliveriesRef = builder.objectRef<DeliveryFigures>('AnnualDeliveries').implement({
  fields: (t) => ({
    total: t.exposeInt('total'),
    delivered: t.exposeInt('delivered'),
    failed: t.exposeInt('failed'),
    pending: t.exposeInt('pending'),
  }),
});

const AnnualReportRef = builder.objectRef<AnnualReport>('AnnualReport').implement({
  description: 'Figures for the annual report; the XLSX is GET /api/reports/annual/<year>.xlsx.',
  fields: (t) => ({
    year: t.exposeInt('year'),
    regulatorName: t.exposeString('regulatorName'),
    published: t.field({ type: [PublishedFigureRef], resolve: (r) => r.published }),
    timeliness: t.field({ type: TimelinessRef, resolve: (r) => r.timeliness }),
    eventTimeliness: t.field({ type: EventTimelinessRef, resolve: (r) => r.eventTimeliness }),
    returns: t.field({ type: ReturnsRef, resolve: (r) => r.returns }),
    corrections: t.exposeInt('corrections'),
    withdrawals: t.exposeInt('withdrawals'),
    deliveries: t.field({ type: DeliveriesRef, resolve: (r) => r.deliveries }),
  }),
});

builder.queryFields((t) => ({
  annualReport: t.field({
    type: AnnualReportRef,
    authScopes: { regulator: true },
    args: { year: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => annualReport(ctx.db, ctx.actor, args.year),
  }),
}));
