import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Database, SqlClient } from './database.js';

function asSqlClient(runner: pg.Pool | pg.PoolClient): SqlClient {
  return {
    query: async <Row>(text: string, params?: unknown[]) => {
      const result = await runner.query(text, params);
      return { rows: result.rows as Row[] };
    },
    exec: async (script) => {
      await runner.query(script);
    },
  };
}

/** Opens a PostgreSQL database; the pool is shared by Prisma and plain SQL (COPY, bulk inserts). */
export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle client losing its server must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    sql: asSqlClient(pool),
    withConnection: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn(asSqlClient(client));
      } finally {
        client.release();
      }
    },
    close: async () => {
      if (pool.ended) return;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
