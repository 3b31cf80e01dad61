import {
  addCalendarDays,
  type HolidayCalendarView,
  holidayCalendar,
  removeCalendarDays,
} from '../../calendar/calendar.service.js';
import type { CalendarOverrideRow } from '../../calendar/overrides.js';
import { builder } from '../builder.js';

// Internal only: the working-day calendar regulators keep (schema/calendar plus stored days).

const CalendarDayKind = builder.enumType('CalendarDayKind', {
  description: 'HOLIDAY: a day off (放假); WORKDAY: a day worked (调休上班).',
  values: ['HOLIDAY', 'WORKDAY'] as const,
});

const CalendarOverrideRef = builder.objectRef<CalendarOverrideRow>('CalendarOverride').implement({
  description: 'A day a regulator added to the built-in holiday calendar; it applies platform-wide.',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    year: t.exposeInt('year', { description: 'The notice year the day belongs to.' }),
    kind: t.field({ type: CalendarDayKind, resolve: (o) => o.kind }),
    note: t.exposeString('note', { description: 'The State Council notice it comes from.' }),
    createdBy: t.exposeString('createdBy', { nullable: true, description: 'Username of who added it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const HolidayCalendarRef = builder.objectRef<HolidayCalendarView>('HolidayCalendar').implement({
  description:
    'Working days follow this calendar; years it does not cover count Monday–Friday, with a warning.',
  fields: (t) => ({
    officialYears: t.exposeIntList('officialYears', { description: 'Years with a built-in notice.' }),
    coveredYears: t.exposeIntList('coveredYears', {
      description: 'Official years plus years with added days.',
    }),
    overrides: t.field({ type: [CalendarOverrideRef], resolve: (c) => c.overrides }),
  }),
});

const CalendarDayInput = builder.inputType('CalendarDayInput', {
  fields: (t) => ({
    date: t.string({ required: true, description: 'YYYY-MM-DD' }),
    kind: t.field({ type: CalendarDayKind, required: true }),
  }),
});

builder.queryFields((t) => ({
  holidayCalendar: t.field({
    type: HolidayCalendarRef,
    authScopes: { regulator: true, admin: true },
    args: { year: t.arg.int({ description: 'Only the days of this notice year.' }) },
    resolve: (_root, args, ctx) => holidayCalendar(ctx.db, ctx.actor, { year: args.year }),
  }),
}));

builder.mutationFields((t) => ({
  addCalendarDays: t.field({
    type: HolidayCalendarRef,
    authScopes: { approver: true, admin: true },
    description: 'Adds or re-states days of a notice year (platform-wide). Approvers and platform admins.',
    args: {
      year: t.arg.int({ required: true }),
      note: t.arg.string({ required: true, description: 'The State Council notice reference.' }),
      days: t.arg({ type: [CalendarDayInput], required: true }),
    },
    resolve: (_root, args, ctx) => addCalendarDays(ctx.db, ctx.actor, args),
  }),
  removeCalendarDays: t.field({
    type: HolidayCalendarRef,
    authScopes: { approver: true, admin: true },
    description: 'Removes added days: those dates follow the built-in calendar again.',
    args: {
      year: t.arg.int({ required: true }),
      dates: t.arg.stringList({ required: true }),
      note: t.arg.string({
        required: true,
        description: 'Why: the amending notice, or the mistake corrected.',
      }),
    },
    resolve: (_root, args, ctx) => removeCalendarDays(ctx.db, ctx.actor, args),
  }),
}));
