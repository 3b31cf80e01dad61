import type { Writable } from 'node:stream';

/** Resolves once `out` can take more or is gone, leaving no listener behind. */
export function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

/**
 * Writes a chunk and waits while the client is slow (backpressure), so memory stays flat. A client
 * that went away ends the wait with an error, so the download's query and connection are let go.
 */
export async function send(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (out.destroyed) throw new Error('download abandoned by the client');
  if (out.write(chunk)) return;
  await drained(out);
  if (out.destroyed) throw new Error('download abandoned by the client');
}
