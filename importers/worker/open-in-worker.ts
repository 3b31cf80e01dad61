import type { RawRow } from '../../schema/core/cells.js';
import type { ParseTaskInput, ParseTaskResult } from './parse-task.js';
import { runInWorker } from './run-in-worker.js';

export interface WorkerLimits {
  timeoutMs?: number;
  maxOldGenerationSizeMb?: number;
}

// Under tsx and vitest this module is .ts; compiled output would be .js.
const TASK = new URL(`./parse-task.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/**
 * openSpreadsheet in a worker thread: rows arrive through `onRows` in batches, the sheet info and
 * stats come back at the end. The bytes are copied into the worker, not transferred, so the
 * caller keeps its buffer.
 */
export function openSpreadsheetInWorker(
  input: ParseTaskInput,
  onRows: (rows: RawRow[]) => void | Promise<void>,
  limits: WorkerLimits = {},
): Promise<ParseTaskResult> {
  return runInWorker<ParseTaskResult, RawRow[]>(TASK, 'parseRows', input, {
    timeoutMs: limits.timeoutMs ?? 30_000,
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? 512,
    onBatch: onRows,
  });
}
