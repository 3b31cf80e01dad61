import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { DomainError, notFound } from '../errors.js';
import { requireOwnJurisdiction, requireRole } from '../submissions/access.js';
import { isUuid, SUBMISSION } from '../submissions/visibility.js';
import { enqueueDeliveries } from './queue.js';
import { deliveryCommissionOf } from './visibility.js';

const EVENT = { zh: '推送记录', en: 'delivery event' };
const RECORD = { zh: '公开记录', en: 'published record' };

/** What regulators see of one delivery (the columns of delivery_event, camel-cased). */
export interface DeliveryEventRow {
  id: string;
  recordId: string;
  event: string;
  status: string;
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  lastStatus: number | null;
  lastError: string | null;
  /** The platform's answer body of the last attempt (first 2 KB). */
  lastResponse: string | null;
  deliveredAt: Date | null;
}

export const COLUMNS = `e.id, e.record_id AS "recordId", e.event, e.status, e.attempts, e.created_at AS "createdAt",
  e.last_attempt_at AS "lastAttemptAt", e.last_status AS "lastStatus", e.last_error AS "lastError",
  e.last_response AS "lastResponse", e.delivered_at AS "deliveredAt"`;

async function findEvent(db: Database, id: string) {
  const { rows } = await db.sql.query<DeliveryEventRow & { submissionId: string }>(
    `SELECT ${COLUMNS}, r.submission_id AS "submissionId" FROM delivery_event e
     JOIN published_record r ON r.id = e.record_id WHERE e.id = $1`,
    [id],
  );
  return rows[0];
}

/**
 * The submission, for staff of its supervising commission (deliveryCommissionOf); NOT_FOUND for
 * anyone else, as for a missing one.
 */
async function visibleToRegulator(db: Database, actor: Actor | null, submissionId: string) {
  const commission = deliveryCommissionOf(actor);
  if (!commission || !isUuid(submissionId)) throw notFound(SUBMISSION);
  const submission = await db.prisma.submission.findFirst({
    where: { id: submissionId, enterprise: { regulatorId: commission } },
  });
  if (!submission) throw notFound(SUBMISSION);
  return submission;
}

/** Delivery status of every property-transaction record event of a submission. */
export async function submissionDeliveries(
  db: Database,
  actor: Actor | null,
  input: { submissionId: string; status?: string | null; first: number; offset: number },
) {
  await visibleToRegulator(db, actor, input.submissionId);
  const { rows: groups } = await db.sql.query<{ status: string; n: number }>(
    `SELECT e.status, count(*)::int AS n FROM delivery_event e JOIN published_record r ON r.id = e.record_id
     WHERE r.submission_id = $1 GROUP BY e.status`,
    [input.submissionId],
  );
  const { rows: events } = await db.sql.query<DeliveryEventRow>(
    `SELECT ${COLUMNS} FROM delivery_event e JOIN published_record r ON r.id = e.record_id
     WHERE r.submission_id = $1 AND ($2::text IS NULL OR e.status = $2)
     ORDER BY r.row_number, e.created_at, e.id LIMIT $3 OFFSET $4`,
    [input.submissionId, input.status ?? null, input.first, input.offset],
  );
  return { counts: Object.fromEntries(groups.map((g) => [g.status, g.n])), events };
}

/**
 * Delivery status of one published record (one entry per event: published, corrected, superseded,
 * withdrawn). A record the caller may not see answers exactly as a missing one.
 */
export async function recordDeliveries(db: Database, actor: Actor | null, recordId: string) {
  const record = isUuid(recordId)
    ? await db.prisma.publishedRecord.findUnique({ where: { id: recordId } })
    : null;
  if (!record) throw notFound(RECORD);
  await visibleToRegulator(db, actor, record.submissionId).catch(() => {
    throw notFound(RECORD);
  });
  const { rows } = await db.sql.query<DeliveryEventRow>(
    `SELECT ${COLUMNS} FROM delivery_event e WHERE e.record_id = $1 ORDER BY e.created_at, e.id`,
    [recordId],
  );
  return rows;
}

/**
 * An approver of the supervising commission sends a failed (dead-lettered) event again, with the
 * same webhook-id, once the platform's problem is fixed. Audited.
 */
export async function retryDelivery(db: Database, actor: Actor | null, eventId: string) {
  const event = isUuid(eventId) ? await findEvent(db, eventId) : undefined;
  if (!event) throw notFound(EVENT);
  const submission = await visibleToRegulator(db, actor, event.submissionId).catch(() => {
    throw notFound(EVENT);
  });
  requireRole(actor!, 'REGULATOR_APPROVER');
  const enterprise = await db.prisma.enterprise.findUniqueOrThrow({ where: { id: submission.enterpriseId } });
  requireOwnJurisdiction(actor!, enterprise.regulatorId);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query(
      `UPDATE delivery_event SET status = 'pending' WHERE id = $1 AND status = 'failed' RETURNING id`,
      [eventId],
    );
    if (rows.length === 0) throw notFailed(event.status);
    await enqueueDeliveries(tx, [eventId]);
    await appendAudit(tx, {
      action: 'retry-delivery',
      actor,
      submissionId: submission.id,
      details: { eventId, recordId: event.recordId, event: event.event, lastError: event.lastError },
    });
  });
  return { ...event, status: 'pending' };
}

const notFailed = (status: string) =>
  new DomainError(
    'INVALID_TRANSITION',
    {
      zh: `只能重新推送失败的记录（当前：${status}）`,
      en: `Only a failed delivery can be retried (it is ${status})`,
    },
    { status },
  );
