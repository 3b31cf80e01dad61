import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * Which submissions an actor may see, as a Prisma filter (null: none at all). Every read path —
 * by id, in lists, through relations — goes through this one definition:
 * - a filer sees its own enterprise's submissions;
 * - a regulator sees the enterprises it supervises, and a municipal commission additionally
 *   the *published* submissions of the districts under it (read only);
 * - anyone else sees nothing.
 */
export function submissionScope(actor: Actor | null): Prisma.SubmissionWhereInput | null {
  if (!actor) return null;
  if (actor.role === 'ENTERPRISE_FILER' && actor.enterpriseId) return { enterpriseId: actor.enterpriseId };
  if (isRegulatorStaff(actor) && actor.regulatorId) {
    return {
      OR: [
        { enterprise: { regulatorId: actor.regulatorId } },
        { publishedAt: { not: null }, enterprise: { regulator: { parentId: actor.regulatorId } } },
      ],
    };
  }
  return null;
}

export const SUBMISSION = { zh: '报送记录', en: 'submission' };

/** The submission if the actor may see it; NOT_FOUND otherwise, exactly as for a missing id. */
export async function findVisibleSubmission(db: Database, actor: Actor | null, id: string) {
  const scope = submissionScope(actor);
  if (!scope || !isUuid(id)) throw notFound(SUBMISSION);
  const submission = await db.prisma.submission.findFirst({ where: { AND: [{ id }, scope] } });
  if (!submission) throw notFound(SUBMISSION);
  return submission;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);
