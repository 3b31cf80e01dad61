import type { SqlClient } from '../../db/database.js';
import { todayInShanghai } from '../../time.js';
import { type ObligationStatusRow, obligationStandings } from '../standings.js';

export interface Tally {
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
}

export interface ObligationTally extends Tally {
  dataset: string;
  period: string;
  dueDate: string;
}

export interface Timeliness {
  asOf: string;
  /** Enterprise × obligation pairs due in the year. */
  submissions: Tally;
  byObligation: ObligationTally[];
  /** Each enterprise by its worst standing over the year's obligations. */
  enterprises: Tally & { total: number };
}

const empty = (): Tally => ({ onTime: 0, late: 0, missing: 0, notDue: 0 });
const bucket = (state: ObligationStatusRow['state']): keyof Tally =>
  state === 'ON_TIME' ? 'onTime' : state === 'LATE' ? 'late' : state === 'OVERDUE' ? 'missing' : 'notDue';
const WORST: (keyof Tally)[] = ['missing', 'late', 'notDue', 'onTime'];

/**
 * Timeliness of the obligations due in the year, as of its last day (or today, for the current
 * year): on time, late, missing (still not filed), not yet due.
 */
export async function timeliness(sql: SqlClient, regulatorId: string, year: number): Promise<Timeliness> {
  const asOf = [`${year}-12-31`, todayInShanghai()].sort()[0]!;
  const rows = (await obligationStandings(sql, { regulatorId, asOf })).filter((r) =>
    r.obligation.dueDate?.startsWith(`${year}-`),
  );
  const submissions = empty();
  const byObligation = new Map<string, ObligationTally>();
  const perEnterprise = new Map<string, Set<keyof Tally>>();
  for (const row of rows) {
    const b = bucket(row.state);
    submissions[b]++;
    const o = row.obligation;
    const tally = byObligation.get(o.id) ?? {
      dataset: o.dataset,
      period: o.period!,
      dueDate: o.dueDate!,
      ...empty(),
    };
    tally[b]++;
    byObligation.set(o.id, tally);
    perEnterprise.set(row.enterprise.id, (perEnterprise.get(row.enterprise.id) ?? new Set()).add(b));
  }
  const enterprises = { total: perEnterprise.size, ...empty() };
  for (const buckets of perEnterprise.values()) enterprises[WORST.find((w) => buckets.has(w))!]++;
  const ordered = [...byObligation.values()].sort((a, b) =>
    `${a.dueDate}${a.dataset}`.localeCompare(`${b.dueDate}${b.dataset}`),
  );
  return { asOf, submissions, byObligation: ordered, enterprises };
}
