import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { ownSubscription } from './subscription.service.js';

/** One event sent (or being sent) to a subscriber, as its owner sees it. */
export interface SubscriptionEventRow {
  id: string;
  event: string;
  submissionId: string | null;
  reminderId: string | null;
  body: string;
  status: string;
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
}

/** The delivery state of a subscription's events, newest first (the owner only). */
export async function subscriptionEvents(
  db: Database,
  actor: Actor | null,
  input: { subscriptionId: string; status?: string | null; first: number },
): Promise<SubscriptionEventRow[]> {
  const subscription = await ownSubscription(db, actor, input.subscriptionId);
  const { rows } = await db.sql.query<SubscriptionEventRow>(
    `SELECT id, event, submission_id AS "submissionId", reminder_id AS "reminderId", body, status, attempts,
            created_at AS "createdAt", last_attempt_at AS "lastAttemptAt", last_status AS "lastStatus",
            last_error AS "lastError", delivered_at AS "deliveredAt"
     FROM subscription_event WHERE subscription_id = $1 AND ($2::text IS NULL OR status = $2)
     ORDER BY created_at DESC, id DESC LIMIT $3`,
    [subscription.id, input.status ?? null, input.first],
  );
  return rows;
}
