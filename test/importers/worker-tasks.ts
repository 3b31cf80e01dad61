import { threadId } from 'node:worker_threads';
import { ImportError } from '../../importers/errors.js';
import type { WorkerContext } from '../../importers/worker/protocol.js';

/** Tasks for the worker runner's tests: each misbehaves in one specific way. */
export async function echo(input: { n: number }, context: WorkerContext<number[]>): Promise<string> {
  for (let i = 0; i < input.n; i++) await context.emit([i]);
  return `done ${input.n}`;
}

export async function spin(): Promise<void> {
  for (;;) {
    // A synchronous hot loop: only terminate() can stop it.
  }
}

export async function hog(): Promise<number> {
  const kept: number[][] = [];
  for (;;) kept.push(new Array(1_000_000).fill(kept.length));
}

export async function refuse(): Promise<never> {
  throw new ImportError('malformed-csv', { detail: 'test' }, 7);
}

export async function crash(): Promise<never> {
  throw new TypeError('boom');
}

/** Which worker ran the task. */
export async function whoAmI(): Promise<number> {
  return threadId;
}
