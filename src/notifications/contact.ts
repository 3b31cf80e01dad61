import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { DomainError, unauthenticated } from '../errors.js';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** The signed-in user's address for reminder mail; null or empty stops mail (in-app only). */
export async function setNotificationEmail(
  db: Database,
  actor: Actor | null,
  email: string | null,
): Promise<string | null> {
  if (!actor) throw unauthenticated();
  const value = email?.trim() || null;
  if (value !== null && (value.length > 254 || !EMAIL.test(value)))
    throw new DomainError(
      'BAD_USER_INPUT',
      { zh: `邮箱地址无效：${value}`, en: `Invalid e-mail address: ${value}` },
      { argument: 'email' },
    );
  await db.prisma.user.update({ where: { id: actor.userId }, data: { email: value } });
  return value;
}
