import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { CopyIn } from './database.js';

/**
 * One COPY statement streamed over the connection (pg-copy-streams). `write` waits for the socket
 * to drain, so a fast producer is held back instead of buffering in memory; `abort` sends CopyFail.
 */
export function pgCopyIn(client: pg.PoolClient, copySql: string): CopyIn {
  const stream = client.query(copyFrom(copySql));
  let failure: Error | undefined;
  const done = new Promise<void>((resolve, reject) => {
    stream.on('error', (error: Error) => {
      failure = error;
      reject(error);
    });
    stream.on('finish', resolve);
  });
  // Observed through write/end/abort; an unobserved rejection must not crash the process.
  done.catch(() => {});
  return {
    write: async (chunk) => {
      if (failure) throw failure;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    end: async () => {
      if (!stream.writableEnded) stream.end();
      await done;
    },
    abort: async () => {
      if (!stream.destroyed) stream.destroy(new Error('COPY abandoned'));
      await done.catch(() => {});
    },
  };
}
