import type { Writable } from 'node:stream';
import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import type { Database } from '../../db/database.js';
import { publicFields } from '../catalogue.js';
import type { RecordFilter } from '../filter.js';
import { send } from './sink.js';
import { copyDownload, eachBatch, pipeCopy } from './source.js';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The public values, an open end (OPEN, 至今) as null: typed JSON has no "OPEN" year-month. */
function valuesSql(def: DatasetDefinition): string {
  let values = '"values"';
  for (const f of def.fields.filter((field) => field.type.openEnded)) {
    values = `CASE WHEN "values"->>'${f.key}' = 'OPEN' THEN jsonb_set(${values}, '{${f.key}}', 'null') ELSE ${values} END`;
  }
  return values;
}

/** One record as JSON text, built by the database from the stored JSON (no parse and re-encode). */
function recordJsonSql(def: DatasetDefinition): string {
  return `',' || json_build_object('id', id, 'enterpriseId', enterprise_id, 'enterpriseName', enterprise_name,
    'publishedAt', ${iso('published_at')},
    'status', CASE WHEN withdrawn_at IS NOT NULL THEN 'WITHDRAWN' WHEN superseded_at IS NOT NULL THEN 'SUPERSEDED' ELSE 'CURRENT' END,
    'supersededBy', superseded_by_id, 'supersededAt', ${iso('superseded_at')}, 'withdrawnAt', ${iso('withdrawn_at')},
    'withdrawalReason', withdrawal_reason, 'values', ${valuesSql(def)})::text`;
}

// JSON text holds no raw control characters, so CSV with these two as delimiter and quote copies
// each line verbatim (text format would double every backslash).
const VERBATIM = `FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02'`;

/** `{ dataset, generatedAt, fields, records }`, one record per line. Values keep their keys. */
export async function writeJson(db: Database, out: Writable, def: DatasetDefinition, filter: RecordFilter) {
  const fields = publicFields(def).map(({ definition: _, ...field }) => field);
  const head = JSON.stringify({ dataset: def.key, generatedAt: new Date().toISOString(), fields });
  await send(out, `${head.slice(0, -1)},"records":[\n`);
  // Each line starts with a comma; the first one's is dropped.
  const cells = [recordJsonSql(def)];
  const copy = await copyDownload(db, filter, cells, VERBATIM);
  if (copy) {
    await pipeCopy(
      copy,
      (chunk) => send(out, chunk),
      (chunk) => chunk.subarray(1),
    );
  } else {
    let first = true;
    await eachBatch(db, filter, cells, async (rows) => {
      const text = `${rows.map((r) => r[0]).join('\n')}\n`;
      await send(out, first ? text.slice(1) : text);
      first = false;
    });
  }
  await send(out, ']}\n');
}
