import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { revokeTokens } from '../auth/sessions.js';
import type { Database } from '../db/database.js';
import { DomainError } from '../errors.js';

const MIN_LENGTH = 8;

const badInput = (zh: string, en: string) => new DomainError('BAD_USER_INPUT', { zh, en });

/** A new password must be long enough and not trivially weak; the same rule for every account. */
export function checkNewPassword(password: string): void {
  if ([...password].length < MIN_LENGTH) {
    throw badInput(`新密码至少 ${MIN_LENGTH} 位`, `The new password needs at least ${MIN_LENGTH} characters`);
  }
  if (/^\d+$/.test(password) || new Set(password).size < 4) {
    throw badInput(
      '新密码过于简单，请混合字母、数字或符号',
      'The new password is too simple: mix letters, digits or symbols',
    );
  }
}

/** The signed-in user replaces their password; a wrong current password is BAD_USER_INPUT. */
export async function changePassword(
  db: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { id: actor.userId } });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw badInput('当前密码不正确', 'The current password is wrong');
  }
  if (input.newPassword === input.currentPassword) {
    throw badInput('新密码不能与当前密码相同', 'The new password must differ from the current one');
  }
  checkNewPassword(input.newPassword);
  const hash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE app_user SET password_hash = $2, must_change_password = false WHERE id = $1', [
      actor.userId,
      hash,
    ]);
    // A changed password ends every session of the account (src/auth/sessions.ts).
    await revokeTokens(tx, actor.userId);
    await appendAudit(tx, { action: 'password-change', actor, details: { userId: actor.userId } });
  });
}
