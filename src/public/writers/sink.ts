import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes a chunk and waits while the client is slow (backpressure), so memory stays flat. */
export async function send(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
