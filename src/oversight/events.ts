import type { ObligationEventDefinition, WorkingDayCalendar } from '../../schema/core/dataset.js';
import { datasets, type GraphqlDatasetName, graphqlNameOf } from '../../schema/datasets/index.js';

/** Which field of a record gives the event's day (see ObligationEventDefinition.eventDay). */
export type EventDay = ObligationEventDefinition['eventDay'];

/** An event-driven obligation's key, e.g. 'transaction-stage' (checked by isObligationEvent). */
export type ObligationEvent = string;

/**
 * Event-driven obligations: something happens (a property transaction reaches a stage, a public
 * service changes) and must be disclosed within a window of working days. Each is stated in its
 * dataset's definition (`obligationEvents`); this is their index by key. The windows are data
 * each commission sets (setEventObligation).
 */
export const OBLIGATION_EVENTS: Readonly<
  Record<
    ObligationEvent,
    { dataset: GraphqlDatasetName; label: { zh: string; en: string }; eventDay: EventDay }
  >
> = Object.fromEntries(
  datasets.flatMap((d) =>
    (d.obligationEvents ?? []).map((e) => [
      e.key,
      { dataset: graphqlNameOf(d), label: e.label, eventDay: e.eventDay },
    ]),
  ),
);

export const isObligationEvent = (value: string): value is ObligationEvent =>
  Object.hasOwn(OBLIGATION_EVENTS, value);

/** An event's definition, or undefined for a key no dataset defines. */
export const eventSpec = (event: string) => (isObligationEvent(event) ? OBLIGATION_EVENTS[event] : undefined);

/** The events of a dataset (GraphQL name), e.g. ['transaction-stage'] for PROPERTY_TRANSACTIONS. */
export const eventsOf = (dataset: string): ObligationEvent[] =>
  Object.keys(OBLIGATION_EVENTS).filter((k) => OBLIGATION_EVENTS[k]?.dataset === dataset);

/** The due date of an event-driven obligation: `window` working days after the event's day. */
export function eventDueDate(calendar: WorkingDayCalendar, eventDate: string, window: number): string {
  return calendar.addWorkingDays(eventDate, window);
}
