import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { COLUMNS, type DeliveryEventRow } from './delivery.service.js';
import { deliveryCommissionOf } from './visibility.js';

export interface FailureQuery {
  /** Also events still being retried after a failed attempt, not only those given up (dead letters). */
  retrying: boolean;
  limit: number;
  after?: string | null;
}

export interface DeliveryFailure extends DeliveryEventRow {
  submissionId: string;
  enterpriseName: string;
}

// Newest failure first; the cursor is the last row's (lastAttemptAt, id).
const parseKey = (key: string) => {
  try {
    const [at, id] = JSON.parse(key) as [string, string];
    if (typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id) && !Number.isNaN(Date.parse(at)))
      return { at, id };
  } catch {}
  return undefined;
};
const cursorOf = (e: DeliveryFailure) => encodeCursor(JSON.stringify([e.lastAttemptAt?.toISOString(), e.id]));

/**
 * Deliveries to the trading platform that failed, in the caller's jurisdiction only
 * (deliveryCommissionOf: not a district's, even when it may read them). Anyone else — filers,
 * other commissions — gets nothing.
 */
export async function deliveryFailures(db: Database, actor: Actor | null, q: FailureQuery) {
  const commission = deliveryCommissionOf(actor);
  if (!commission) return { nodes: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const after = decodeCursor(q.after, parseKey);
  const scope = `FROM delivery_event e JOIN published_record r ON r.id = e.record_id
     JOIN enterprise n ON n.id = r.enterprise_id
     WHERE n.regulator_id = $1 AND e.attempts > 0
       AND (e.status = 'failed' OR ($2::boolean AND e.status = 'pending'))`;
  const [{ rows }, count] = await Promise.all([
    db.sql.query<DeliveryFailure>(
      `SELECT ${COLUMNS}, r.submission_id AS "submissionId", r.enterprise_name AS "enterpriseName" ${scope}
         AND ($3::timestamptz IS NULL OR (e.last_attempt_at, e.id) < ($3::timestamptz, $4::uuid))
       ORDER BY e.last_attempt_at DESC, e.id DESC LIMIT $5`,
      [commission, q.retrying, after?.at ?? null, after?.id ?? null, q.limit + 1],
    ),
    db.sql.query<{ n: number }>(`SELECT count(*)::int AS n ${scope}`, [commission, q.retrying]),
  ]);
  const nodes = rows.slice(0, q.limit).map((row) => ({ ...row, lastAttemptAt: toDate(row.lastAttemptAt) }));
  return {
    nodes,
    cursors: nodes.map(cursorOf),
    hasNextPage: rows.length > q.limit,
    totalCount: count.rows[0]?.n ?? 0,
  };
}

const toDate = (v: Date | string | null) => (v === null ? null : new Date(v));
