import type { ServerResponse } from 'node:http';
import { runInWorker } from '../../importers/worker/run-in-worker.js';
import type { AnnotatedWorkbookInput } from './annotated-workbook.js';

// Under tsx and vitest this module is .ts; compiled output would be .js.
const TASK = new URL(`./annotate-task.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

export interface AnnotationBudget {
  timeoutMs: number;
  maxOldGenerationSizeMb: number;
}

// A 300k-row file takes ~20 s of CPU and under 150 MB of heap; the cap makes a pathological one
// fail alone (file-too-complex) instead of taking the server's memory.
export const DEFAULT_ANNOTATION_BUDGET: AnnotationBudget = {
  timeoutMs: 180_000,
  maxOldGenerationSizeMb: 192,
};

/** Waits until the response can take more, or throws once the client has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.destroyed) return reject(new Error('client went away'));
    const settle = (gone: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      if (gone) reject(new Error('client went away'));
      else resolve();
    };
    const onDrain = settle(false);
    const onClose = settle(true);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

/**
 * Builds the annotated workbook in a worker thread (heap ceiling, deadline) and streams it to
 * `res` as it is written: the main thread only forwards bytes, so health checks and other
 * requests go on. Headers are sent with the first chunk; a failure before it leaves `res`
 * untouched for the caller to answer, a failure after it cuts the download short. `input.bytes`
 * moves to the worker when it is a whole buffer of its own: the caller must not read it after.
 */
export async function streamAnnotatedWorkbook(
  input: AnnotatedWorkbookInput,
  res: ServerResponse,
  headers: Record<string, string>,
  budget: AnnotationBudget = DEFAULT_ANNOTATION_BUDGET,
): Promise<void> {
  const start = () => {
    if (!res.headersSent) res.writeHead(200, headers);
  };
  // A buffer of its own (not a view into a pool) moves to the worker instead of being copied.
  const { buffer, byteOffset, byteLength } = input.bytes;
  const movable = buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength;
  try {
    await runInWorker<{ bytes: number }, Uint8Array>(TASK, 'annotatedWorkbookTask', input, {
      ...budget,
      ...(movable ? { transfer: [buffer] } : {}),
      window: 4,
      onBatch: async (chunk) => {
        start();
        if (!res.write(chunk)) await drained(res);
      },
    });
  } catch (error) {
    if (res.headersSent) res.destroy();
    throw error;
  }
  start();
  res.end();
}
