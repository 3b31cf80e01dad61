import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import { raw, type Sql, sql } from './sql.js';

export interface RecordOptions {
  /** Records still in review (提交待审, 已审核未公开): signed-in callers only. */
  includeUnpublished?: boolean | null;
  /** Records replaced by a correction or withdrawn, besides the current ones. */
  includeSuperseded?: boolean | null;
}

/**
 * Who reads which rows, as SQL over `s` (submission) and `e` (enterprise). The same rules as
 * src/submissions/visibility.ts and reading.ts:
 * - the public: published submissions, public fields only;
 * - a filer: its own enterprise's submissions, in full;
 * - a regulator: the enterprises it supervises in full, and a municipal commission its
 *   districts' published submissions in their public form (`full` is false for those rows);
 * - anyone else: nothing.
 */
export interface Audience {
  public: boolean;
  statuses: string[];
  scope: Sql;
  /** True for rows the caller reads in full (regulator-only and withheld fields included). */
  full: Sql;
}

const PUBLISHED = ['PUBLISHED'];
const REPLACED = ['SUPERSEDED', 'WITHDRAWN'];
const IN_REVIEW = ['PENDING_REVIEW', 'APPROVED'];
/** A filer also sees its own drafts: validated but not yet submitted, or returned to it. */
const DRAFTS = ['VALIDATED', 'RETURNED'];

export function audienceOf(actor: Actor | null, options: RecordOptions = {}): Audience | null {
  const statuses = [...PUBLISHED, ...(options.includeSuperseded ? REPLACED : [])];
  if (!actor) return { public: true, statuses, scope: raw('TRUE'), full: raw('FALSE') };
  if (options.includeUnpublished) statuses.push(...IN_REVIEW);
  if (actor.role === 'ENTERPRISE_FILER' && actor.enterpriseId) {
    if (options.includeUnpublished) statuses.push(...DRAFTS);
    return {
      public: false,
      statuses,
      scope: sql`s.enterprise_id = ${actor.enterpriseId}::uuid`,
      full: raw('TRUE'),
    };
  }
  if (isRegulatorStaff(actor) && actor.regulatorId) {
    const own = sql`e.regulator_id = ${actor.regulatorId}::uuid`;
    const districts = sql`(s.published_at IS NOT NULL AND e.regulator_id IN
      (SELECT id FROM regulator WHERE parent_id = ${actor.regulatorId}::uuid))`;
    return { public: false, statuses, scope: sql`(${own} OR ${districts})`, full: own };
  }
  return null;
}
