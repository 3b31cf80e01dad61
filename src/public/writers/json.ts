import type { Writable } from 'node:stream';
import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import { publicFields } from '../catalogue.js';
import type { PublicRecord } from '../records.js';
import { send } from './sink.js';

const publicRecord = (r: PublicRecord) => ({
  id: r.id,
  enterpriseId: r.enterpriseId,
  enterpriseName: r.enterpriseName,
  publishedAt: r.publishedAt.toISOString(),
  status: r.status,
  supersededBy: r.supersededById,
  supersededAt: r.supersededAt?.toISOString() ?? null,
  withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  withdrawalReason: r.withdrawalReason,
  values: r.values,
});

/** `{ dataset, generatedAt, fields, records }`, written record by record. Values keep their keys. */
export async function writeJson(out: Writable, def: DatasetDefinition, records: AsyncIterable<PublicRecord>) {
  const fields = publicFields(def).map(({ definition: _, ...field }) => field);
  const head = JSON.stringify({ dataset: def.key, generatedAt: new Date().toISOString(), fields });
  await send(out, `${head.slice(0, -1)},"records":[`);
  let first = true;
  for await (const record of records) {
    await send(out, `${first ? '' : ','}\n${JSON.stringify(publicRecord(record))}`);
    first = false;
  }
  await send(out, '\n]}\n');
}
