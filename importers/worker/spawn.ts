import { Worker } from 'node:worker_threads';
import { createTaskTmp, removeTaskTmp } from './task-tmp.js';

export interface WorkerLimits {
  maxOldGenerationSizeMb: number;
  /**
   * The young generation, where short-lived row objects die. 16 MB (the default here) makes a long
   * parse collect constantly; V8's own default for a main thread is 48 MB.
   */
  maxYoungGenerationSizeMb?: number;
}

const YOUNG_GENERATION_MB = 16;

const BOOTSTRAP = new URL('./bootstrap.mjs', import.meta.url);

/** A worker that loads `moduleUrl` at once and then waits for its one 'start' message. */
export function spawnTaskWorker(moduleUrl: URL, limits: WorkerLimits): Worker {
  const tmp = createTaskTmp();
  const worker = new Worker(BOOTSTRAP, {
    workerData: { moduleUrl: moduleUrl.href, tmpdir: tmp },
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
      maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb ?? YOUNG_GENERATION_MB,
    },
    // The parent's flags (tsx's own loader under `tsx`, vitest's under vitest) are not needed:
    // the bootstrap registers tsx itself, identically in both.
    execArgv: [],
    stdout: false,
    stderr: false,
  });
  worker.once('exit', () => removeTaskTmp(tmp));
  return worker;
}

export interface StandbyInfo {
  threadId: number;
  /** Resolves once the task module is loaded (never, if it fails to load: the task reports that). */
  ready: Promise<void>;
}

interface Standby extends StandbyInfo {
  key: string;
  worker: Worker;
  forget: () => void;
}

// At most one: an idle worker costs memory (its heap, the loaded modules), not CPU.
let standby: Standby | undefined;

const keyOf = (moduleUrl: URL, limits: WorkerLimits) =>
  `${moduleUrl.href}|${limits.maxOldGenerationSizeMb}|${limits.maxYoungGenerationSizeMb ?? YOUNG_GENERATION_MB}`;

/**
 * Starts a worker ahead of need, so the next task for this module and limits does not wait for
 * the thread, tsx and the module graph to load (about a second on this project's machine). The
 * standby runs one task only: every task still gets its own heap, deadline and termination.
 */
export function prepareStandby(moduleUrl: URL, limits: WorkerLimits): StandbyInfo {
  const key = keyOf(moduleUrl, limits);
  if (standby?.key === key) return standby;
  void standby?.worker.terminate();
  const worker = spawnTaskWorker(moduleUrl, limits);
  const ready = new Promise<void>((resolve) => {
    const onMessage = (message: { kind?: string }) => {
      if (message?.kind !== 'ready') return;
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
  });
  // An idle standby neither keeps the process alive nor takes it down when it fails.
  worker.unref();
  const forget = () => {
    if (standby?.worker === worker) standby = undefined;
  };
  worker.on('error', forget);
  worker.on('exit', forget);
  standby = { key, worker, forget, threadId: worker.threadId, ready };
  return standby;
}

/** The standby for this module and limits if there is one (it is no longer the standby), else a new worker. */
export function takeTaskWorker(moduleUrl: URL, limits: WorkerLimits): Worker {
  const ready = standby;
  if (!ready || ready.key !== keyOf(moduleUrl, limits)) return spawnTaskWorker(moduleUrl, limits);
  standby = undefined;
  ready.worker.off('error', ready.forget);
  ready.worker.off('exit', ready.forget);
  ready.worker.ref();
  return ready.worker;
}

/** Stops the standby (tests, shutdown). */
export async function dropStandby(): Promise<void> {
  const ready = standby;
  standby = undefined;
  await ready?.worker.terminate();
}
