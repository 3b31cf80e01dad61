import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, SqlClient } from './database.js';
import { fromBlob, pgliteCopyIn, StatementOrder } from './pglite-copy-in.js';
import { templateFor } from './pglite-template.js';

function asSqlClient(runner: PGlite | Transaction): SqlClient {
  const order = new StatementOrder();
  return {
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await order.run(() => runner.query<Row>(text, params));
      return { rows: result.rows };
    },
    exec: async (script) => {
      await order.run(async () => {
        try {
          await runner.exec(script);
        } catch (error) {
          // A script that fails inside its own BEGIN (pg-boss's migrations) leaves PGlite's one
          // connection in an aborted transaction, and every later statement would fail: end it.
          // (Inside our own transaction() the caller's ROLLBACK does that. On PostgreSQL the pool
          // discards a connection whose query failed.)
          if (runner instanceof PGlite) await runner.exec('ROLLBACK').catch(() => {});
          throw error;
        }
      });
    },
    copyFrom: async (copySql, data) => {
      await order.run(() => runner.query(fromBlob(copySql), [], { blob: new Blob([data]) }));
    },
    copyIn: (copySql) => pgliteCopyIn(runner, order, copySql),
  };
}

/**
 * Opens the embedded PostgreSQL (PGlite) in dataDir, or in memory when dataDir is undefined.
 * PGlite has a single connection: queries serialise, which is fine for a demo or a small office.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir: templateFor(dataDir) });
  const sql = asSqlClient(client);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    kind: 'pglite',
    prisma,
    sql,
    // Its own statement order: a COPY held open on it does not queue everyone else's statements.
    withConnection: (fn) => fn(asSqlClient(client)),
    transaction: (fn) => client.transaction((tx) => fn(asSqlClient(tx))),
    close: async () => {
      await prisma.$disconnect();
      // Closing flushes and releases the data directory; skipping it is how PGlite gets corrupted.
      if (!client.closed) await client.close();
    },
  };
}
