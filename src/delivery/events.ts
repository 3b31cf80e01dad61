import type { SqlClient } from '../db/database.js';
import { enqueueDeliveries } from './queue.js';

export type RecordEvent = 'published' | 'corrected' | 'withdrawn';

/**
 * Writes one delivery event per record, and its pg-boss job, inside the publishing transaction: a
 * rolled-back publication leaves neither. Only property transactions go to the trading platform.
 */
export async function recordDeliveryEvents(
  tx: SqlClient,
  dataset: string,
  submissionId: string,
  event: RecordEvent,
): Promise<number> {
  if (dataset !== 'PROPERTY_TRANSACTIONS') return 0;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO delivery_event (record_id, event)
     SELECT id, $2 FROM published_record WHERE submission_id = $1
     ON CONFLICT (record_id, event) DO NOTHING RETURNING id`,
    [submissionId, event],
  );
  await enqueueDeliveries(
    tx,
    rows.map((row) => row.id),
  );
  return rows.length;
}
