import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import { isRegulatorStaff } from '../auth/actor.js';
import type { Database } from '../db/database.js';
import { forbidden } from '../errors.js';
import { checkDueDate, checkEvent, checkPeriod, checkRemindDays } from './input.js';
import { type ObligationFilter, type ObligationRow, readObligations } from './obligations.js';

export interface SetObligationInput {
  dataset: string;
  period: string;
  dueDate: string;
  remindDaysBefore?: number | null;
  note?: string | null;
}

export interface SetEventObligationInput {
  dataset: string;
  event: string;
  workingDays: number;
  remindDaysBefore?: number | null;
  note?: string | null;
}

/** Only an approver sets what the commission's enterprises owe. */
function requireApprover(actor: Actor | null): Actor & { regulatorId: string } {
  if (actor?.role !== 'REGULATOR_APPROVER' || !actor.regulatorId) throw forbidden();
  return actor as Actor & { regulatorId: string };
}

/**
 * Sets (creates or changes) a periodic obligation of the approver's commission: every enterprise
 * it supervises owes the dataset for the period by the due date. Audited with the previous value.
 */
export async function setObligation(db: Database, actor: Actor | null, input: SetObligationInput) {
  const approver = requireApprover(actor);
  const period = input.period.trim();
  checkDueDate(input.dueDate, checkPeriod(input.dataset, period));
  const remind = checkRemindDays(input.remindDaysBefore ?? 5);
  return db.transaction(async (tx) => {
    const [before] = await readObligations(tx, {
      regulatorId: approver.regulatorId,
      dataset: input.dataset,
      period,
      kind: 'PERIODIC',
    });
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO obligation (regulator_id, dataset, kind, period, due_date, remind_days_before, note, created_by_id)
       VALUES ($1, $2::"DatasetKey", 'PERIODIC', $3, $4::date, $5, $6, $7)
       ON CONFLICT (regulator_id, dataset, period) WHERE kind = 'PERIODIC'
       DO UPDATE SET due_date = $4::date, remind_days_before = $5, note = $6, created_by_id = $7, updated_at = now()
       RETURNING id`,
      [
        approver.regulatorId,
        input.dataset,
        period,
        input.dueDate,
        remind,
        input.note?.trim() || null,
        approver.userId,
      ],
    );
    const id = rows[0]!.id;
    await appendAudit(tx, {
      action: 'obligation-set',
      actor: approver,
      details: {
        id,
        dataset: input.dataset,
        period,
        dueDate: input.dueDate,
        remindDaysBefore: remind,
        before: before ?? null,
      },
    });
    return (await readObligations(tx, { id }))[0]!;
  });
}

/** Sets an event-driven obligation: the event must be disclosed within `workingDays` working days. */
export async function setEventObligation(db: Database, actor: Actor | null, input: SetEventObligationInput) {
  const approver = requireApprover(actor);
  const event = checkEvent(input.dataset, input.event, input.workingDays);
  const remind = checkRemindDays(input.remindDaysBefore ?? 0);
  return db.transaction(async (tx) => {
    const before = (
      await readObligations(tx, { regulatorId: approver.regulatorId, dataset: input.dataset, kind: 'EVENT' })
    ).find((o) => o.event === event);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO obligation (regulator_id, dataset, kind, event, window_working_days, remind_days_before, note, created_by_id)
       VALUES ($1, $2::"DatasetKey", 'EVENT', $3, $4, $5, $6, $7)
       ON CONFLICT (regulator_id, dataset, event) WHERE kind = 'EVENT'
       DO UPDATE SET window_working_days = $4, remind_days_before = $5, note = $6, created_by_id = $7, updated_at = now()
       RETURNING id`,
      [
        approver.regulatorId,
        input.dataset,
        event,
        input.workingDays,
        remind,
        input.note?.trim() || null,
        approver.userId,
      ],
    );
    const id = rows[0]!.id;
    await appendAudit(tx, {
      action: 'obligation-set',
      actor: approver,
      details: { id, dataset: input.dataset, event, workingDays: input.workingDays, before: before ?? null },
    });
    return (await readObligations(tx, { id }))[0]!;
  });
}

/** The commission whose obligations bind the caller: a regulator's own, a filer's enterprise's. */
export async function bindingRegulatorId(db: Database, actor: Actor | null): Promise<string | null> {
  if (!actor) return null;
  if (isRegulatorStaff(actor)) return actor.regulatorId;
  if (actor.role !== 'ENTERPRISE_FILER' || !actor.enterpriseId) return null;
  const enterprise = await db.prisma.enterprise.findUnique({ where: { id: actor.enterpriseId } });
  return enterprise?.regulatorId ?? null;
}

/** Regulators see their commission's obligations; enterprises the ones they owe. */
export async function obligations(
  db: Database,
  actor: Actor | null,
  filter: Omit<ObligationFilter, 'regulatorId' | 'id'>,
): Promise<ObligationRow[]> {
  const regulatorId = await bindingRegulatorId(db, actor);
  if (!regulatorId) return [];
  return readObligations(db.sql, { ...filter, regulatorId });
}
