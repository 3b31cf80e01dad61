import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Named prepared statements on a pg connection, for hot reads whose text repeats (the records API):
 * PostgreSQL then parses and plans a statement once per connection, not on every request. Planning
 * the records page (three joined tables, the jurisdiction's sub-select) cost more than running it
 * (bench:read, docs/api.md). PostGraphile does the same. Texts come from our own SQL builders, but
 * their number is open-ended (each selection of columns is a text), so each connection keeps at most
 * PER_CONNECTION of them and deallocates the least recently used.
 */
const PER_CONNECTION = 100;

/** pg keeps the statements it has parsed on the connection; it never forgets one by itself. */
type WithParsed = { connection?: { parsedStatements?: Record<string, string> } };

const recent = new WeakMap<pg.PoolClient, Map<string, true>>();

/** Statement names by text, so a repeated text is not hashed again (bounded like the statements). */
const names = new Map<string, string>();
const NAMES_LIMIT = 1000;

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= NAMES_LIMIT) names.delete(names.keys().next().value as string);
    name = `sun_${createHash('sha1').update(text).digest('base64url')}`;
    names.set(text, name);
  }
  return name;
}

/** The statement's name on this connection (deallocating the oldest when full), or undefined to run it unnamed. */
function nameFor(client: pg.PoolClient, text: string): string | undefined {
  const parsed = (client as unknown as WithParsed).connection?.parsedStatements;
  if (!parsed) return undefined;
  const name = statementName(text);
  let held = recent.get(client);
  if (!held) {
    held = new Map();
    recent.set(client, held);
  }
  held.delete(name);
  held.set(name, true);
  if (held.size > PER_CONNECTION) {
    const oldest = held.keys().next().value as string;
    held.delete(oldest);
    delete parsed[oldest];
    // Queued before the caller's statement on this connection; a failure only leaves a plan behind.
    client.query(`DEALLOCATE "${oldest}"`).catch(() => {});
  }
  return name;
}

/** Runs text as a named prepared statement on a connection of the pool. */
export async function queryPrepared(pool: pg.Pool, text: string, values: unknown[] | undefined) {
  const client = await pool.connect();
  try {
    const result = await client.query({ name: nameFor(client, text), text, values });
    client.release();
    return result;
  } catch (error) {
    // As pool.query does: a connection that failed a statement is not reused.
    client.release(error as Error);
    throw error;
  }
}
