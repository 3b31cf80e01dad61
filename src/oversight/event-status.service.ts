import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { cursorKeys, decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { todayInShanghai } from '../time.js';
import { type EventStatusRow, eventStandings } from './event-standings.js';
import { checkDate, checkEventDataset, checkRange } from './input.js';
import { oversightScope } from './scope.js';

export interface EventStatusInput {
  dataset: string;
  from: string;
  to: string;
  asOf?: string | null;
  /** Only LATE records. */
  lateOnly?: boolean | null;
  /** Page size (already clamped) and the cursor of the last row seen. */
  limit: number;
  after?: string | null;
}

export interface EventStatusPage {
  nodes: EventStatusRow[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Filed records of an event-driven dataset due in [from, to], with where each stands on asOf:
 * regulators see their commission's enterprises, an enterprise its own; anyone else an empty page.
 * Pages are positions in the ordered list (the list is computed whole: one commission, one range).
 */
export async function eventObligationStatus(
  db: Database,
  actor: Actor | null,
  input: EventStatusInput,
): Promise<EventStatusPage> {
  const event = checkEventDataset(input.dataset);
  const { from, to } = checkRange(input.from, input.to);
  const asOf = input.asOf ? checkDate(input.asOf, 'asOf') : todayInShanghai();
  const start = decodeCursor(input.after, cursorKeys.positiveInteger) ?? 0;
  const scope = await oversightScope(db, actor);
  if (!scope) return { nodes: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const rows = await eventStandings(db.sql, { ...scope, event, asOf, from, to });
  const listed = input.lateOnly ? rows.filter((r) => r.state === 'LATE') : rows;
  const nodes = listed.slice(start, start + input.limit);
  return {
    nodes,
    cursors: nodes.map((_, i) => encodeCursor(String(start + i + 1))),
    hasNextPage: listed.length > start + input.limit,
    totalCount: listed.length,
  };
}
