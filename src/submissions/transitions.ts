import type { SubmissionStatus } from '../generated/prisma/enums.js';

/**
 * The submission lifecycle in one table (docs/workflow.md): for each action, the states it may start
 * from and the state it leads to. Services check and lock against this table only, so a transition
 * is never allowed in one place and refused in another.
 */
export const TRANSITIONS = {
  submit: { from: ['VALIDATED', 'RETURNED'], to: 'PENDING_REVIEW' },
  review: { from: ['PENDING_REVIEW'], to: ['APPROVED', 'RETURNED'] },
  publish: { from: ['APPROVED'], to: 'PUBLISHED' },
  withdraw: { from: ['PUBLISHED'], to: 'WITHDRAWN' },
  /** The submission a correction (更正) replaces: published, and SUPERSEDED once the correction is. */
  correct: { from: ['PUBLISHED'], to: 'SUPERSEDED' },
  /** A reviewer's per-row publication choice (setRedaction): only before publication; no state change. */
  redact: { from: ['PENDING_REVIEW', 'APPROVED'], to: ['PENDING_REVIEW', 'APPROVED'] },
  /** The returned submission a new upload resubmits. */
  resubmit: { from: ['RETURNED'], to: 'RETURNED' },
} as const satisfies Record<
  string,
  { from: readonly SubmissionStatus[]; to: SubmissionStatus | readonly SubmissionStatus[] }
>;

export type Action = keyof typeof TRANSITIONS;

/** True when `action` may start from `status`. */
export function allows(action: Action, status: SubmissionStatus): boolean {
  return (TRANSITIONS[action].from as readonly SubmissionStatus[]).includes(status);
}
