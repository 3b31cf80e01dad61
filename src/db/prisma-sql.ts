import type { SqlClient } from './database.js';

interface RawCapable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** Plain SQL inside a Prisma interactive transaction (for the audit log and advisory locks). */
export function sqlOf(tx: RawCapable): SqlClient {
  return {
    query: async <Row>(text: string, params: unknown[] = []) => ({
      rows: await tx.$queryRawUnsafe<Row[]>(text, ...params),
    }),
    exec: async (script) => {
      await tx.$executeRawUnsafe(script);
    },
    copyFrom: () => Promise.reject(new Error('COPY is not available inside a Prisma transaction')),
    copyIn: () => {
      throw new Error('COPY is not available inside a Prisma transaction');
    },
  };
}
