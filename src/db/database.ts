import type { Readable } from 'node:stream';
import type { PrismaClient } from '../generated/prisma/client.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface QueryOptions {
  /**
   * Keep the statement prepared on its connection (PostgreSQL; PGlite ignores it), for hot reads
   * whose text repeats: planned once per connection instead of on every call (src/db/prepared.ts).
   */
  prepare?: boolean;
}

/** Plain SQL on one engine or the other, with the same shape (pg and PGlite agree on `rows`). */
export interface SqlClient {
  query<Row = Record<string, unknown>>(
    text: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements (simple query protocol). */
  exec(script: string): Promise<void>;
  /**
   * Bulk load with PostgreSQL COPY: `copySql` is `COPY t (cols) FROM STDIN`, `data` the text-format
   * payload. The fastest write path on both engines (pg-copy-streams; PGlite's /dev/blob).
   */
  copyFrom(copySql: string, data: string): Promise<void>;
  /**
   * Opens a streaming COPY for data that arrives piece by piece (an upload's rows): one statement
   * for the whole load on PostgreSQL, bounded slices on PGlite. Nothing else may run on this client
   * until the stream is ended or aborted.
   */
  copyIn(copySql: string): CopyIn;
}

/** An open `COPY … FROM STDIN`. Chunks of text-format COPY must end on a line boundary. */
export interface CopyIn {
  /** Sends a chunk; resolves once the connection can take more, so an awaiting writer keeps memory flat. */
  write(chunk: string | Uint8Array): Promise<void>;
  /** Completes the COPY: resolves once the rows are stored, rejects with the server's error. */
  end(): Promise<void>;
  /**
   * Abandons the COPY and leaves the transaction to be rolled back (to a savepoint): on PGlite,
   * slices already loaded stay until then, on PostgreSQL the failed COPY aborts the transaction.
   */
  abort(): Promise<void>;
}

/**
 * One handle on the database, whichever engine is underneath. Prisma and plain SQL share the
 * same connections: on PostgreSQL one `pg.Pool`, on PGlite its single connection.
 */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlClient;
  /**
   * Holds one connection for fn (advisory locks, multi-statement work, a long COPY). On PGlite,
   * which has one real connection, fn's statements keep their order while others may run between
   * them: never BEGIN by hand there, use transaction().
   */
  withConnection<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only: the output of `COPY (…) TO STDOUT`, streamed from a connection of its own
   * (released when the stream ends; closed if it is destroyed early). PGlite's COPY TO returns its
   * whole output at once, so callers there read in batches instead.
   */
  copyOut?(copySql: string): Promise<Readable>;
  /** Runs fn in one transaction on one connection: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /** Closes the database (and its read replica, when there is one). */
  close(): Promise<void>;
  /**
   * PostgreSQL with DATABASE_READ_URL: the replica that public reads go to (see publicReads in
   * read-replica.ts). Read-only, and possibly a moment behind this database.
   */
  replica?: Database;
  /** Connection pool use (PostgreSQL; PGlite has one connection and no pool). */
  poolStats?(): { total: number; idle: number; waiting: number };
}
