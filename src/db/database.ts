import type { PrismaClient } from '../generated/prisma/client.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** Plain SQL on one engine or the other, with the same shape (pg and PGlite agree on `rows`). */
export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
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
  /** Holds one connection for fn (advisory locks, multi-statement work). */
  withConnection<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Runs fn in one transaction on one connection: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
