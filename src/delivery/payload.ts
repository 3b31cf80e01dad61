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
  superseded_at: Date | null;
  corrects_id: string | null;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
}

/**
 * Loads an event and renders its body: the record's public form as the public API shows it
 * (CONTRACT.md "Public data") plus "event". Built from published_record, which only ever holds
 * public values, so nothing regulator-only can leave this way. A correction links both ways: its
 * new record names the record it `corrects`; the replaced record is announced with `supersededBy`
 * (null when the correction dropped it) and `supersededAt`.
 */
export async function loadDelivery(sql: SqlClient, eventId: string): Promise<PendingDelivery | undefined> {
  const { rows } = await sql.query<Row>(
    `SELECT e.id AS event_id, e.status, e.event, r.id, r.dataset::text AS dataset, r.enterprise_name,
            r.published_at, r."values", r.superseded_by_id, r.superseded_at, r.withdrawn_at, r.withdrawal_reason,
            (SELECT o.id FROM published_record o WHERE o.superseded_by_id = r.id
             ORDER BY o.superseded_at, o.row_number LIMIT 1) AS corrects_id
     FROM delivery_event e JOIN published_record r ON r.id = e.record_id WHERE e.id = $1`,
    [eventId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return { eventId: row.event_id, status: row.status, body: JSON.stringify(publicForm(row)) };
}

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

function publicForm(row: Row) {
  return {
    // A superseded record goes out as "corrected": the platform knows three events (CONTRACT.md).
    event: row.event === 'superseded' ? 'corrected' : row.event,
    id: row.id,
    dataset: row.dataset,
    enterpriseName: row.enterprise_name,
    publishedAt: iso(row.published_at),
    supersededBy: row.superseded_by_id,
    ...(row.event === 'corrected' ? { corrects: row.corrects_id } : {}),
    ...(row.event === 'superseded' ? { supersededAt: iso(row.superseded_at) } : {}),
    ...(row.event === 'withdrawn'
      ? { withdrawnAt: iso(row.withdrawn_at), withdrawalReason: row.withdrawal_reason }
      : {}),
    values: row.values,
  };
}
