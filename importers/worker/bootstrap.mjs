// Entry point of every worker: plain JavaScript, because Node 20 cannot load .ts by itself.
// It registers tsx's ESM loader for this thread and imports the task module at once, then runs
// the one export that the 'start' message names. So a worker can be started ahead of need (a
// standby): it pays its start-up while nothing waits for it, and still runs exactly one task.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const loading = import(workerData.moduleUrl);
// A failure to load is reported when the task is started, not while the worker waits.
loading.then(
  () => parentPort.postMessage({ kind: 'ready' }),
  () => {},
);

/** Unacknowledged batches allowed in flight: bounds the main thread's queue (flat memory). */
let window = 4;
let inFlight = 0;
const waiting = [];
let started = false;

const context = {
  async emit(data) {
    inFlight++;
    parentPort.postMessage({ kind: 'batch', data });
    if (inFlight >= window) await new Promise((resolve) => waiting.push(resolve));
  },
  progress(data) {
    parentPort.postMessage({ kind: 'progress', data });
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

async function run({ exportName, input, window: allowed }) {
  try {
    // The task's private temp directory (spawn.ts removes it when the worker exits). Set only now:
    // tsx fixed its transform cache under the shared temp folder when it loaded, and keeps it.
    if (workerData.tmpdir) {
      process.env.TMPDIR = workerData.tmpdir;
      process.env.TMP = workerData.tmpdir;
      process.env.TEMP = workerData.tmpdir;
    }
    if (allowed > 0) window = allowed;
    const task = (await loading)[exportName];
    if (typeof task !== 'function')
      throw new Error(`${workerData.moduleUrl} has no exported function ${exportName}`);
    const result = await task(input, context);
    parentPort.postMessage({ kind: 'done', result });
  } catch (error) {
    parentPort.postMessage({ kind: 'error', error: serialize(error) });
  }
}

parentPort.on('message', (message) => {
  if (message?.kind === 'ack') {
    inFlight--;
    waiting.shift()?.();
  } else if (message?.kind === 'start' && !started) {
    started = true;
    void run(message);
  }
});
