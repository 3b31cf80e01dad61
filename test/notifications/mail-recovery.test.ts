import PgBoss from 'pg-boss';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { bossDb } from '../../src/delivery/queue.js';
import { parseEnv } from '../../src/env.js';
import { reminderMessageId } from '../../src/notifications/mail.js';
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
const tokens: Record<string, string> = {};
/** MAIL_SEND_LEASE_SECONDS for this test: two minutes, not the default ten. */
const LEASE_MS = 120_000;

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
  for (const user of ['muni-reviewer', 'jd-reviewer', 'ent-a', 'ent-b'])
    tokens[user] = await t.tokenFor(user);
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
  await leftSending(reminders.stale, LEASE_MS + 60_000);
  await leftSending(reminders.fresh, 5_000);
  await leftSending(reminders.twice, LEASE_MS + 60_000, RESENT_NOTE);
}, 90_000);

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  await t?.dispose();
  await smtp?.close();
});

test('the lease is ten minutes unless configured, ten times the SMTP timeout, and never under a minute', () => {
  expect(parseEnv({ NODE_ENV: 'test' }).MAIL_SEND_LEASE_SECONDS).toBe(600);
  expect(
    oversightSettingsFrom(parseEnv({ OVERSIGHT_JOBS: 'on', MAIL_SEND_LEASE_SECONDS: '120' }))
      ?.mailSendLeaseMs,
  ).toBe(LEASE_MS);
  expect(() => parseEnv({ MAIL_SEND_LEASE_SECONDS: '59' })).toThrow(/MAIL_SEND_LEASE_SECONDS/);
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
      MAIL_SEND_LEASE_SECONDS: String(LEASE_MS / 1000),
    }),
  )!;
  workers.push(
    startOversightWorker(t.db, settings, createLogger('silent')),
    startOversightWorker(t.db, settings, createLogger('silent')),
  );
  await Promise.all(workers.map((w) => w.ready));
  await waitFor('the re-sent mail', async () => (await reminderRow(reminders.stale))?.status === 'sent');
  // Both workers' recoveries and a third one racing after them: nothing more.
  await Promise.all([recoverInterruptedMail(t.db, LEASE_MS), recoverInterruptedMail(t.db, LEASE_MS)]);
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
  await leftSending(reminders.fresh, LEASE_MS + 1000);
  await workers[0]!.scanNow('2025-01-02');
  await waitFor('the fresh one re-sent', async () => (await reminderRow(reminders.fresh))?.status === 'sent');
  await new Promise((r) => setTimeout(r, 1000));
  expect(mailsFor(reminders.fresh)).toHaveLength(1);
  expect(await reminderRow(reminders.fresh)).toMatchObject({ attempts: 2, error: RESENT_NOTE });
  expect(mailsFor(reminders.stale)).toHaveLength(1);
}, 60_000);

const REMINDERS = `query($o: ID, $e: ID, $first: Int, $after: String) {
  reminders(obligationId: $o, enterpriseId: $e, first: $first, after: $after) {
    totalCount nodes { id mailStatus mailNote mailedAt enterpriseName } pageInfo { hasNextPage endCursor } } }`;
type ReminderList = {
  reminders: {
    totalCount: number;
    nodes: { id: string; mailStatus: string; mailNote: string | null; mailedAt: string | null }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

test('each recovery is audited once, however many workers raced for it', async () => {
  const audited = await t.db.sql.query<{ action: string; reminderId: string }>(
    `SELECT action, details->>'reminderId' AS "reminderId" FROM audit_log
     WHERE action LIKE 'remind-mail-%' ORDER BY action, details->>'reminderId'`,
  );
  expect(audited.rows).toEqual(
    [
      { action: 'remind-mail-failed', reminderId: reminders.twice },
      { action: 'remind-mail-resent', reminderId: reminders.fresh },
      { action: 'remind-mail-resent', reminderId: reminders.stale },
    ].sort((a, b) => a.action.localeCompare(b.action) || a.reminderId.localeCompare(b.reminderId)),
  );
});

test('regulators read each reminder’s mail outcome and note; the enterprise its outcome only; strangers nothing', async () => {
  const muni = await t.gql<ReminderList>(REMINDERS, {}, tokens['muni-reviewer']);
  const byId = new Map(muni.data!.reminders.nodes.map((n) => [n.id, n]));
  expect(muni.data!.reminders.totalCount).toBe(3);
  expect(byId.get(reminders.stale)).toMatchObject({
    mailStatus: 'sent',
    mailNote: RESENT_NOTE,
    mailedAt: expect.any(String),
  });
  expect(byId.get(reminders.twice)).toMatchObject({
    mailStatus: 'failed',
    mailNote: GAVE_UP_NOTE,
    mailedAt: null,
  });
  // Newest first, paged by cursor without loss or repeat.
  const first = await t.gql<ReminderList>(REMINDERS, { first: 2 }, tokens['muni-reviewer']);
  expect(first.data!.reminders.pageInfo.hasNextPage).toBe(true);
  const rest = await t.gql<ReminderList>(
    REMINDERS,
    { first: 2, after: first.data!.reminders.pageInfo.endCursor },
    tokens['muni-reviewer'],
  );
  expect([...first.data!.reminders.nodes, ...rest.data!.reminders.nodes].map((n) => n.id)).toEqual(
    muni.data!.reminders.nodes.map((n) => n.id),
  );
  expect(rest.data!.reminders.pageInfo.hasNextPage).toBe(false);
  // The enterprise reminded: its reminders, the outcome without the operator's note.
  const own = await t.gql<ReminderList>(REMINDERS, {}, tokens['ent-a']);
  expect(own.data!.reminders.nodes.map((n) => n.id).sort()).toEqual(Object.values(reminders).sort());
  expect(own.data!.reminders.nodes.every((n) => n.mailNote === null)).toBe(true);
  // Another enterprise and another commission: nothing, not even a count, also when they name them.
  const enterpriseA = await t.db.prisma.enterprise.findFirstOrThrow({ where: { uscc: A } });
  for (const stranger of ['ent-b', 'jd-reviewer'])
    for (const filter of [{}, { e: enterpriseA.id }]) {
      const seen = await t.gql<ReminderList>(REMINDERS, filter, tokens[stranger]);
      expect(seen.errors, stranger).toBeUndefined();
      expect(seen.data!.reminders, stranger).toMatchObject({ totalCount: 0, nodes: [] });
    }
  const anonymous = await t.gql(REMINDERS, {});
  // Anonymous callers get the public schema, where reminders do not exist.
  expect(anonymous.data ?? null).toBeNull();
  expect(anonymous.errors?.[0]?.extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|UNAUTHENTICATED)$/);
  const malformed = await t.gql(REMINDERS, { o: 'not-an-id' }, tokens['muni-reviewer']);
  expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});
