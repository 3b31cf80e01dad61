import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import { tooManyRequests } from '../throttle/refusal.js';
import type { SignInThrottle } from '../throttle/sign-in.js';
import type { Actor } from './actor.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { auditSignInAttempt } from './sign-in-audit.js';
import type { TokenSigner } from './token.js';

// One refusal for an unknown user, a wrong password and a disabled account: no hint which it was.
const badCredentials = () =>
  new DomainError('UNAUTHENTICATED', { zh: '用户名或密码错误', en: 'Wrong username or password' });

export interface LoginResult {
  token: string;
  expiresAt: Date;
  actor: Actor;
}

export interface SignInDeps {
  db: Database;
  signer: TokenSigner;
  throttle: SignInThrottle;
}

export async function login(
  { db, signer, throttle }: SignInDeps,
  input: { username: string; password: string; address: string },
): Promise<LoginResult> {
  const username = input.username.trim();
  const attempt = await throttle.attempt(username, input.address);
  if (attempt.refused) {
    if (attempt.firstRefused) await auditSignInAttempt(db, throttle, { ...input, username, attempt });
    throw tooManyRequests(attempt.retryInMs);
  }
  const user = await db.prisma.user.findUnique({ where: { username } });
  // Always verify something, so the response time does not reveal whether the user exists.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !passwordOk || user.disabled) {
    if (attempt.firstInWindow) await auditSignInAttempt(db, throttle, { ...input, username, attempt });
    throw badCredentials();
  }
  await throttle.succeeded(username, input.address);
  const { token, expiresAt } = await signer.sign({ userId: user.id, version: user.tokenVersion });
  return { token, expiresAt, actor: toActor(user) };
}

/**
 * The actor behind a bearer token, or null when the token is invalid, expired, revoked (signed
 * out, password changed) or its user is gone or disabled.
 */
export async function actorFromToken(
  db: Database,
  signer: TokenSigner,
  token: string,
): Promise<Actor | null> {
  const claims = await signer.verify(token);
  if (!claims) return null;
  // Plain SQL: this runs on every signed-in request, and the ORM's per-query cost showed up in
  // bench:read as a large share of a records request's CPU.
  const { rows } = await db.sql.query<
    Parameters<typeof toActor>[0] & { disabled: boolean; tokenVersion: number }
  >(
    `SELECT id, username, display_name AS "displayName", role, enterprise_id AS "enterpriseId",
            regulator_id AS "regulatorId", disabled, token_version AS "tokenVersion"
     FROM app_user WHERE id = $1::uuid`,
    [claims.userId],
  );
  const user = rows[0];
  if (!user || user.disabled || user.tokenVersion !== claims.version) return null;
  return toActor(user);
}

export function toActor(user: {
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
