import { runInWorker } from '../../importers/worker/run-in-worker.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import type { ValidatedRow, ValidateFileInput } from './validate-file.js';

// Under tsx and vitest this module is .ts; compiled output would be .js.
const TASK = new URL(`./validate-file.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

export interface WorkerBudget {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

// Generous for a million-row file on a slow server, small enough that a hostile file fails fast.
export const DEFAULT_WORKER_BUDGET: WorkerBudget = { timeoutMs: 300_000, maxOldGenerationSizeMb: 512 };

/**
 * validateFile in a worker thread with a heap ceiling and a deadline: a hostile file (zip bomb,
 * huge shared string, endless rows) fails alone with an ImportError while the server keeps serving.
 */
export function validateFileInWorker(
  input: ValidateFileInput,
  onRows: (rows: ValidatedRow[]) => Promise<void>,
  budget: WorkerBudget = DEFAULT_WORKER_BUDGET,
): Promise<ValidationReport> {
  return runInWorker<ValidationReport, ValidatedRow[]>(TASK, 'validateFile', input, {
    ...budget,
    onBatch: onRows,
  });
}
