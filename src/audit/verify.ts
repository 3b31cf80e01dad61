import type { SqlClient } from '../db/database.js';
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

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: string; reason: string };

// The selected id is text (bigint as a string on both engines): order and page by the column, never
// by the text, or entry 10 sorts before entry 2.
const PAGE = 1000;

/** Walks the chain in order and reports the first entry whose link or content does not hold. */
export async function verifyAuditChain(sql: SqlClient): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let lastId = '0';
  let entries = 0;
  for (;;) {
    const page = await sql.query<AuditRow>(
      `SELECT id::text, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor_id::text,
              actor_username, action, submission_id::text, details, prev_hash, hash
       FROM audit_log WHERE audit_log.id > $1::bigint ORDER BY audit_log.id LIMIT ${PAGE}`,
      [lastId],
    );
    for (const row of page.rows) {
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          entries,
          brokenAt: row.id,
          reason: 'previous-hash link broken (an entry was removed or inserted)',
        };
      }
      const expected = entryHash(prevHash, {
        at: row.at,
        actorId: row.actor_id,
        actorUsername: row.actor_username,
        action: row.action,
        submissionId: row.submission_id,
        details: row.details,
      });
      if (expected !== row.hash) return { ok: false, entries, brokenAt: row.id, reason: 'content altered' };
      prevHash = row.hash;
      lastId = row.id;
      entries += 1;
    }
    if (page.rows.length < PAGE) return { ok: true, entries };
  }
}
