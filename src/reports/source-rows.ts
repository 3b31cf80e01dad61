import { openSpreadsheet } from '../../importers/open.js';
import type { RawRow } from '../../schema/core/cells.js';

/**
 * The enterprise's sheet, row by row, through the importer itself: the same encoding detection,
 * sheet choice, row numbers and limits as the validation, streamed (an XLSX is never loaded whole:
 * that took 4.7 GB for 300k rows). Formulas come as the result Excel showed; vertical merges carry
 * their value into each cell, as the validator read them.
 */
export async function* sourceRows(bytes: Uint8Array, sheetName: string | undefined): AsyncIterable<RawRow[]> {
  const opened = await openSpreadsheet(
    { bytes },
    { ...(sheetName ? { preferredSheet: sheetName } : {}), limits: { maxBytes: Number.MAX_SAFE_INTEGER } },
  );
  yield* opened.batches;
}
