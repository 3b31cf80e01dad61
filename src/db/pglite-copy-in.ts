import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { CopyIn } from './database.js';

/**
 * Characters of text-format COPY input per /dev/blob load: bounds memory and, since other
 * statements wait while one slice loads on the single connection, how long they wait (1 MB loads
 * in ~0.1 s on an idle machine; 4 MB slices kept /healthz waiting 3.5 s under heavy load).
 */
const SLICE_LENGTH = 1 << 20;

// PGlite reads COPY input from a virtual /dev/blob file instead of the wire protocol.
export const fromBlob = (copySql: string) => copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'");

/**
 * Statements in the order they were issued, as on a PostgreSQL connection: a COPY holds its place
 * from copyIn() to end(), so a statement issued after it runs after it even though PGlite only
 * receives the COPY's data at the end.
 */
export class StatementOrder {
  #last: Promise<unknown> = Promise.resolve();

  run<T>(statement: () => Promise<T>): Promise<T> {
    const result = this.#last.then(statement);
    this.#last = result.catch(() => {});
    return result;
  }

  /** `turn` resolves when the statements before have run; later ones wait for `release()`. */
  hold(): { turn: Promise<void>; release: () => void } {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const turn = this.#last.then(() => {});
    this.#last = turn.then(() => released);
    return { turn, release };
  }
}

/**
 * PGlite has no streaming COPY: chunks are gathered and loaded in slices of whole chunks. A binary
 * COPY has one header and trailer, so it is loaded in one piece at the end.
 */
export function pgliteCopyIn(runner: PGlite | Transaction, order: StatementOrder, copySql: string): CopyIn {
  const sql = fromBlob(copySql);
  const sliceable = !/FORMAT\s+binary/i.test(copySql);
  const { turn, release } = order.hold();
  let parts: (string | Uint8Array)[] = [];
  let size = 0;
  const load = async () => {
    await turn;
    if (parts.length === 0) return;
    const blob = new Blob(parts as BlobPart[]);
    parts = [];
    size = 0;
    await runner.query(sql, [], { blob });
  };
  return {
    write: async (chunk) => {
      parts.push(chunk);
      size += chunk.length;
      if (sliceable && size >= SLICE_LENGTH) await load();
    },
    end: () => load().finally(release),
    abort: async () => {
      parts = [];
      release();
    },
  };
}
