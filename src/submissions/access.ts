import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { DomainError, forbidden } from '../errors.js';
import type { SubmissionStatus } from '../generated/prisma/enums.js';
import { type Action, allows } from './transitions.js';

/** A role check on a submission the actor can already see: FORBIDDEN, never NOT_FOUND. */
export function requireRole(actor: Actor, role: Actor['role']): void {
  if (actor.role !== role) throw forbidden();
}

/** Regulators act only on the enterprises they supervise (a municipal commission may read, not review, its districts'). */
export function requireOwnJurisdiction(actor: Actor, enterpriseRegulatorId: string): void {
  if (actor.regulatorId !== enterpriseRegulatorId) throw forbidden();
}

export function invalidTransition(from: SubmissionStatus, action: string): DomainError {
  return new DomainError(
    'INVALID_TRANSITION',
    { zh: `当前状态（${from}）不能执行“${action}”`, en: `Cannot ${action} a submission that is ${from}` },
    { status: from },
  );
}

/** Refuses `action` unless the lifecycle table (transitions.ts) allows it from `status`. */
export function requireTransition(status: SubmissionStatus, action: Action): void {
  if (!allows(action, status)) throw invalidTransition(status, action);
}

/**
 * Locks the submission row for the rest of the transaction and checks it is still in a state the
 * action may start from, so two reviewers acting at once cannot both succeed.
 */
export async function lockInState(tx: SqlClient, id: string, action: Action): Promise<void> {
  const { rows } = await tx.query<{ status: SubmissionStatus }>(
    'SELECT status FROM submission WHERE id = $1 FOR UPDATE',
    [id],
  );
  requireTransition(rows[0]?.status ?? 'VALIDATION_FAILED', action);
}

export const badInput = (zh: string, en: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', { zh, en }, details);
