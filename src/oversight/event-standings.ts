import type { WorkingDayCalendar } from '../../schema/core/dataset.js';
import type { SqlClient } from '../db/database.js';
import { todayInShanghai } from '../time.js';
import { currentCalendar } from './calendar.js';
import { type EventFiling, readEventFilings } from './event-filings.js';
import { eventDueDate, type ObligationEvent } from './events.js';
import { type ObligationRow, readObligations } from './obligations.js';
import { type EnterpriseRef, readEnterprises } from './standings.js';
import { nextDay } from './state.js';

/**
 * ON_TIME: filed by the due date; LATE: filed after it; UNDATED: the record leaves the event's day
 * blank, so its due date is unknown (listed so a regulator can ask, never counted as on time).
 */
export type EventState = 'ON_TIME' | 'LATE' | 'UNDATED';

/** One filed record of an event-driven dataset against its commission's window. */
export interface EventStatusRow extends Omit<EventFiling, 'enterpriseId' | 'filedAt'> {
  enterprise: EnterpriseRef;
  obligation: ObligationRow;
  dueDate: string | null;
  filedOn: string;
  state: EventState;
  /** Working days after the due date up to the filing day (LATE); 0 otherwise. */
  workingDaysLate: number;
  asOf: string;
}

export interface EventStandingQuery {
  event: ObligationEvent;
  asOf: string;
  regulatorId: string;
  enterpriseId?: string | null;
  /** Only events due from this day to `to` (undated records: filed in that range). */
  from: string;
  to: string;
}

/** Where one filed event stands, counted in working days on the holiday/调休 calendar. */
export function eventStanding(
  calendar: WorkingDayCalendar,
  eventDate: string | null,
  window: number,
  filedOn: string,
): { dueDate: string | null; state: EventState; workingDaysLate: number } {
  if (eventDate === null) return { dueDate: null, state: 'UNDATED', workingDaysLate: 0 };
  const dueDate = eventDueDate(calendar, eventDate, window);
  if (filedOn <= dueDate) return { dueDate, state: 'ON_TIME', workingDaysLate: 0 };
  return { dueDate, state: 'LATE', workingDaysLate: calendar.countWorkingDays(nextDay(dueDate), filedOn) };
}

/** Calendar days before `from` an event due on `from` can lie: n working days span < 2n + 30 days. */
const eventLead = (window: number, from: string) =>
  new Date(Date.parse(`${from}T00:00:00Z`) - (2 * window + 30) * 86_400_000).toISOString().slice(0, 10);

/**
 * The filed events of one commission (or one of its enterprises) due in [from, to], as of asOf,
 * ordered by due date (undated last), enterprise, receipt and row. Nothing when the commission
 * has set no window for the event (no due date without one).
 */
export async function eventStandings(sql: SqlClient, q: EventStandingQuery): Promise<EventStatusRow[]> {
  const [obligation] = (await readObligations(sql, { regulatorId: q.regulatorId, kind: 'EVENT' })).filter(
    (o) => o.event === q.event,
  );
  if (!obligation) return [];
  const window = obligation.windowWorkingDays!;
  const [enterprises, filings, calendar] = await Promise.all([
    readEnterprises(sql, { asOf: q.asOf, regulatorId: q.regulatorId, enterpriseId: q.enterpriseId }),
    readEventFilings(sql, { ...q, eventFrom: eventLead(window, q.from), eventTo: q.to }),
    currentCalendar(sql),
  ]);
  const byId = new Map(enterprises.map((e) => [e.id, e]));
  const rows: EventStatusRow[] = [];
  for (const { enterpriseId, filedAt, ...filing } of filings) {
    const enterprise = byId.get(enterpriseId);
    if (!enterprise) continue;
    const filedOn = todayInShanghai(filedAt);
    const standing = eventStanding(calendar, filing.eventDate, window, filedOn);
    const day = standing.dueDate ?? filedOn;
    if (day < q.from || day > q.to) continue;
    rows.push({ ...filing, ...standing, enterprise, obligation, filedOn, asOf: q.asOf });
  }
  return rows.sort(compareRows);
}

const compareRows = (a: EventStatusRow, b: EventStatusRow) =>
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
  a.enterprise.uscc.localeCompare(b.enterprise.uscc) ||
  a.receiptCode.localeCompare(b.receiptCode) ||
  a.rowNumber - b.rowNumber;
