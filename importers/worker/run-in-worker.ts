import type { TransferListItem } from 'node:worker_threads';
import { ImportError } from '../errors.js';
import type { SerializedError, WorkerMessage, WorkerStart } from './protocol.js';
import { spawnTaskWorker, takeTaskWorker } from './spawn.js';

export interface RunInWorkerOptions<B> {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb?: number;
  transfer?: TransferListItem[];
  /** Receives each batch the task emits, in order; the task waits while batches pile up. */
  onBatch?: (batch: B) => void | Promise<void>;
  /** Batches the task may emit before the first unacknowledged one is handled (default 4). */
  window?: number;
  /** Receives the task's progress reports (context.progress); they may overtake batches. */
  onProgress?: (data: unknown) => void;
  /** Use the worker prepareStandby() started for this module and limits, if there is one. */
  standby?: boolean;
}

function revive(error: SerializedError): Error {
  if ('code' in error && error.name === 'ImportError')
    return new ImportError(error.code, error.params, error.row);
  const revived = new Error(`${error.name} in worker: ${error.message}`);
  if ('stack' in error && error.stack) revived.stack = error.stack;
  return revived;
}

/**
 * Runs `exportName` from `moduleUrl` (a .ts module is fine: the bootstrap registers tsx) in a
 * worker thread with a heap ceiling and a deadline, so that one hostile file fails alone: running
 * out of memory or crashing becomes `file-too-complex`, the deadline `parse-timeout`. The worker
 * runs this one task and is terminated; the deadline counts from the start of the task.
 */
export function runInWorker<T, B = unknown>(
  moduleUrl: URL,
  exportName: string,
  input: unknown,
  opts: RunInWorkerOptions<B>,
): Promise<T> {
  const limits = {
    maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb,
    ...(opts.maxYoungGenerationSizeMb ? { maxYoungGenerationSizeMb: opts.maxYoungGenerationSizeMb } : {}),
  };
  const worker = opts.standby ? takeTaskWorker(moduleUrl, limits) : spawnTaskWorker(moduleUrl, limits);
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let batches: Promise<void> = Promise.resolve();
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () =>
        finish(() => reject(new ImportError('parse-timeout', { seconds: Math.ceil(opts.timeoutMs / 1000) }))),
      opts.timeoutMs,
    );
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'ready') return;
      if (message.kind === 'progress') {
        if (!settled) opts.onProgress?.(message.data);
        return;
      }
      if (message.kind === 'batch') {
        batches = batches
          .then(() => (settled ? undefined : opts.onBatch?.(message.data as B)))
          .then(() => worker.postMessage({ kind: 'ack' }))
          .catch((error: unknown) => finish(() => reject(error)));
      } else if (message.kind === 'done') {
        // Deliver every batch before the result, in order.
        void batches.then(() => finish(() => resolve(message.result as T)));
      } else if (message.kind === 'error') {
        void batches.then(() => finish(() => reject(revive(message.error))));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const oom = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      finish(() => reject(oom ? new ImportError('file-too-complex') : error));
    });
    worker.on('exit', (code) =>
      finish(() => reject(new ImportError('file-too-complex', { exitCode: code }))),
    );
    const start: WorkerStart = { kind: 'start', exportName, input, window: opts.window };
    worker.postMessage(start, opts.transfer ?? []);
  });
}
