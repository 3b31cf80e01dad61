import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Column } from '../columns.js';
import type { PublicRecord } from '../records.js';
import { send } from './sink.js';

const BATCH = 500;

/** UTF-8 with a BOM (so Chinese Excel opens it), zh headers, one line per record. */
export async function writeCsv(out: Writable, columns: Column[], records: AsyncIterable<PublicRecord>) {
  await send(out, `\uFEFF${stringify([columns.map((c) => c.header)])}`);
  let rows: string[][] = [];
  for await (const record of records) {
    rows.push(
      columns.map((c) => {
        const cell = c.cell(record);
        return cell.kind === 'number' ? cell.text : cell.value;
      }),
    );
    if (rows.length >= BATCH) {
      await send(out, stringify(rows));
      rows = [];
    }
  }
  if (rows.length > 0) await send(out, stringify(rows));
}
