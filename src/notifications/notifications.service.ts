import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import { decodeCursor, encodeCursor } from '../pagination/cursor.js';
import { isUuid } from '../submissions/visibility.js';

export interface NotificationRow {
  id: string;
  kind: string;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

interface Raw {
  id: string;
  kind: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const parseKey = (key: string) => {
  const [at, id] = key.split('|');
  return at && id && isUuid(id) && !Number.isNaN(Date.parse(at)) ? { at, id } : undefined;
};

/** The signed-in user's notifications, newest first (cursor: the last one's time and id). */
export async function notifications(
  db: Database,
  actor: Actor | null,
  q: { limit: number; after?: string | null; unreadOnly?: boolean | null },
) {
  if (!actor) return { nodes: [], cursors: [], hasNextPage: false, totalCount: 0 };
  const after = decodeCursor(q.after, parseKey);
  const unread = q.unreadOnly ?? false;
  const { rows } = await db.sql.query<Raw>(
    `SELECT id, kind, title_zh AS "titleZh", title_en AS "titleEn", body_zh AS "bodyZh", body_en AS "bodyEn", link,
            created_at AS "createdAt", read_at AS "readAt"
     FROM notification WHERE user_id = $1 AND (NOT $2::boolean OR read_at IS NULL)
       AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
     ORDER BY created_at DESC, id DESC LIMIT $5`,
    [actor.userId, unread, after?.at ?? null, after?.id ?? null, q.limit + 1],
  );
  const count = await db.sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND (NOT $2::boolean OR read_at IS NULL)',
    [actor.userId, unread],
  );
  const nodes = rows.slice(0, q.limit).map(toRow);
  return {
    nodes,
    cursors: nodes.map((n) => encodeCursor(`${new Date(n.createdAt).toISOString()}|${n.id}`)),
    hasNextPage: rows.length > q.limit,
    totalCount: count.rows[0]?.n ?? 0,
  };
}

const toRow = (r: Raw): NotificationRow => ({
  id: r.id,
  kind: r.kind,
  title: { zh: r.titleZh, en: r.titleEn },
  body: { zh: r.bodyZh, en: r.bodyEn },
  link: r.link,
  createdAt: new Date(r.createdAt),
  readAt: r.readAt ? new Date(r.readAt) : null,
});

/** Marks the caller's own notifications read; others' ids are ignored. Returns how many changed. */
export async function markNotificationsRead(
  db: Database,
  actor: Actor | null,
  ids: string[],
): Promise<number> {
  if (!actor) return 0;
  const bad = ids.filter((id) => !isUuid(id));
  if (bad.length > 0)
    throw new DomainError(
      'BAD_USER_INPUT',
      { zh: '通知编号无效', en: 'Invalid notification id' },
      { ids: bad },
    );
  const { rows } = await db.sql.query(
    `UPDATE notification SET read_at = now() WHERE user_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id`,
    [actor.userId, ids],
  );
  return rows.length;
}
