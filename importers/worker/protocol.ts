import type { ImportErrorCode, ImportErrorParams } from '../errors.js';

/** What a task running in a worker receives besides its input. */
export interface WorkerContext<B> {
  /** Sends a batch to the main thread; resolves once the main thread has room for more. */
  emit(batch: B): Promise<void>;
  /** Tells the main thread how far the task is; not acknowledged, never waits (absent in-process). */
  progress?(data: unknown): void;
}

/** A task module exports functions of this shape, run by name. */
export type WorkerTask<I, T, B = never> = (input: I, context: WorkerContext<B>) => Promise<T>;

export type SerializedError =
  | { name: 'ImportError'; message: string; code: ImportErrorCode; params: ImportErrorParams; row?: number }
  | { name: string; message: string; stack?: string };

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'batch'; data: unknown }
  | { kind: 'progress'; data: unknown }
  | { kind: 'done'; result: unknown }
  | { kind: 'error'; error: SerializedError };

/** The main thread's one order to a worker: run this export on this input. */
export interface WorkerStart {
  kind: 'start';
  exportName: string;
  input: unknown;
  /** Unacknowledged batches allowed in flight; the bootstrap's default when unset. */
  window?: number | undefined;
}
