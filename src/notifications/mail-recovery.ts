import { appendAudit } from '../audit/audit.service.js';
import type { Database } from '../db/database.js';
import { enqueueJobs, QUEUES } from '../oversight/jobs.js';

/**
 * Left in `mail_error` on a reminder whose send was interrupted and that is sent again: kept once it
 * is sent, so whoever looks at it sees that the enterprise may have two copies (the same Message-ID).
 */
export const RESENT_NOTE =
  'resent after an interrupted send (same Message-ID; the first copy may have arrived too)';
/** A reminder interrupted again while being re-sent: not sent a third time, surfaced as failed. */
export const GAVE_UP_NOTE = 'interrupted twice: not sent again (it may or may not have arrived)';

/** The recovery's note to keep through a later outcome of the same reminder's mail. */
export const interruptedNote = (error: string | null) =>
  error?.startsWith(RESENT_NOTE) ? RESENT_NOTE : null;

/**
 * A reminder left `sending` for longer than `leaseMs` lost its worker mid-send (killed, crashed):
 * whether the message left is unknown. Policy: send it again once — the same Message-ID lets a mail
 * server or client drop the copy — noting RESENT_NOTE; if that send is interrupted too, mark it
 * `failed` (GAVE_UP_NOTE) rather than risk a third copy. Never silently dropped: it ends `sent` or
 * `failed`, with the note. One statement per reminder decides, so workers racing recover it once;
 * each decision is audited (remind-mail-resent, remind-mail-failed) in the same transaction.
 */
export async function recoverInterruptedMail(db: Database, leaseMs: number) {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      id: string;
      status: 'pending' | 'failed';
      obligationId: string;
      enterpriseId: string;
    }>(
      `UPDATE reminder SET
         mail_status = CASE WHEN starts_with(coalesce(mail_error, ''), $2) THEN 'failed' ELSE 'pending' END,
         mail_error = CASE WHEN starts_with(coalesce(mail_error, ''), $2) THEN $3 ELSE $2 END,
         mailed_at = NULL
       WHERE mail_status = 'sending' AND coalesce(mailed_at, created_at) < now() - make_interval(secs => $1)
       RETURNING id, mail_status AS status, obligation_id AS "obligationId", enterprise_id AS "enterpriseId"`,
      [leaseMs / 1000, RESENT_NOTE, GAVE_UP_NOTE],
    );
    for (const row of rows)
      await appendAudit(tx, {
        action: row.status === 'pending' ? 'remind-mail-resent' : 'remind-mail-failed',
        actor: null,
        details: { reminderId: row.id, obligationId: row.obligationId, enterpriseId: row.enterpriseId },
      });
    const resent = rows.filter((r) => r.status === 'pending').map((r) => r.id);
    const failed = rows.filter((r) => r.status === 'failed').map((r) => r.id);
    await enqueueJobs(
      tx,
      QUEUES.reminderMail,
      resent.map((reminderId) => ({ data: { reminderId } })),
    );
    return { resent, failed };
  });
}
