import { hashPassword } from '../auth/password.js';
import type { Database } from '../db/database.js';
import { DEMO_PASSWORD, demoEnterprises, demoRegulators, demoSubsidiaries, demoUsers } from './demo-data.js';

/**
 * Loads the demo organisations (with enterprise a's subsidiary) and accounts. Idempotent: everything is keyed by a natural key
 * (regulator name, USCC, username) and upserted, so running it twice leaves one copy.
 */
export async function seedDemo(db: Database): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.prisma.$transaction(async (tx) => {
    const regulatorIds = new Map<string, string>();
    for (const r of demoRegulators) {
      const parentId = r.parent ? regulatorIds.get(r.parent) : null;
      const data = { name: r.name, regionCode: r.regionCode, level: r.level, parentId };
      const row = await tx.regulator.upsert({ where: { name: r.name }, create: data, update: data });
      regulatorIds.set(r.key, row.id);
    }
    const enterpriseIds = new Map<string, string>();
    for (const e of demoEnterprises) {
      const data = {
        name: e.name,
        uscc: e.uscc,
        industry: e.industry,
        regulatorId: regulatorIds.get(e.regulator)!,
      };
      const row = await tx.enterprise.upsert({ where: { uscc: e.uscc }, create: data, update: data });
      enterpriseIds.set(e.key, row.id);
    }
    for (const sub of demoSubsidiaries) {
      const enterpriseId = enterpriseIds.get(sub.enterprise)!;
      await tx.enterpriseSubsidiary.upsert({
        where: { enterpriseId_uscc: { enterpriseId, uscc: sub.uscc } },
        create: { enterpriseId, uscc: sub.uscc, name: sub.name },
        update: { name: sub.name },
      });
    }
    for (const u of demoUsers) {
      const links = {
        enterpriseId: u.enterprise ? enterpriseIds.get(u.enterprise)! : null,
        regulatorId: u.regulator ? regulatorIds.get(u.regulator)! : null,
      };
      const data = { username: u.username, displayName: u.displayName, role: u.role, ...links };
      // Re-seeding keeps a password someone has changed; only new accounts get the demo password.
      await tx.user.upsert({
        where: { username: u.username },
        create: { ...data, passwordHash, email: `${u.username}@demo.sunshine.invalid` },
        update: data,
      });
    }
  });
}

/** True when the database has no accounts yet (a fresh embedded database gets the demo). */
export async function hasNoAccounts(db: Database): Promise<boolean> {
  return (await db.prisma.user.count()) === 0;
}

/** True when nothing was ever uploaded: a new embedded database gets the demo submissions. */
export async function hasNoSubmissions(db: Database): Promise<boolean> {
  return (await db.prisma.submission.count()) === 0;
}
