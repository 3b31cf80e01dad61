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
