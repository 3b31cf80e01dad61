import type { Actor } from '../auth/actor.js';
import type { Database } from '../db/database.js';

/** A user's actor, for work done on their behalf by scripts (the demo seed). */
export async function actorByUsername(db: Database, username: string): Promise<Actor> {
  const u = await db.prisma.user.findUniqueOrThrow({ where: { username } });
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    enterpriseId: u.enterpriseId,
    regulatorId: u.regulatorId,
  };
}
