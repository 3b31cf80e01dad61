import type { RowsRead } from '../intake/rows-read.js';

/** Where an upload is: its rows being read and checked, then saved, then done (or failed). */
export type UploadPhase = 'READING' | 'SAVING' | 'DONE' | 'FAILED';

export interface UploadProgress extends Omit<RowsRead, 'finished'> {
  phase: UploadPhase;
}

interface Entry extends UploadProgress {
  touchedAt: number;
}

/**
 * The latest progress of the uploads running in this process, keyed by the id the client chose
 * and the user who uploads: only that user reads it back. Memory only, on purpose: the upload
 * request itself carries the result, so this is a courtesy for the wait, per instance (behind a
 * load balancer the polling needs the same instance: sticky sessions). Entries expire, and the
 * board is bounded, so ids that clients invent cannot grow it.
 */
export class UploadProgressBoard {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  report(userId: string, progressId: string, progress: UploadProgress): void {
    const key = keyOf(userId, progressId);
    // Re-inserted so the Map's order stays oldest-touched first (what eviction drops).
    this.entries.delete(key);
    this.entries.set(key, { ...progress, touchedAt: this.now() });
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }

  /** The latest figure, or null: unknown id, another user's id, or expired. */
  read(userId: string, progressId: string): UploadProgress | null {
    const key = keyOf(userId, progressId);
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.now() - entry.touchedAt > this.ttlMs) {
      this.entries.delete(key);
      return null;
    }
    const { touchedAt: _, ...progress } = entry;
    return progress;
  }
}

const keyOf = (userId: string, progressId: string) => `${userId} ${progressId}`;
