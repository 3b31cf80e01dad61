import type { Database } from './database.js';
import { openPostgres } from './postgres.js';

/**
 * The handle for a read that may lag a moment behind the primary: public pages, downloads and
 * anonymous queries of published data. Those go to the read replica when there is one; a
 * signed-in caller (`actor` set) reads the primary, so what they just did is what they see.
 */
export function publicReads(db: Database, actor: object | null = null): Database {
  return actor ? db : (db.replica ?? db);
}

/**
 * Opens the replica at `url` and attaches it to `primary`; closing the primary closes both. Every
 * transaction on the replica is read-only (a hot standby refuses writes anyway; this makes a
 * writable "replica" refuse them too, so a write that strayed onto it fails instead of vanishing).
 */
export function withReadReplica(primary: Database, url: string): Database {
  const replica = openPostgres(withReadOnlyDefault(url));
  return {
    ...primary,
    replica,
    close: async () => {
      await replica.close();
      await primary.close();
    },
  };
}

function withReadOnlyDefault(url: string): string {
  const parsed = new URL(url);
  const options = [parsed.searchParams.get('options'), '-c default_transaction_read_only=on'];
  parsed.searchParams.set('options', options.filter(Boolean).join(' '));
  return parsed.toString();
}

/** A resolver's SQL for reading published data: publicReads for the caller of `ctx`. */
export const readerOf = (ctx: { db: Database; actor: object | null }) => publicReads(ctx.db, ctx.actor).sql;
