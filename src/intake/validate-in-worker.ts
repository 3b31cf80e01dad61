import { runInWorker } from '../../importers/worker/run-in-worker.js';
import { prepareStandby } from '../../importers/worker/spawn.js';
import type { ValidateToCopyInput, ValidateToCopyResult } from './validate-to-copy.js';

// Under tsx and vitest this module is .ts; compiled output would be .js.
const TASK = new URL(`./validate-to-copy.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

export interface WorkerBudget {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

// Generous for a million-row file on a slow server, small enough that a hostile file fails fast.
export const DEFAULT_WORKER_BUDGET: WorkerBudget = { timeoutMs: 300_000, maxOldGenerationSizeMb: 512 };

// Batches of COPY text (2,000 rows, ~0.5 MB each) the worker may run ahead of the database: enough
// to keep parsing while the file itself is stored, few enough to keep memory flat.
const WINDOW = 16;

/**
 * validateToCopyText in a worker thread with a heap ceiling and a deadline: a hostile file (zip
 * bomb, huge shared string, endless rows) fails alone with an ImportError while the server keeps
 * serving. `onCopyText` receives the rows as COPY text, in order; awaiting it holds the worker back.
 */
export function validateFileInWorker(
  input: ValidateToCopyInput,
  onCopyText: (text: string) => Promise<void>,
  budget: WorkerBudget = DEFAULT_WORKER_BUDGET,
): Promise<ValidateToCopyResult> {
  return runInWorker<ValidateToCopyResult, string>(TASK, 'validateToCopyText', input, {
    ...budget,
    onBatch: onCopyText,
    window: WINDOW,
    standby: true,
  });
}

/**
 * Starts the next upload's worker now (modules loaded, waiting), so that upload does not wait for
 * it. Call when the process is otherwise idle: at start-up and after each upload.
 */
export function prepareUploadWorker(budget: WorkerBudget = DEFAULT_WORKER_BUDGET): void {
  prepareStandby(TASK, { maxOldGenerationSizeMb: budget.maxOldGenerationSizeMb });
}
