import { randomInt } from 'node:crypto';
import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { forbidden, notFound } from '../errors.js';

const ENTERPRISE = { zh: '企业', en: 'enterprise' };
const ACCOUNT = { zh: '账号', en: 'account' };

/**
 * Accounts are managed by the approvers of the commission that supervises the enterprise. Anything
 * outside that commission is NOT_FOUND, exactly like a missing id; a reviewer of the same
 * commission may see the enterprise but not manage it (FORBIDDEN).
 */
function requireApprover(actor: Actor): string {
  if (actor.role !== 'REGULATOR_APPROVER' || !actor.regulatorId) throw forbidden();
  return actor.regulatorId;
}

export async function findManagedEnterprise(db: Database, actor: Actor, enterpriseId: string) {
  const regulatorId = requireApprover(actor);
  const enterprise = await db.prisma.enterprise.findFirst({ where: { id: enterpriseId, regulatorId } });
  if (!enterprise) throw notFound(ENTERPRISE);
  return enterprise;
}

export async function findManagedUser(db: Database, actor: Actor, userId: string) {
  const regulatorId = requireApprover(actor);
  const user = await db.prisma.user.findFirst({
    where: { id: userId, role: 'ENTERPRISE_FILER', enterprise: { regulatorId } },
  });
  if (!user) throw notFound(ACCOUNT);
  return user;
}

/** Filer accounts of the enterprises the approver's commission supervises. */
export async function listManagedUsers(db: Database, actor: Actor, enterpriseId?: string | null) {
  const regulatorId = requireApprover(actor);
  return db.prisma.user.findMany({
    where: {
      role: 'ENTERPRISE_FILER',
      enterprise: { regulatorId },
      ...(enterpriseId ? { enterpriseId } : {}),
    },
    orderBy: [{ enterpriseId: 'asc' }, { username: 'asc' }],
  });
}

// No 0/O, 1/l/I: a temporary password is read out over the phone or copied from a screen.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A temporary password, shown once to the approver; the user must replace it at first sign-in. */
export function temporaryPassword(length = 12): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}
