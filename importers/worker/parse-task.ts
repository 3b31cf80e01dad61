import type { RawRow } from '../../schema/core/cells.js';
import type { ImportLimits, ImportStats } from '../limits.js';
import { type ImportedSheetInfo, openSpreadsheet } from '../open.js';
import type { WorkerContext } from './protocol.js';

export interface ParseTaskInput {
  bytes: Uint8Array;
  filename?: string;
  preferredSheet?: string;
  limits?: Partial<ImportLimits>;
  /** Rows per message: larger batches cost fewer messages, smaller ones less memory. */
  batchSize?: number;
}

export interface ParseTaskResult {
  info: ImportedSheetInfo;
  stats: ImportStats;
}

/** Runs inside a worker: parses the file and streams its rows back in batches. */
export async function parseRows(
  input: ParseTaskInput,
  context: WorkerContext<RawRow[]>,
): Promise<ParseTaskResult> {
  const opened = await openSpreadsheet(
    { bytes: input.bytes, ...(input.filename ? { filename: input.filename } : {}) },
    {
      ...(input.preferredSheet ? { preferredSheet: input.preferredSheet } : {}),
      ...(input.limits ? { limits: input.limits } : {}),
    },
  );
  const size = input.batchSize ?? 1000;
  let batch: RawRow[] = [];
  for await (const rows of opened.batches) {
    for (const row of rows) {
      batch.push(row);
      if (batch.length >= size) {
        await context.emit(batch);
        batch = [];
      }
    }
  }
  if (batch.length > 0) await context.emit(batch);
  return { info: opened.info, stats: opened.stats };
}
