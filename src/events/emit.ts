import type { SqlClient } from '../db/database.js';
import { enqueueJobs, QUEUES } from '../oversight/jobs.js';

/** Status changes of a submission that subscribers hear about. */
export type SubmissionEvent =
  | 'uploaded'
  | 'submitted'
  | 'returned'
  | 'approved'
  | 'published'
  | 'corrected'
  | 'withdrawn';

interface Subject {
  enterpriseId: string;
  regulatorId: string;
  uscc: string;
  name: string;
}

/**
 * Writes one event per interested subscription, and its job, in the caller's transaction (the
 * outbox): a rolled-back change announces nothing. Interested means allowed to see it: the
 * enterprise's own subscriptions, and those of the commission that supervises it — no one else.
 */
async function emit(
  tx: SqlClient,
  subject: Subject,
  event: SubmissionEvent | 'reminded',
  refs: { submissionId?: string; reminderId?: string },
  data: Record<string, unknown>,
): Promise<number> {
  const type = event === 'reminded' ? 'obligation.reminded' : `submission.${event}`;
  const enterprise = { uscc: subject.uscc, name: subject.name };
  const body = JSON.stringify({ type, timestamp: new Date().toISOString(), data: { ...data, enterprise } });
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO subscription_event (subscription_id, event, enterprise_id, submission_id, reminder_id, body)
     SELECT id, $3, $1, $4, $5, $6 FROM event_subscription
     WHERE removed_at IS NULL AND (enterprise_id = $1 OR regulator_id = $2) RETURNING id`,
    [
      subject.enterpriseId,
      subject.regulatorId,
      event,
      refs.submissionId ?? null,
      refs.reminderId ?? null,
      body,
    ],
  );
  await enqueueJobs(
    tx,
    QUEUES.subscriberDelivery,
    rows.map((r) => ({ data: { eventId: r.id, attempt: 1 } })),
  );
  return rows.length;
}

/** One call per status change, inside the transaction that makes it. */
export async function emitSubmissionEvent(tx: SqlClient, submissionId: string, event: SubmissionEvent) {
  const { rows } = await tx.query<
    Subject & {
      receiptCode: string;
      dataset: string;
      status: string;
      periods: string[];
      correctsId: string | null;
    }
  >(
    `SELECT e.id AS "enterpriseId", e.regulator_id AS "regulatorId", e.uscc, e.name, s.receipt_code AS "receiptCode",
            s.dataset::text AS dataset, s.status::text AS status, s.periods, s.corrects_id AS "correctsId"
     FROM submission s JOIN enterprise e ON e.id = s.enterprise_id WHERE s.id = $1`,
    [submissionId],
  );
  const s = rows[0];
  if (!s) return 0;
  const data = {
    submissionId,
    receiptCode: s.receiptCode,
    dataset: s.dataset,
    status: s.status,
    periods: s.periods,
    correctsId: s.correctsId,
  };
  return emit(tx, s, event, { submissionId }, data);
}

/** A reminder (催报) was sent to an enterprise. */
export async function emitReminderEvent(tx: SqlClient, reminderId: string) {
  const { rows } = await tx.query<Subject & Record<string, string>>(
    `SELECT e.id AS "enterpriseId", e.regulator_id AS "regulatorId", e.uscc, e.name, r.trigger,
            to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate", o.id AS "obligationId", o.dataset::text AS dataset, o.period
     FROM reminder r JOIN enterprise e ON e.id = r.enterprise_id JOIN obligation o ON o.id = r.obligation_id
     WHERE r.id = $1`,
    [reminderId],
  );
  const r = rows[0];
  if (!r) return 0;
  const data = {
    reminderId,
    obligationId: r.obligationId,
    dataset: r.dataset,
    period: r.period,
    dueDate: r.dueDate,
    trigger: r.trigger,
  };
  return emit(tx, r, 'reminded', { reminderId }, data);
}
