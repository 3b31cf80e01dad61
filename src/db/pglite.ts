import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.js';
import type { CopyIn, Database, SqlClient } from './database.js';

/** Characters of text-format COPY input per /dev/blob load: bounds memory, keeps statements few. */
const SLICE_LENGTH = 4 << 20;

// PGlite reads COPY input from a virtual /dev/blob file instead of the wire protocol.
const fromBlob = (copySql: string) => copySql.replace(/FROM\s+STDIN/i, "FROM '/dev/blob'");

/**
 * PGlite has no streaming COPY: chunks are gathered and loaded in slices of whole chunks. A binary
 * COPY has one header and trailer, so it is loaded in one piece at the end.
 */
function pgliteCopyIn(runner: PGlite | Transaction, copySql: string): CopyIn {
  const sql = fromBlob(copySql);
  const sliceable = !/FORMAT\s+binary/i.test(copySql);
  let parts: (string | Uint8Array)[] = [];
  let size = 0;
  const load = async () => {
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
    end: load,
    abort: async () => {
      parts = [];
    },
  };
}

function asSqlClient(runner: PGlite | Transaction): SqlClient {
  return {
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await runner.query<Row>(text, params);
      return { rows: result.rows };
    },
    exec: async (script) => {
      await runner.exec(script);
    },
    copyFrom: async (copySql, data) => {
      await runner.query(fromBlob(copySql), [], { blob: new Blob([data]) });
    },
    copyIn: (copySql) => pgliteCopyIn(runner, copySql),
  };
}

/**
 * Opens the embedded PostgreSQL (PGlite) in dataDir, or in memory when dataDir is undefined.
 * PGlite has a single connection: queries serialise, which is fine for a demo or a small office.
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const sql = asSqlClient(client);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  return {
    kind: 'pglite',
    prisma,
    sql,
    withConnection: (fn) => fn(sql),
    transaction: (fn) => client.transaction((tx) => fn(asSqlClient(tx))),
    close: async () => {
      await prisma.$disconnect();
      // Closing flushes and releases the data directory; skipping it is how PGlite gets corrupted.
      if (!client.closed) await client.close();
    },
  };
}
