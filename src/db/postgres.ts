import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, QueryOptions, SqlClient } from './database.js';
import { pgCopyIn } from './pg-copy-in.js';
import { queryPrepared } from './prepared.js';

function asSqlClient(runner: pg.Pool | pg.PoolClient): SqlClient {
  return {
    query: async <Row>(text: string, params?: unknown[], options?: QueryOptions) => {
      const result =
        options?.prepare && runner instanceof pg.Pool
          ? await queryPrepared(runner, text, params)
          : await runner.query(text, params);
      return { rows: result.rows as Row[] };
    },
    exec: async (script) => {
      await runner.query(script);
    },
    copyFrom: async (copySql, data) => {
      if (!('release' in runner)) throw new Error('COPY needs a dedicated connection (use transaction())');
      const stream = runner.query(copyFrom(copySql));
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('finish', resolve);
        stream.end(data);
      });
    },
    copyIn: (copySql) => {
      if (!('release' in runner)) throw new Error('COPY needs a dedicated connection (use transaction())');
      return pgCopyIn(runner, copySql);
    },
  };
}

/**
 * The role the application acts as once migrations have run (migration 008): everything it needs,
 * but only SELECT and INSERT on the audit log. Migrations run as the database's owner.
 */
export const APP_ROLE = 'sunshine_app';

/**
 * Opens a PostgreSQL database; the pool is shared by Prisma and plain SQL (COPY, bulk inserts).
 * With `role`, every connection acts as that role from its start (`-c role=…` at connect time, so
 * a connection cannot exist without it: a missing role fails the connection rather than leaving it
 * as the owner).
 */
export function openPostgres(url: string, options: { max?: number; role?: string } = {}): Database {
  const connectionString = options.role ? withStartupRole(url, options.role) : url;
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const withConnection: Database['withConnection'] = async (fn) => {
    const client = await pool.connect();
    try {
      return await fn(asSqlClient(client));
    } finally {
      client.release();
    }
  };
  return {
    kind: 'postgres',
    prisma,
    sql: asSqlClient(pool),
    withConnection,
    copyOut: async (copySql) => {
      const client = await pool.connect();
      const stream = client.query(copyTo(copySql));
      let released = false;
      const release = (error?: Error) => {
        if (released) return;
        released = true;
        // With an error the connection is closed, not reused: a COPY cut short leaves it mid-protocol.
        client.release(error);
      };
      stream.on('end', () => release());
      stream.on('error', (error) => release(error));
      stream.on('close', () => release(stream.readableEnded ? undefined : new Error('COPY abandoned')));
      return stream;
    },
    transaction: (fn) =>
      withConnection(async (client) => {
        await client.exec('BEGIN');
        try {
          const result = await fn(client);
          await client.exec('COMMIT');
          return result;
        } catch (error) {
          await client.exec('ROLLBACK');
          throw error;
        }
      }),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: async () => {
      if (pool.ended) return;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

/** Adds `-c role=…` to the URL's startup options (pg lets the URL's `options` win over the config's). */
function withStartupRole(url: string, role: string): string {
  const parsed = new URL(url);
  const options = [parsed.searchParams.get('options'), `-c role=${role}`].filter(Boolean).join(' ');
  parsed.searchParams.set('options', options);
  return parsed.toString();
}
