import type { Database, SqlClient } from '../db/database.js';
import { entryHash, GENESIS_HASH } from './canonical.js';

interface AuditRow {
  id: string;
  at: string;
  actor_id: string | null;
  actor_username: string | null;
  action: string;
  submission_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

interface Head {
  entry_id: string;
  hash: string;
  entry_count: string;
}

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: string; reason: string };

/** Where the walk stopped: the last intact entry, or the first broken one. */
type Walk =
  | { broken: false; entries: number; last: AuditRow | undefined }
  | { broken: true; entries: number; brokenAt: string; reason: string };

// The selected id is text (bigint as a string on both engines): order and page by the column, never
// by the text, or entry 10 sorts before entry 2.
const PAGE = 1000;

/**
 * Walks the chain in order and reports the first entry whose link or content does not hold, then
 * checks that the log ends where its head (audit_head) says. One read-only snapshot, so appends
 * made meanwhile are neither half-seen nor mistaken for tampering.
 */
export async function verifyAuditChain(db: Pick<Database, 'transaction'>): Promise<VerifyResult> {
  return db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const head = (await tx.query<Head>('SELECT entry_id::text, hash, entry_count::text FROM audit_head'))
      .rows[0];
    const walk = await walkChain(tx, head);
    if (walk.broken)
      return { ok: false, entries: walk.entries, brokenAt: walk.brokenAt, reason: walk.reason };
    return checkEnd(walk.entries, walk.last, head);
  });
}

async function walkChain(tx: SqlClient, head: Head | undefined): Promise<Walk> {
  let last: AuditRow | undefined;
  let entries = 0;
  for (;;) {
    const page = await tx.query<AuditRow>(
      `SELECT id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor_id::text,
              actor_username, action, submission_id::text, details, prev_hash, hash
       FROM audit_log WHERE audit_log.id > $1::bigint ORDER BY audit_log.id LIMIT ${PAGE}`,
      [last?.id ?? '0'],
    );
    for (const row of page.rows) {
      const reason = entryProblem(row, last?.hash ?? GENESIS_HASH, head);
      if (reason) return { broken: true, entries, brokenAt: row.id, reason };
      last = row;
      entries += 1;
    }
    if (page.rows.length < PAGE) return { broken: false, entries, last };
  }
}

function entryProblem(row: AuditRow, prevHash: string, head: Head | undefined): string | undefined {
  if (row.prev_hash !== prevHash) return 'previous-hash link broken (an entry was removed or inserted)';
  const expected = entryHash(prevHash, {
    at: row.at,
    actorId: row.actor_id,
    actorUsername: row.actor_username,
    action: row.action,
    submissionId: row.submission_id,
    details: row.details,
  });
  if (expected !== row.hash) return 'content altered';
  if (head && BigInt(row.id) > BigInt(head.entry_id)) {
    return `entry is beyond the log's head (entry ${head.entry_id}): it was added with the head's trigger off`;
  }
  return undefined;
}

/** The chain holds up to its last entry: is that the entry the head records? */
function checkEnd(entries: number, last: AuditRow | undefined, head: Head | undefined): VerifyResult {
  const lastId = last?.id ?? '0';
  if (!head)
    return { ok: false, entries, brokenAt: lastId, reason: 'the head record (audit_head) is missing' };
  if (lastId !== head.entry_id) {
    const missing = Number(head.entry_count) - entries;
    return {
      ok: false,
      entries,
      brokenAt: head.entry_id,
      reason:
        `entries after ${last ? `entry ${lastId}` : 'the start'} through ${head.entry_id} are missing ` +
        `(${missing} of ${head.entry_count}): the log was cut off at its end`,
    };
  }
  if ((last?.hash ?? GENESIS_HASH) !== head.hash) {
    return {
      ok: false,
      entries,
      brokenAt: lastId,
      reason: "hash differs from the head's: the log was rewritten",
    };
  }
  return { ok: true, entries };
}
