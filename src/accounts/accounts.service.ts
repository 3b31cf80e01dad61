import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';
import { findManagedEnterprise, findManagedUser, temporaryPassword } from './managed.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;

export interface NewAccount {
  userId: string;
  temporaryPassword: string;
}

/** An approver opens a filer account for an enterprise of their commission. */
export async function createEnterpriseUser(
  db: Database,
  actor: Actor,
  input: { enterpriseId: string; username: string; displayName: string },
): Promise<NewAccount> {
  const enterprise = await findManagedEnterprise(db, actor, input.enterpriseId);
  const username = input.username.trim().toLowerCase();
  const displayName = input.displayName.trim();
  if (!USERNAME.test(username)) {
    throw new DomainError('BAD_USER_INPUT', {
      zh: '用户名须为 3–40 位小写字母、数字或 . _ -，以字母或数字开头',
      en: 'A username is 3–40 lowercase letters, digits or . _ -, starting with a letter or digit',
    });
  }
  if (!displayName) {
    throw new DomainError('BAD_USER_INPUT', { zh: '请填写姓名', en: 'A display name is required' });
  }
  if (await db.prisma.user.findUnique({ where: { username } })) {
    throw new DomainError('BAD_USER_INPUT', { zh: '用户名已被使用', en: 'That username is taken' });
  }
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  const userId = await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO app_user (username, display_name, password_hash, role, enterprise_id, must_change_password)
       VALUES ($1, $2, $3, 'ENTERPRISE_FILER', $4, true) RETURNING id`,
      [username, displayName, hash, enterprise.id],
    );
    const id = rows[0]!.id;
    await appendAudit(tx, {
      action: 'account-create',
      actor,
      details: { userId: id, username, enterpriseId: enterprise.id },
    });
    return id;
  });
  return { userId, temporaryPassword: password };
}

/** Disabling takes effect at once: every request re-reads the user (src/auth/auth.service.ts). */
export async function setUserDisabled(
  db: Database,
  actor: Actor,
  input: { userId: string; disabled: boolean },
): Promise<void> {
  const user = await findManagedUser(db, actor, input.userId);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE app_user SET disabled = $2 WHERE id = $1', [user.id, input.disabled]);
    await appendAudit(tx, {
      action: input.disabled ? 'account-disable' : 'account-enable',
      actor,
      details: { userId: user.id, username: user.username },
    });
  });
}

/** A new temporary password, shown once; the user must change it at the next sign-in. */
export async function resetUserPassword(db: Database, actor: Actor, userId: string): Promise<string> {
  const user = await findManagedUser(db, actor, userId);
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE app_user SET password_hash = $2, must_change_password = true WHERE id = $1', [
      user.id,
      hash,
    ]);
    await appendAudit(tx, {
      action: 'account-reset-password',
      actor,
      details: { userId: user.id, username: user.username },
    });
  });
  return password;
}
