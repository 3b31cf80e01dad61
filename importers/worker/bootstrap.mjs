// Entry point of every worker: plain JavaScript, because Node 20 cannot load .ts by itself.
// It registers tsx's ESM loader for this thread, imports the task module and runs one export.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

/** Unacknowledged batches allowed in flight: bounds the main thread's queue (flat memory). */
const WINDOW = 4;
let inFlight = 0;
const waiting = [];

parentPort.on('message', (message) => {
  if (message?.kind !== 'ack') return;
  inFlight--;
  waiting.shift()?.();
});

const context = {
  async emit(data) {
    inFlight++;
    parentPort.postMessage({ kind: 'batch', data });
    if (inFlight >= WINDOW) await new Promise((resolve) => waiting.push(resolve));
  },
};

function serialize(error) {
  if (error instanceof Error && typeof error.code === 'string' && error.name === 'ImportError') {
    return {
      name: 'ImportError',
      message: error.message,
      code: error.code,
      params: error.params,
      row: error.row,
    };
  }
  return { name: error?.name ?? 'Error', message: String(error?.message ?? error), stack: error?.stack };
}

try {
  const { moduleUrl, exportName, input } = workerData;
  const task = (await import(moduleUrl))[exportName];
  if (typeof task !== 'function') throw new Error(`${moduleUrl} has no exported function ${exportName}`);
  const result = await task(input, context);
  parentPort.postMessage({ kind: 'done', result });
} catch (error) {
  parentPort.postMessage({ kind: 'error', error: serialize(error) });
}
