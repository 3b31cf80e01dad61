import { randomBytes } from 'node:crypto';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { forbidden, notFound } from '../errors.js';
import { isUuid } from '../submissions/visibility.js';
import { checkSubscriberUrl } from './address.js';

export interface SubscriptionRow {
  id: string;
  url: string;
  description: string | null;
  owner: 'ENTERPRISE' | 'REGULATOR';
  createdAt: Date;
  /** Only in the answer to subscribe: the signing secret (Standard Webhooks, whsec_…). */
  secret?: string;
}

const SUBSCRIPTION = { zh: '事件订阅', en: 'subscription' };
const COLUMNS = `id, url, description, created_at AS "createdAt",
  CASE WHEN enterprise_id IS NULL THEN 'REGULATOR' ELSE 'ENTERPRISE' END AS owner`;

/** Whose subscriptions the actor manages: a filer its enterprise's, an approver its commission's. */
function ownerOf(actor: Actor | null): { enterpriseId: string | null; regulatorId: string | null } | null {
  if (actor?.role === 'ENTERPRISE_FILER' && actor.enterpriseId)
    return { enterpriseId: actor.enterpriseId, regulatorId: null };
  if (actor?.role === 'REGULATOR_APPROVER' && actor.regulatorId)
    return { enterpriseId: null, regulatorId: actor.regulatorId };
  return null;
}

/** Registers a URL for signed events; the secret is shown in this answer only. Audited. */
export async function subscribe(
  db: Database,
  actor: Actor | null,
  input: { url: string; description?: string | null },
  options: { allowPrivateUrls: boolean },
): Promise<SubscriptionRow> {
  const owner = ownerOf(actor);
  if (!owner) throw forbidden();
  const url = (await checkSubscriberUrl(input.url, options.allowPrivateUrls)).toString();
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<SubscriptionRow>(
      `INSERT INTO event_subscription (enterprise_id, regulator_id, url, secret, description, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [owner.enterpriseId, owner.regulatorId, url, secret, input.description?.trim() || null, actor!.userId],
    );
    const row = rows[0]!;
    await appendAudit(tx, {
      action: 'subscription-add',
      actor,
      details: { subscriptionId: row.id, url, ...owner },
    });
    return { ...row, secret };
  });
}

/** The caller's (enterprise's or commission's) active subscriptions. */
export async function subscriptions(db: Database, actor: Actor | null): Promise<SubscriptionRow[]> {
  const owner = ownerOf(actor);
  if (!owner) return [];
  const { rows } = await db.sql.query<SubscriptionRow>(
    `SELECT ${COLUMNS} FROM event_subscription WHERE removed_at IS NULL
       AND (enterprise_id = $1 OR regulator_id = $2) ORDER BY created_at, id`,
    [owner.enterpriseId, owner.regulatorId],
  );
  return rows;
}

/** The subscription if it is the caller's; NOT_FOUND otherwise, exactly as for a missing one. */
export async function ownSubscription(
  db: Database,
  actor: Actor | null,
  id: string,
): Promise<SubscriptionRow> {
  const found = isUuid(id) ? (await subscriptions(db, actor)).find((s) => s.id === id) : undefined;
  if (!found) throw notFound(SUBSCRIPTION);
  return found;
}

/** Stops a subscription; events not yet delivered are not sent. Audited. */
export async function unsubscribe(db: Database, actor: Actor | null, id: string): Promise<boolean> {
  const subscription = await ownSubscription(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE event_subscription SET removed_at = now() WHERE id = $1', [subscription.id]);
    await appendAudit(tx, {
      action: 'subscription-remove',
      actor,
      details: { subscriptionId: id, url: subscription.url },
    });
  });
  return true;
}
