import { appendAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import type { Actor } from './actor.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import type { TokenSigner } from './token.js';

// One refusal for an unknown user, a wrong password and a disabled account: no hint which it was.
const badCredentials = () =>
  new DomainError('UNAUTHENTICATED', { zh: '用户名或密码错误', en: 'Wrong username or password' });

export interface LoginResult {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

export async function login(
  db: Database,
  signer: TokenSigner,
  input: { username: string; password: string },
): Promise<LoginResult> {
  const user = await db.prisma.user.findUnique({ where: { username: input.username.trim() } });
  // Always verify something, so the response time does not reveal whether the user exists.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !passwordOk || user.disabled) {
    await db.transaction((tx) =>
      appendAudit(tx, {
        action: 'login-failed',
        actor: null,
        attemptedUsername: input.username.trim().slice(0, 100),
      }),
    );
    throw badCredentials();
  }
  const { token, expiresAt } = await signer.sign(user.id);
  return { token, expiresAt, actor: toActor(user) };
}

/** The actor behind a bearer token, or null when the token is invalid, expired or its user is gone. */
export async function actorFromToken(
  db: Database,
  signer: TokenSigner,
  token: string,
): Promise<Actor | null> {
  const userId = await signer.verify(token);
  if (!userId) return null;
  const user = await db.prisma.user.findUnique({ where: { id: userId } });
  return user && !user.disabled ? toActor(user) : null;
}

function toActor(user: {
  id: string;
  username: string;
  displayName: string;
  role: Actor['role'];
  enterpriseId: string | null;
  regulatorId: string | null;
}): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    enterpriseId: user.enterpriseId,
    regulatorId: user.regulatorId,
  };
}
