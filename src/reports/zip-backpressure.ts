import type { EventEmitter } from 'node:events';
import { once } from 'node:events';
import type ExcelJS from 'exceljs';

/**
 * What exceljs 4.4's streaming WorksheetWriter keeps of its zip entry (not in its types): the
 * stream it writes rows to, and that stream's consumer, a readable-stream 2 PassThrough of
 * archiver's, whose state has no public getters in that version.
 */
interface SheetStream {
  stream?: { pipes?: (EventEmitter & { _writableState?: { needDrain?: boolean } })[] };
}

/**
 * Waits until the zip has taken what the sheet wrote so far. exceljs's streaming writer hands each
 * committed row to its zip entry ignoring backpressure, so rows written faster than they are
 * compressed and sent (a slow client holds the whole chain back) piled up as uncompressed XML
 * outside the heap: +250 MB for 300k rows, whatever the worker's heap cap. Call it between
 * batches of rows.
 */
export async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  for (const entry of (sheet as unknown as SheetStream).stream?.pipes ?? []) {
    if (entry._writableState?.needDrain) await once(entry, 'drain');
  }
}
