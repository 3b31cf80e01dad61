import { datasetByGraphqlName } from '../../schema/datasets/index.js';
import type { SqlClient } from '../db/database.js';
import { enqueueDeliveries } from './queue.js';

/**
 * What happened to a record. `superseded` announces an older record a correction replaced: it is
 * sent as event "corrected" with `supersededBy` (CONTRACT.md knows three events), but stored apart
 * from the `corrected` event of the new records, since one record may be both in turn.
 */
export type RecordEvent = 'published' | 'corrected' | 'superseded' | 'withdrawn';

/** The records an event is about: a submission's, or records named by id. */
export type RecordSelection = { submissionId: string } | { recordIds: string[] };

/**
 * Writes one delivery event per record, and its pg-boss job, inside the publishing transaction: a
 * rolled-back publication leaves neither. Only datasets whose definition says so (property
 * transactions) go to the trading platform.
 */
export async function recordDeliveryEvents(
  tx: SqlClient,
  dataset: string,
  records: RecordSelection,
  event: RecordEvent,
): Promise<number> {
  if (!datasetByGraphqlName(dataset)?.deliveredToTradingPlatform) return 0;
  const [where, param] =
    'submissionId' in records
      ? ['submission_id = $1', records.submissionId]
      : ['id::text = ANY($1::text[])', records.recordIds];
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO delivery_event (record_id, event)
     SELECT id, $2 FROM published_record WHERE ${where} ORDER BY row_number
     ON CONFLICT (record_id, event) DO NOTHING RETURNING id`,
    [param, event],
  );
  await enqueueDeliveries(
    tx,
    rows.map((row) => row.id),
  );
  return rows.length;
}
