import type { SqlClient } from '../db/database.js';
import type { RecordEvent } from './events.js';

/** A delivery event with what the worker needs to send it. */
export interface PendingDelivery {
  eventId: string;
  status: 'pending' | 'delivered' | 'failed';
  body: string;
}

interface Row {
  event_id: string;
  status: PendingDelivery['status'];
  event: RecordEvent;
  id: string;
  dataset: string;
  enterprise_name: string;
  published_at: Date;
  values: Record<string, unknown>;
  superseded_by_id: string | null;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

/**
 * Loads an event and renders its body: the record's public form as the public API shows it
 * (CONTRACT.md "Public data") plus "event". Built from published_record, which only ever holds
 * public values, so nothing regulator-only can leave this way.
 */
export async function loadDelivery(sql: SqlClient, eventId: string): Promise<PendingDelivery | undefined> {
  const { rows } = await sql.query<Row>(
    `SELECT e.id AS event_id, e.status, e.event, r.id, r.dataset::text AS dataset, r.enterprise_name,
            r.published_at, r."values", r.superseded_by_id, r.withdrawn_at, r.withdrawal_reason
     FROM delivery_event e JOIN published_record r ON r.id = e.record_id WHERE e.id = $1`,
    [eventId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { eventId: row.event_id, status: row.status, body: JSON.stringify(publicForm(row)) };
}

function publicForm(row: Row) {
  return {
    event: row.event,
    id: row.id,
    dataset: row.dataset,
    enterpriseName: row.enterprise_name,
    publishedAt: new Date(row.published_at).toISOString(),
    supersededBy: row.superseded_by_id,
    ...(row.event === 'withdrawn'
      ? {
          withdrawnAt: row.withdrawn_at ? new Date(row.withdrawn_at).toISOString() : null,
          withdrawalReason: row.withdrawal_reason,
        }
      : {}),
    values: row.values,
  };
}
