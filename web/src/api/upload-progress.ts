import { graphql, type ResultOf } from '../graphql';
import { request } from './client';

const ProgressQuery = graphql(`
  query UploadProgress($id: String!) { uploadProgress(id: $id) { rowsRead totalEstimate phase } }
`);

export type ServerProgress = NonNullable<ResultOf<typeof ProgressQuery>['uploadProgress']>;

/** A random UUID (v4). crypto.randomUUID exists only on https or localhost; an intranet runs on http. */
export function newProgressId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const EVERY_MS = 500;

/**
 * Asks the server every 500 ms how many rows of the upload `id` it has read, until stopped. A failed
 * poll is skipped: the upload's own answer is what counts. Returns the stop function.
 */
export function pollUploadProgress(id: string, onProgress: (p: ServerProgress) => void): () => void {
  let stopped = false;
  const tick = async () => {
    if (stopped) return;
    try {
      const { uploadProgress } = await request(ProgressQuery, { id });
      if (uploadProgress && !stopped) onProgress(uploadProgress);
    } catch {
      // Skipped: the next tick tries again.
    }
    if (!stopped) timer = setTimeout(tick, EVERY_MS);
  };
  let timer = setTimeout(tick, EVERY_MS);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
