import { isUsccFormat, normalizeUscc } from '../../schema/identifiers/uscc.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database, SqlClient } from '../db/database.js';
import { forbidden, notFound } from '../errors.js';
import { badInput } from '../submissions/access.js';
import { isUuid } from '../submissions/visibility.js';

const ENTERPRISE = { zh: '企业', en: 'enterprise' };
const SUBSIDIARY = { zh: '代报子企业', en: 'subsidiary' };

/**
 * The enterprise if the actor may see it: its own filers and the staff of its supervising
 * commission. Anyone else gets NOT_FOUND, exactly as for a missing id.
 */
export async function findVisibleEnterprise(db: Database, actor: Actor | null, id: string) {
  const enterprise = actor && isUuid(id) ? await db.prisma.enterprise.findUnique({ where: { id } }) : null;
  const sees =
    enterprise &&
    actor &&
    (actor.enterpriseId === enterprise.id ||
      (isRegulatorStaff(actor) && actor.regulatorId === enterprise.regulatorId));
  if (!enterprise || !sees) throw notFound(ENTERPRISE);
  return enterprise;
}

/**
 * The enterprises the actor's commission supervises (none for anyone else). `query` is the
 * GraphQL selection's include, so their subsidiaries load in the same round trip.
 */
export function supervisedEnterprises(db: Database, actor: Actor | null, query: { include?: object } = {}) {
  if (!actor || !isRegulatorStaff(actor) || !actor.regulatorId) return Promise.resolve([]);
  return db.prisma.enterprise.findMany({
    ...query,
    where: { regulatorId: actor.regulatorId },
    orderBy: { uscc: 'asc' },
  });
}

/** Only an approver of the supervising commission manages whom an enterprise reports for. */
async function manageableEnterprise(db: Database, actor: Actor | null, id: string) {
  const enterprise = await findVisibleEnterprise(db, actor, id);
  if (actor?.role !== 'REGULATOR_APPROVER') throw forbidden();
  return { enterprise, approver: actor };
}

export interface AddSubsidiaryInput {
  enterpriseId: string;
  uscc: string;
  name: string;
}

/**
 * Lets the enterprise report for a subsidiary (its rows may name that USCC). A wrong check
 * character is accepted: this entry is the registry that vouches for an early code. Audited.
 */
export async function addSubsidiary(db: Database, actor: Actor | null, input: AddSubsidiaryInput) {
  const { enterprise, approver } = await manageableEnterprise(db, actor, input.enterpriseId);
  const uscc = normalizeUscc(input.uscc);
  const name = input.name.trim();
  if (!isUsccFormat(uscc)) throw badInput(`统一社会信用代码格式不正确：${uscc}`, `Not a USCC: ${uscc}`);
  if (uscc === enterprise.uscc.trim())
    throw badInput('不能把企业自身登记为代报子企业', 'An enterprise cannot be its own subsidiary');
  if (!name || name.length > 300) throw badInput('请填写子企业名称', 'Give the subsidiary’s name');
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ name: string }>(
      'SELECT name FROM enterprise_subsidiary WHERE enterprise_id = $1 AND uscc = $2',
      [enterprise.id, uscc],
    );
    await tx.query(
      `INSERT INTO enterprise_subsidiary (enterprise_id, uscc, name, created_by_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enterprise_id, uscc) DO UPDATE SET name = $3`,
      [enterprise.id, uscc, name, approver.userId],
    );
    const previousName = rows[0]?.name;
    const details = { enterpriseId: enterprise.id, uscc, name, ...(previousName ? { previousName } : {}) };
    await appendAudit(tx, { action: 'subsidiary-add', actor: approver, details });
  });
  return enterprise;
}

/** Stops the enterprise reporting for a subsidiary. Audited. */
export async function removeSubsidiary(
  db: Database,
  actor: Actor | null,
  input: { enterpriseId: string; uscc: string },
) {
  const { enterprise, approver } = await manageableEnterprise(db, actor, input.enterpriseId);
  const uscc = normalizeUscc(input.uscc);
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ name: string }>(
      'DELETE FROM enterprise_subsidiary WHERE enterprise_id = $1 AND uscc = $2 RETURNING name',
      [enterprise.id, uscc],
    );
    if (!rows[0]) throw notFound(SUBSIDIARY);
    const details = { enterpriseId: enterprise.id, uscc, name: rows[0].name };
    await appendAudit(tx, { action: 'subsidiary-remove', actor: approver, details });
  });
  return enterprise;
}

/** The USCCs an enterprise's rows may name: its own and its subsidiaries'. */
export async function permittedEnterpriseCodes(
  sql: SqlClient,
  enterprise: { id: string; uscc: string },
): Promise<string[]> {
  const { rows } = await sql.query<{ uscc: string }>(
    'SELECT uscc FROM enterprise_subsidiary WHERE enterprise_id = $1 ORDER BY created_at, uscc',
    [enterprise.id],
  );
  return [enterprise.uscc, ...rows.map((r) => r.uscc)];
}
