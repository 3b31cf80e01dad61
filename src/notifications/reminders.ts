import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../auth/actor.js';
import type { SqlClient } from '../db/database.js';
import { emitReminderEvent } from '../events/emit.js';
import { enqueueJobs, QUEUES } from '../oversight/jobs.js';
import type { ObligationStatusRow } from '../oversight/standings.js';
import { REMINDER_LINK, type ReminderTrigger, reminderText } from './reminder-text.js';

export interface CreatedReminder {
  id: string;
  obligationId: string;
  enterpriseId: string;
  enterpriseName: string;
  trigger: ReminderTrigger;
  dueDate: string;
  createdAt: Date;
  mailStatus: string;
}

/**
 * One reminder for one enterprise on one obligation, in one transaction with everything it causes:
 * a notification for each of the enterprise's filers, the mail job, the 'reminded' event and the
 * audit entry. The unique key (obligation, enterprise, trigger, key) decides who sends it: a
 * second worker, a restarted one or a double click inserts nothing and causes nothing.
 */
export async function createReminder(
  tx: SqlClient,
  actor: Actor | null,
  row: ObligationStatusRow,
  trigger: ReminderTrigger,
  triggerKey: string,
): Promise<CreatedReminder | null> {
  {
    const { rows } = await tx.query<{ id: string; createdAt: Date }>(
      `INSERT INTO reminder (obligation_id, enterprise_id, trigger, trigger_key, due_date, created_by_id)
       VALUES ($1, $2, $3, $4, $5::date, $6)
       ON CONFLICT (obligation_id, enterprise_id, trigger, trigger_key) DO NOTHING
       RETURNING id, created_at AS "createdAt"`,
      [
        row.obligation.id,
        row.enterprise.id,
        trigger,
        triggerKey,
        row.obligation.dueDate,
        actor?.userId ?? null,
      ],
    );
    const created = rows[0];
    if (!created) return null;
    const mailTo = await notifyFilers(tx, created.id, row, trigger);
    const mailStatus = mailTo > 0 ? 'pending' : 'none';
    await tx.query('UPDATE reminder SET mail_status = $2 WHERE id = $1', [created.id, mailStatus]);
    if (mailTo > 0) await enqueueJobs(tx, QUEUES.reminderMail, [{ data: { reminderId: created.id } }]);
    await emitReminderEvent(tx, created.id);
    await appendAudit(tx, {
      action: 'remind',
      actor,
      details: {
        reminderId: created.id,
        obligationId: row.obligation.id,
        enterpriseId: row.enterprise.id,
        trigger,
        dueDate: row.obligation.dueDate,
        state: row.state,
        workingDaysOverdue: row.workingDaysOverdue,
      },
    });
    return {
      id: created.id,
      obligationId: row.obligation.id,
      enterpriseId: row.enterprise.id,
      enterpriseName: row.enterprise.name,
      trigger,
      dueDate: row.obligation.dueDate!,
      createdAt: created.createdAt,
      mailStatus,
    };
  }
}

/** In-app notifications for the enterprise's active filers; returns how many of them have an address. */
async function notifyFilers(
  tx: SqlClient,
  reminderId: string,
  row: ObligationStatusRow,
  trigger: ReminderTrigger,
) {
  const { rows: regulator } = await tx.query<{ name: string }>('SELECT name FROM regulator WHERE id = $1', [
    row.obligation.regulatorId,
  ]);
  const text = reminderText({
    trigger,
    enterpriseName: row.enterprise.name,
    regulatorName: regulator[0]?.name ?? '',
    dataset: row.obligation.dataset,
    period: row.obligation.period ?? '',
    dueDate: row.obligation.dueDate ?? '',
    workingDaysOverdue: row.workingDaysOverdue,
    workingDaysLeft: row.workingDaysLeft,
  });
  const { rows } = await tx.query<{ email: string | null }>(
    `INSERT INTO notification (user_id, kind, title_zh, title_en, body_zh, body_en, link, reminder_id)
     SELECT u.id, 'reminder', $2, $3, $4, $5, $6, $7 FROM app_user u
     WHERE u.enterprise_id = $1 AND u.role = 'ENTERPRISE_FILER' AND NOT u.disabled
     RETURNING (SELECT email FROM app_user WHERE id = user_id) AS email`,
    [row.enterprise.id, text.title.zh, text.title.en, text.body.zh, text.body.en, REMINDER_LINK, reminderId],
  );
  return rows.filter((r) => r.email).length;
}
