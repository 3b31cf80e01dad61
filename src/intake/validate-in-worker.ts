import { runInWorker } from '../../importers/worker/run-in-worker.js';
import { prepareStandby } from '../../importers/worker/spawn.js';
import type { ValidationReport } from '../../schema/engine/index.js';
import type { RowsRead } from './rows-read.js';
import type { ValidateFileInput } from './validate-file.js';
import type { ValidateToCopyInput, ValidateToCopyResult } from './validate-to-copy.js';

// Under tsx and vitest these modules are .ts; compiled output would be .js.
const EXT = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
const TASK = new URL(`./validate-to-copy.${EXT}`, import.meta.url);
const REPORT_TASK = new URL(`./report-task.${EXT}`, import.meta.url);

export interface WorkerBudget {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

// Generous for a million-row file on a slow server, small enough that a hostile file fails fast.
export const DEFAULT_WORKER_BUDGET: WorkerBudget = { timeoutMs: 300_000, maxOldGenerationSizeMb: 512 };

// An upload's worker allocates a row object per row for hundreds of thousands of rows: a young
// generation of V8's main-thread size (not the worker default of 16 MB) spends far less in GC (the
// issue-17 profile: 64 MB cut an XLSX worker's CPU by 35 %). The old-generation ceiling, which
// bounds a hostile file, is unchanged.
const UPLOAD_YOUNG_GENERATION_MB = 48;

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
  onRowsRead?: (progress: RowsRead) => void,
): Promise<ValidateToCopyResult> {
  return runInWorker<ValidateToCopyResult, string>(TASK, 'validateToCopyText', input, {
    ...budget,
    maxYoungGenerationSizeMb: UPLOAD_YOUNG_GENERATION_MB,
    ...(onRowsRead ? { onProgress: (data: unknown) => onRowsRead(data as RowsRead) } : {}),
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
  prepareStandby(TASK, {
    maxOldGenerationSizeMb: budget.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: UPLOAD_YOUNG_GENERATION_MB,
  });
}

/**
 * The CLI's validation, in the same kind of worker with the same budget as an upload: the same
 * file gets the same answer (rows, issues, and the same code when it is refused) on both roads.
 */
export function validateReportInWorker(
  input: ValidateFileInput,
  budget: WorkerBudget = DEFAULT_WORKER_BUDGET,
): Promise<ValidationReport> {
  return runInWorker<ValidationReport>(REPORT_TASK, 'validateReportOnly', input, budget);
}
