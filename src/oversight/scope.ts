import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database } from '../db/database.js';

/** What a caller may see of oversight: its commission's enterprises, or its own enterprise. */
export interface OversightScope {
  regulatorId: string;
  enterpriseId?: string;
}

/**
 * Regulators (reviewers, approvers): every enterprise of their commission; enterprise filers:
 * their own enterprise. Anyone else: null — the caller gets nothing, not even a count.
 */
export async function oversightScope(db: Database, actor: Actor | null): Promise<OversightScope | null> {
  if (actor && isRegulatorStaff(actor) && actor.regulatorId) return { regulatorId: actor.regulatorId };
  if (actor?.role === 'ENTERPRISE_FILER' && actor.enterpriseId) {
    const enterprise = await db.prisma.enterprise.findUnique({ where: { id: actor.enterpriseId } });
    if (enterprise) return { regulatorId: enterprise.regulatorId, enterpriseId: enterprise.id };
  }
  return null;
}
