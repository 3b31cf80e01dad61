import type { WorkingDayCalendar } from '../../schema/core/dataset.js';

/**
 * Which field of a record gives the event's day: one field, or a field per value of a
 * discriminating field (a property transaction's stage). Field keys are the dataset's own.
 */
export type EventDay = { field: string } | { by: string; fields: Readonly<Record<string, string>> };

/**
 * Event-driven obligations: something happens (a property transaction reaches a stage, a public
 * service changes) and must be disclosed within a window of working days. Which events exist per
 * dataset, and which field of a filed record says when the event happened, is listed here (once);
 * the windows are data each commission sets (setEventObligation).
 */
export const OBLIGATION_EVENTS = {
  'transaction-stage': {
    dataset: 'PROPERTY_TRANSACTIONS',
    label: { zh: '产权交易各披露阶段（预披露、正式披露、成交公告）', en: 'a property transaction stage' },
    // The stage's own day at the exchange (32号令): a pre-disclosure or a formal disclosure starts
    // with its listing (挂牌起始日期: the fixtures' 预披露 rows carry the pre-listing's start there
    // too); a result (成交公告) follows the deal (成交日期). One row is one project at one stage.
    eventDay: {
      by: 'disclosureStage',
      fields: { PRE: 'listingStartDate', FORMAL: 'listingStartDate', RESULT: 'dealDate' },
    },
  },
  'service-change': {
    dataset: 'SERVICE_INFO',
    label: { zh: '服务信息变更', en: 'a change of service information' },
    // A change happens when it takes effect (生效时间, its day in China). 发布时间 is when the
    // enterprise announced it on its own channels, not the change; one row is one item.
    eventDay: { field: 'effectiveFrom' },
  },
} as const satisfies Record<
  string,
  { dataset: string; label: { zh: string; en: string }; eventDay: EventDay }
>;

export type ObligationEvent = keyof typeof OBLIGATION_EVENTS;

export const isObligationEvent = (value: string): value is ObligationEvent => value in OBLIGATION_EVENTS;

/** The events of a dataset (GraphQL name), e.g. ['transaction-stage'] for PROPERTY_TRANSACTIONS. */
export const eventsOf = (dataset: string): ObligationEvent[] =>
  (Object.keys(OBLIGATION_EVENTS) as ObligationEvent[]).filter(
    (k) => OBLIGATION_EVENTS[k].dataset === dataset,
  );

/** The due date of an event-driven obligation: `window` working days after the event's day. */
export function eventDueDate(calendar: WorkingDayCalendar, eventDate: string, window: number): string {
  return calendar.addWorkingDays(eventDate, window);
}
