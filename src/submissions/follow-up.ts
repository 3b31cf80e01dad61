import type { DatasetDefinition } from '../../schema/core/dataset.js';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { invalidTransition } from './access.js';
import { findVisibleSubmission } from './visibility.js';

export interface FollowUp {
  correctsId: string | null;
  resubmitsId: string | null;
}

/**
 * An upload may correct one of the enterprise's published submissions (更正) or replace one that
 * was returned. Either must be the enterprise's own, of the same dataset, in the right state.
 */
export async function checkFollowUp(
  db: Database,
  actor: Actor,
  def: DatasetDefinition,
  input: { correctsId?: string | null; resubmitsId?: string | null },
): Promise<FollowUp> {
  const result: FollowUp = { correctsId: null, resubmitsId: null };
  if (input.correctsId) {
    const target = await findVisibleSubmission(db, actor, input.correctsId);
    if (target.dataset !== def.graphqlName || target.status !== 'PUBLISHED') {
      throw invalidTransition(target.status, 'correct');
    }
    result.correctsId = target.id;
  }
  if (input.resubmitsId) {
    const target = await findVisibleSubmission(db, actor, input.resubmitsId);
    if (target.dataset !== def.graphqlName || target.status !== 'RETURNED') {
      throw invalidTransition(target.status, 'resubmit');
    }
    result.resubmitsId = target.id;
  }
  return result;
}
