import type { SqlClient } from '../../db/database.js';
import { todayInShanghai } from '../../time.js';
import { eventStandings } from '../event-standings.js';
import { isObligationEvent } from '../events.js';
import { readObligations } from '../obligations.js';

export interface EventTally {
  /** Filed by the due date. */
  onTime: number;
  /** Filed after it. */
  late: number;
  /** Filed in the year with the event's day left blank (no due date to hold it to). */
  undated: number;
}

export interface EventObligationTally extends EventTally {
  dataset: string;
  event: string;
  workingDays: number;
}

export interface EventTimeliness {
  asOf: string;
  total: EventTally;
  byObligation: EventObligationTally[];
}

/**
 * Timeliness of the commission's event-driven obligations for the year: the filed events *due*
 * in the year, as of its last day (or today, during the year). An event nobody filed is unknown to
 * the platform, so there is no "missing" column here.
 */
export async function eventTimeliness(
  sql: SqlClient,
  regulatorId: string,
  year: number,
): Promise<EventTimeliness> {
  const asOf = [`${year}-12-31`, todayInShanghai()].sort()[0]!;
  const obligations = await readObligations(sql, { regulatorId, kind: 'EVENT' });
  const total: EventTally = { onTime: 0, late: 0, undated: 0 };
  const byObligation: EventObligationTally[] = [];
  for (const o of obligations) {
    if (!o.event || !isObligationEvent(o.event)) continue;
    const rows = await eventStandings(sql, {
      event: o.event,
      asOf,
      regulatorId,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    const tally = {
      dataset: o.dataset,
      event: o.event,
      workingDays: o.windowWorkingDays!,
      onTime: 0,
      late: 0,
      undated: 0,
    };
    for (const row of rows) {
      const bucket = row.state === 'ON_TIME' ? 'onTime' : row.state === 'LATE' ? 'late' : 'undated';
      tally[bucket]++;
      total[bucket]++;
    }
    byObligation.push(tally);
  }
  return { asOf, total, byObligation };
}
