import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { DatasetKey, SubmissionStatus } from '../generated/prisma/enums.js';
import { submissionScope } from './visibility.js';

export interface SubmissionFilter {
  dataset?: DatasetKey | null;
  status?: SubmissionStatus[] | null;
  enterpriseId?: string | null;
  uploadedFrom?: Date | null;
  uploadedTo?: Date | null;
  receiptCode?: string | null;
  /** A reporting period the rows cover: a year such as '2023', or a review period such as '2022-2024'. */
  period?: string | null;
}

/** The actor's scope plus the caller's filters; null when the actor may see nothing. */
export function submissionWhere(
  actor: Actor | null,
  filter: SubmissionFilter = {},
): Prisma.SubmissionWhereInput | null {
  const scope = submissionScope(actor);
  if (!scope) return null;
  const uploadedAt: Prisma.DateTimeFilter = {};
  if (filter.uploadedFrom) uploadedAt.gte = filter.uploadedFrom;
  if (filter.uploadedTo) uploadedAt.lt = filter.uploadedTo;
  return {
    AND: [
      scope,
      {
        ...(filter.dataset ? { dataset: filter.dataset } : {}),
        ...(filter.status?.length ? { status: { in: filter.status } } : {}),
        ...(filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {}),
        ...(filter.receiptCode ? { receiptCode: filter.receiptCode.trim().toUpperCase() } : {}),
        ...(filter.period ? { periods: { has: filter.period.trim() } } : {}),
        ...(filter.uploadedFrom || filter.uploadedTo ? { uploadedAt } : {}),
      },
    ],
  };
}

/** Counts by status for a dashboard, within the actor's scope. */
export async function countByStatus(db: Database, actor: Actor | null) {
  const where = submissionWhere(actor);
  if (!where) return [];
  const groups = await db.prisma.submission.groupBy({ by: ['status'], where, _count: { _all: true } });
  return groups.map((g) => ({ status: g.status, count: g._count._all }));
}
