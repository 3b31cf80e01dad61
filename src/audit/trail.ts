import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { type ReadSubmission, readsInFull } from '../submissions/reading.js';

export interface TrailEntry {
  at: Date;
  /** Who acted: a username; for an enterprise reading its own trail, regulators' names are hidden. */
  actor: string | null;
  action: string;
  detail: Record<string, unknown>;
}

/** What a commission's staff did, as an enterprise sees it: the body acted, not a named person. */
const REGULATOR_LABEL = '监管机构';

/**
 * The audit entries of one submission (who did what, when), oldest first, for those who read the
 * submission in full: its enterprise and its supervising commission. Others get an empty list (the
 * submission itself is already NOT_FOUND to strangers).
 */
export async function submissionAuditTrail(
  db: Database,
  actor: Actor | null,
  s: ReadSubmission,
): Promise<TrailEntry[]> {
  if (!actor || !(await readsInFull(db, actor, s))) return [];
  const entries = await db.prisma.auditLog.findMany({
    where: { submissionId: s.id },
    orderBy: { id: 'asc' },
  });
  const ownPeople = actor.role === 'ENTERPRISE_FILER' ? await enterpriseUserIds(db, s.enterpriseId) : null;
  return entries.map((e) => ({
    at: e.at,
    actor: ownPeople && e.actorId && !ownPeople.has(e.actorId) ? REGULATOR_LABEL : e.actorUsername,
    action: e.action,
    detail: (e.details ?? {}) as Record<string, unknown>,
  }));
}

async function enterpriseUserIds(db: Database, enterpriseId: string): Promise<Set<string>> {
  const users = await db.prisma.user.findMany({ where: { enterpriseId }, select: { id: true } });
  return new Set(users.map((u) => u.id));
}
