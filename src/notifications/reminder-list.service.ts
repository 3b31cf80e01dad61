import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { Page } from '../graphql/types/connection.js';
import { oversightScope } from '../oversight/scope.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { isUuid } from '../submissions/visibility.js';
import type { CreatedReminder } from './reminders.js';

/** A reminder as it stands now: how its mail went, and the note a recovery or a failure left. */
export interface ReminderView extends CreatedReminder {
  /** Why the mail failed, or that it was re-sent after an interrupted send; null for filers. */
  mailNote: string | null;
  /** When the mail was sent (null unless `sent`). */
  mailedAt: Date | null;
}

export interface ReminderListInput {
  obligationId?: string | null;
  enterpriseId?: string | null;
  limit: number;
  after?: string | null;
}

/**
 * Reminders, newest first: regulators see those of their commission's obligations, an enterprise's
 * filers those sent to their enterprise (without the mail note: an SMTP server's answer is the
 * operator's business). Anyone else, and a filter naming what the caller may not see: an empty list.
 */
export async function listReminders(
  db: Database,
  actor: Actor | null,
  input: ReminderListInput,
): Promise<Page<ReminderView>> {
  for (const [name, value] of [
    ['obligationId', input.obligationId],
    ['enterpriseId', input.enterpriseId],
  ] as const)
    if (value && !isUuid(value))
      throw new DomainError(
        'BAD_USER_INPUT',
        { zh: '标识格式不正确', en: 'Malformed ID' },
        { argument: name },
      );
  const after = decodeCursor(input.after, parseKey);
  const scope = await oversightScope(db, actor);
  if (!scope) return { nodes: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const where = `o.regulator_id = $1
       AND ($2::uuid IS NULL OR r.enterprise_id = $2)
       AND ($3::uuid IS NULL OR r.obligation_id = $3)
       AND ($4::uuid IS NULL OR r.enterprise_id = $4)`;
  const filters = [
    scope.regulatorId,
    scope.enterpriseId ?? null,
    input.obligationId ?? null,
    input.enterpriseId ?? null,
  ];
  const { rows } = await db.sql.query<ReminderView & { key: string }>(
    `SELECT r.id, r.obligation_id AS "obligationId", r.enterprise_id AS "enterpriseId",
            e.name AS "enterpriseName", r.trigger, to_char(r.due_date, 'YYYY-MM-DD') AS "dueDate",
            r.created_at AS "createdAt", r.mail_status AS "mailStatus",
            CASE WHEN $5 THEN r.mail_error END AS "mailNote", r.mailed_at AS "mailedAt",
            to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') || '|' || r.id AS key
     FROM reminder r
     JOIN obligation o ON o.id = r.obligation_id
     JOIN enterprise e ON e.id = r.enterprise_id
     WHERE ${where}
       AND ($6::timestamptz IS NULL OR (r.created_at, r.id) < ($6::timestamptz, $7::uuid))
     ORDER BY r.created_at DESC, r.id DESC
     LIMIT $8`,
    [...filters, !scope.enterpriseId, after ? `${after.at}Z` : null, after?.id ?? null, input.limit + 1],
  );
  const page = rows.slice(0, input.limit);
  return {
    nodes: page.map(({ key: _, ...reminder }) => reminder),
    cursors: page.map((r) => encodeCursor(r.key)),
    hasNextPage: rows.length > input.limit,
    // Counted only when a client asks for totalCount.
    totalCount: async () =>
      (
        await db.sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM reminder r JOIN obligation o ON o.id = r.obligation_id WHERE ${where}`,
          filters,
        )
      ).rows[0]?.n ?? 0,
  };
}

const KEY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\|([0-9a-f-]{36})$/;

function parseKey(key: string) {
  const match = KEY.exec(key);
  return match && isUuid(match[2]!) ? { at: match[1]!, id: match[2]! } : undefined;
}
