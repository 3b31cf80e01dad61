import { dayNumber, isoDate } from '../../schema/calendar/dates.js';
import type { WorkingDayCalendar } from '../../schema/core/dataset.js';

export type ObligationState = 'NOT_DUE' | 'DUE_SOON' | 'ON_TIME' | 'LATE' | 'OVERDUE';

export interface StateInput {
  /** The day the question is asked for ('YYYY-MM-DD', China). */
  asOf: string;
  dueDate: string;
  /** The day the enterprise first filed for this obligation; null when it has not. */
  filedOn: string | null;
  /** DUE_SOON from this many working days before the due date. */
  remindDaysBefore: number;
}

export interface ObligationStanding {
  state: ObligationState;
  /** Working days after the due date until filing (LATE) or until asOf (OVERDUE); 0 otherwise. */
  workingDaysOverdue: number;
  /** Working days left after asOf up to the due date (NOT_DUE, DUE_SOON); 0 otherwise. */
  workingDaysLeft: number;
}

export const nextDay = (date: string) => isoDate(dayNumber(date) + 1);

/**
 * Where one enterprise stands on one obligation on a given day, counted in working days on the
 * holiday/调休 calendar. A filing after asOf does not count yet, so a past asOf shows who was late
 * then and a future one who will be, as things stand.
 */
export function obligationStanding(calendar: WorkingDayCalendar, input: StateInput): ObligationStanding {
  const { asOf, dueDate, filedOn } = input;
  const overdueUntil = (day: string) => calendar.countWorkingDays(nextDay(dueDate), day);
  if (filedOn !== null && filedOn <= asOf) {
    if (filedOn <= dueDate) return { state: 'ON_TIME', workingDaysOverdue: 0, workingDaysLeft: 0 };
    return { state: 'LATE', workingDaysOverdue: overdueUntil(filedOn), workingDaysLeft: 0 };
  }
  if (asOf > dueDate) return { state: 'OVERDUE', workingDaysOverdue: overdueUntil(asOf), workingDaysLeft: 0 };
  const left = calendar.countWorkingDays(nextDay(asOf), dueDate);
  const state = left <= input.remindDaysBefore ? 'DUE_SOON' : 'NOT_DUE';
  return { state, workingDaysOverdue: 0, workingDaysLeft: left };
}
