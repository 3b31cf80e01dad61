import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bossDb } from '../../src/delivery/queue.js';
import { parseEnv } from '../../src/env.js';
import { MAIL_SEND_LEASE_MS, reminderMessageId } from '../../src/notifications/mail.js';
import { GAVE_UP_NOTE, RESENT_NOTE, recoverInterruptedMail } from '../../src/notifications/mail-recovery.js';
import { oversightSettingsFrom } from '../../src/oversight/settings.js';
import { type OversightWorker, startOversightWorker } from '../../src/oversight/worker.js';
import { createLogger } from '../../src/server/logger.js';
import { waitFor } from '../delivery/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startSmtpServer } from '../support/smtp.js';

// A worker killed between claiming a reminder's mail (pending → sending) and recording the outcome
// left it `sending` for ever. Now a send older than the lease is sent again once, with the same
// Message-ID, and noted; a re-send interrupted again ends `failed`, not in a third copy.

const BASE = 'https://sunshine.example.gov.cn';
const A = '913100001322000126';
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
const workers: OversightWorker[] = [];
const reminders: Record<'stale' | 'fresh' | 'twice', string> = { stale: '', fresh: '', twice: '' };

const SET = `mutation($period: String!) {
  setObligation(dataset: EXECUTIVE_PAY, period: $period, dueDate: "2025-09-30", remindDaysBefore: 5) { id } }`;
const REMIND = `mutation($o: ID!, $e: [ID!]!) { remind(obligationId: $o, enterpriseIds: $e) { id mailStatus } }`;

const reminderRow = async (id: string) =>
  (
    await t.db.sql.query<{ status: string; error: string | null; attempts: number; mailedAt: Date | null }>(
      `SELECT mail_status AS status, mail_error AS error, mail_attempts AS attempts, mailed_at AS "mailedAt"
       FROM reminder WHERE id = $1`,
      [id],
    )
  ).rows[0];

/** What a worker killed mid-send leaves: `sending`, claimed `agoMs` ago, one attempt counted. */
const leftSending = (id: string, agoMs: number, error: string | null = null) =>
  t.db.sql.query(
    `UPDATE reminder SET mail_status = 'sending', mail_attempts = 1, mail_error = $3,
       mailed_at = now() - make_interval(secs => $2) WHERE id = $1`,
    [id, agoMs / 1000, error],
  );

const mailsFor = (id: string) =>
  smtp.messages.filter((m) => m.parsed.messageId === reminderMessageId(id, BASE));

beforeAll(async () => {
  smtp = await startSmtpServer();
  // No worker yet: the reminders are written with their mail pending, as before a crash.
  t = await createTestApp({ env: { OVERSIGHT_JOBS: 'off', SMTP_URL: smtp.url, APP_BASE_URL: BASE } });
  const approver = await t.tokenFor('muni-approver');
  const reviewer = await t.tokenFor('muni-reviewer');
  const enterprise = await t.db.prisma.enterprise.findFirstOrThrow({ where: { uscc: A } });
  for (const [key, period] of [
    ['stale', '2022'],
    ['fresh', '2023'],
    ['twice', '2024'],
  ] as const) {
    const set = await t.gql<{ setObligation: { id: string } }>(SET, { period }, approver);
    const reminded = await t.gql<{ remind: { id: string; mailStatus: string }[] }>(
      REMIND,
      { o: set.data!.setObligation.id, e: [enterprise.id] },
      reviewer,
    );
    expect(reminded.data!.remind).toEqual([{ id: expect.any(String), mailStatus: 'pending' }]);
    reminders[key] = reminded.data!.remind[0]!.id;
  }
  // pg-boss installed beforehand, as on a platform that ran before: the two workers below then
  // start together (two installing at once on PGlite's one connection would trip over each other).
  const boss = new PgBoss({ db: bossDb(t.db.sql), supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  await leftSending(reminders.stale, MAIL_SEND_LEASE_MS + 60_000);
  await leftSending(reminders.fresh, 5_000);
  await leftSending(reminders.twice, MAIL_SEND_LEASE_MS + 60_000, RESENT_NOTE);
}, 90_000);

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await t?.dispose();
  await smtp?.close();
});

test('the lease is ten minutes, ten times the SMTP timeout', () => {
  expect(MAIL_SEND_LEASE_MS).toBe(600_000);
});

test('two workers starting at once send the interrupted reminder once more, same Message-ID', async () => {
  const settings = oversightSettingsFrom(
    parseEnv({
      NODE_ENV: 'test',
      OVERSIGHT_JOBS: 'on',
      SMTP_URL: smtp.url,
      APP_BASE_URL: BASE,
      DELIVERY_POLL_SECONDS: '0.5',
      REMINDER_SCAN_CRON: '0 0 1 1 *',
    }),
  )!;
  workers.push(
    startOversightWorker(t.db, settings, createLogger('silent')),
    startOversightWorker(t.db, settings, createLogger('silent')),
  );
  await Promise.all(workers.map((w) => w.ready));
  await waitFor('the re-sent mail', async () => (await reminderRow(reminders.stale))?.status === 'sent');
  // Both workers' recoveries and a third one racing after them: nothing more.
  await Promise.all([
    recoverInterruptedMail(t.db, MAIL_SEND_LEASE_MS),
    recoverInterruptedMail(t.db, MAIL_SEND_LEASE_MS),
  ]);
  await new Promise((r) => setTimeout(r, 2000));
  expect(mailsFor(reminders.stale)).toHaveLength(1);
  const [mail] = mailsFor(reminders.stale);
  expect(mail!.to).toEqual(['ent-a@demo.sunshine.invalid']);
  expect(mail!.subject).toContain('【催报】');
  expect(await reminderRow(reminders.stale)).toMatchObject({
    status: 'sent',
    error: RESENT_NOTE,
    attempts: 2,
    mailedAt: expect.any(Date),
  });
}, 90_000);

test('a send still within its lease is not touched', async () => {
  expect(mailsFor(reminders.fresh)).toHaveLength(0);
  expect(await reminderRow(reminders.fresh)).toMatchObject({ status: 'sending', error: null, attempts: 1 });
});

test('a re-send interrupted again ends failed, with no third copy', async () => {
  expect(mailsFor(reminders.twice)).toHaveLength(0);
  expect(await reminderRow(reminders.twice)).toMatchObject({
    status: 'failed',
    error: GAVE_UP_NOTE,
    mailedAt: null,
  });
});

test('the scan path: a send interrupted while the workers run is recovered by the next scan', async () => {
  await leftSending(reminders.fresh, MAIL_SEND_LEASE_MS + 1000);
  await workers[0]!.scanNow('2025-01-02');
  await waitFor('the fresh one re-sent', async () => (await reminderRow(reminders.fresh))?.status === 'sent');
  await new Promise((r) => setTimeout(r, 1000));
  expect(mailsFor(reminders.fresh)).toHaveLength(1);
  expect(await reminderRow(reminders.fresh)).toMatchObject({ attempts: 2, error: RESENT_NOTE });
  expect(mailsFor(reminders.stale)).toHaveLength(1);
}, 60_000);
