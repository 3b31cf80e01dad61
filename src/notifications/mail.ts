import nodemailer from 'nodemailer';
import type { SqlClient } from '../db/database.js';
import { interruptedNote } from './mail-recovery.js';

export interface MailSettings {
  /** smtp:// or smtps:// with optional credentials (SMTP_URL). */
  url: string;
  from: string;
  /** The workspace's origin as users reach it (APP_BASE_URL). */
  appBaseUrl: string;
}

export interface Mailer {
  send(message: {
    to: string[];
    subject: string;
    text: string;
    html: string;
    messageId: string;
  }): Promise<void>;
  close(): void;
}

/**
 * How long the SMTP server may stay silent (connecting, greeting, any command or the data) before
 * a send is abandoned as failed. A live send makes progress within this, so one in `sending` for
 * MAIL_SEND_LEASE_SECONDS (default 600: ten silences in a row) has lost its worker (mail-recovery.ts).
 */
export const SMTP_TIMEOUT_MS = 60_000;

export function createMailer(settings: MailSettings): Mailer {
  // The URL's own query parameters (e.g. ?socketTimeout=) still win over these.
  const transport = nodemailer.createTransport({
    url: settings.url,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    send: async (m) => {
      await transport.sendMail({ from: settings.from, ...m });
    },
    close: () => transport.close(),
  };
}

interface Letter {
  titleZh: string;
  bodyZh: string;
  titleEn: string;
  bodyEn: string;
  link: string;
  emails: string[];
}

/**
 * Mails one reminder to its enterprise's filers, at most once: the reminder is claimed (pending →
 * sending, `mailed_at` = the claim's time, `mail_attempts` + 1 naming the claim) before the message
 * goes out, so a duplicate job finds nothing to do. A failed send is put back to pending and thrown,
 * for pg-boss to retry; after the last retry it stays failed. Every send of a reminder carries the
 * same Message-ID, so a second copy (a retry, a re-send after an interrupted send) can be recognised
 * as such. Without SMTP settings the reminder stays in-app only.
 */
export async function mailReminder(
  sql: SqlClient,
  mailer: Mailer | undefined,
  settings: Pick<MailSettings, 'appBaseUrl'>,
  reminderId: string,
  lastTry: boolean,
): Promise<void> {
  const { rows } = await sql.query<Claim>(
    `UPDATE reminder SET mail_status = 'sending', mail_attempts = mail_attempts + 1, mailed_at = now()
     WHERE id = $1 AND mail_status = 'pending' RETURNING id, mail_attempts AS attempt, mail_error AS error`,
    [reminderId],
  );
  const claim = rows[0];
  if (!claim) return;
  const letter = await readLetter(sql, reminderId);
  if (!mailer || !letter) return finish(sql, claim, 'none', mailer ? 'no recipient' : 'SMTP not configured');
  const link = new URL(letter.link, settings.appBaseUrl).toString();
  try {
    await mailer.send({
      messageId: reminderMessageId(reminderId, settings.appBaseUrl),
      to: letter.emails,
      subject: letter.titleZh,
      text: `${letter.bodyZh}\n\n工作台：${link}\n\n${letter.titleEn}\n${letter.bodyEn}\n`,
      html: `<p>${escapeHtml(letter.bodyZh)}</p><p>工作台：<a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p><hr><p>${escapeHtml(letter.bodyEn)}</p>`,
    });
  } catch (error) {
    await finish(sql, claim, lastTry ? 'failed' : 'pending', (error as Error).message.slice(0, 500));
    throw error;
  }
  await finish(sql, claim, 'sent', null);
}

interface Claim {
  id: string;
  /** mail_attempts after the claim: names this claim, so a late finish cannot overwrite a newer one. */
  attempt: number;
  /** The note a recovery left (mail-recovery.ts), kept through this send's outcome. */
  error: string | null;
}

/**
 * Records a claim's outcome; `mailed_at` becomes the time it was sent (null unless sent). A worker
 * whose claim was taken over (it outlived the lease) changes nothing: the newer claim decides.
 */
async function finish(sql: SqlClient, claim: Claim, status: string, error: string | null) {
  const note = interruptedNote(claim.error);
  await sql.query(
    `UPDATE reminder SET mail_status = $3, mail_error = $4, mailed_at = CASE WHEN $3 = 'sent' THEN now() END
     WHERE id = $1 AND mail_status = 'sending' AND mail_attempts = $2`,
    [claim.id, claim.attempt, status, [note, error].filter(Boolean).join('; ') || null],
  );
}

/** The same for every send of one reminder: `<reminder-<id>@<APP_BASE_URL's host>>`. */
export const reminderMessageId = (reminderId: string, appBaseUrl: string) =>
  `<reminder-${reminderId}@${new URL(appBaseUrl).hostname}>`;

async function readLetter(sql: SqlClient, reminderId: string): Promise<Letter | undefined> {
  const { rows } = await sql.query<Omit<Letter, 'emails'> & { email: string | null }>(
    `SELECT n.title_zh AS "titleZh", n.body_zh AS "bodyZh", n.title_en AS "titleEn", n.body_en AS "bodyEn",
            coalesce(n.link, '/app/') AS link, u.email
     FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.reminder_id = $1 ORDER BY u.username`,
    [reminderId],
  );
  const emails = rows.map((r) => r.email).filter((e): e is string => !!e);
  if (!rows[0] || emails.length === 0) return undefined;
  const { email: _, ...text } = rows[0];
  return { ...text, emails };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
