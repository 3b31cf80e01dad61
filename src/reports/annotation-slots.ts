/**
 * Annotated workbooks built at once, and waiting. Each takes a worker with its own heap (up to
 * DEFAULT_ANNOTATION_BUDGET) and a core: more at once would only share the same CPU while adding
 * memory, so further requests wait their turn, and past the queue they are told to retry.
 */
const RUNNING = 1;
const WAITING = 8;

let running = 0;
const queue: (() => void)[] = [];

/** Runs fn when a slot is free; undefined when the queue is full (the caller answers 503). */
export async function inAnnotationSlot<T>(fn: () => Promise<T>): Promise<{ value: T } | undefined> {
  if (running >= RUNNING) {
    if (queue.length >= WAITING) return undefined;
    await new Promise<void>((resolve) => queue.push(resolve));
  } else running++;
  try {
    return { value: await fn() };
  } finally {
    // The slot passes straight to the next in line, or is freed.
    const next = queue.shift();
    if (next) next();
    else running--;
  }
}
