import { type ImportLimits, newStats } from './limits.js';
import { RowGuard } from './row-guard.js';
import { SAMPLE_ROWS, type SheetSample } from './sheet-choice.js';
import { acceptRow, streamingReader } from './xlsx-rows.js';

/**
 * One streaming pass over every candidate sheet (repacked together): each sheet's first rows and
 * its count of non-blank rows, the evidence the sheet choice needs. Memory: SAMPLE_ROWS rows per
 * sheet, whatever the sheets' length; the importer's limits apply to every sheet read.
 */
export async function sampleSheets(
  packed: Buffer,
  date1904: boolean,
  limits: ImportLimits,
): Promise<SheetSample[]> {
  const { reader, input } = streamingReader(packed);
  const samples: SheetSample[] = [];
  try {
    for await (const worksheet of reader) {
      const sample: SheetSample = {
        name: (worksheet as { name?: string }).name ?? '',
        rows: [],
        nonBlankRows: 0,
      };
      const stats = newStats();
      const guard = new RowGuard(limits, stats);
      for await (const row of worksheet) {
        const accepted = acceptRow(row, date1904, stats, guard);
        if (accepted === 'stop') break;
        if (!accepted) continue;
        sample.nonBlankRows++;
        if (sample.rows.length < SAMPLE_ROWS) sample.rows.push(accepted);
      }
      samples.push(sample);
    }
  } finally {
    input.destroy();
  }
  return samples;
}
