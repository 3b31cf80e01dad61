import { Writable } from 'node:stream';
import type { WorkerContext } from '../../importers/worker/protocol.js';
import { type AnnotatedWorkbookInput, writeAnnotatedWorkbook } from './annotated-workbook.js';

/** Bytes per message to the main thread: few round trips, little memory in flight. */
const CHUNK = 256 * 1024;

/**
 * The worker's task: writes the annotated workbook and sends it to the main thread in chunks as
 * it is produced. Each chunk waits for the main thread's acknowledgement once a few are in flight,
 * so a slow client holds the writer back instead of the workbook piling up in memory.
 */
export async function annotatedWorkbookTask(
  input: AnnotatedWorkbookInput,
  context: WorkerContext<Uint8Array>,
): Promise<{ bytes: number }> {
  let pending: Buffer[] = [];
  let size = 0;
  let total = 0;
  const flush = async () => {
    if (size === 0) return;
    const chunk = Buffer.concat(pending, size);
    pending = [];
    size = 0;
    await context.emit(chunk);
  };
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      pending.push(chunk);
      size += chunk.length;
      total += chunk.length;
      if (size < CHUNK) return done();
      flush().then(() => done(), done);
    },
    final(done) {
      flush().then(() => done(), done);
    },
  });
  await writeAnnotatedWorkbook(input, out);
  return { bytes: total };
}
