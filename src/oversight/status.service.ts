import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { todayInShanghai } from '../time.js';
import { checkDate } from './input.js';
import { oversightScope } from './scope.js';
import { type ObligationStatusRow, obligationStandings } from './standings.js';

export interface StatusInput {
  asOf?: string | null;
  dataset?: string | null;
  period?: string | null;
  /** Only what is still owed (NOT_DUE, DUE_SOON, OVERDUE). */
  openOnly?: boolean | null;
}

const OPEN = new Set(['NOT_DUE', 'DUE_SOON', 'OVERDUE']);

/**
 * Regulators: every enterprise of their commission × every periodic obligation; enterprises:
 * their own rows. Anyone else: nothing. `asOf` defaults to today in China.
 */
export async function obligationStatus(
  db: Database,
  actor: Actor | null,
  input: StatusInput,
): Promise<ObligationStatusRow[]> {
  const asOf = input.asOf ? checkDate(input.asOf, 'asOf') : todayInShanghai();
  const scope = await oversightScope(db, actor);
  if (!scope) return [];
  const rows = await obligationStandings(db.sql, {
    ...scope,
    asOf,
    dataset: input.dataset,
    period: input.period,
  });
  return input.openOnly ? rows.filter((r) => OPEN.has(r.state)) : rows;
}
