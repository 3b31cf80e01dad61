import type { UserRole } from '../generated/prisma/enums.js';

/** Who is calling: resolved from the token on every request (a disabled user stops at once). */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: UserRole;
  /** The filer's enterprise; null for regulators and admins. */
  enterpriseId: string | null;
  /** The reviewer's or approver's commission; null for filers and admins. */
  regulatorId: string | null;
}

export const isRegulatorStaff = (actor: Actor) =>
  actor.role === 'REGULATOR_REVIEWER' || actor.role === 'REGULATOR_APPROVER';
