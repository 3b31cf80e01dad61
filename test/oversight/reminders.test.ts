import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseEnv } from '../../src/env.js';
import { mailReminder } from '../../src/notifications/mail.js';
import { runReminderScan } from '../../src/notifications/scan.js';
import { oversightSettingsFrom } from '../../src/oversight/settings.js';
import { type OversightWorker, startOversightWorker } from '../../src/oversight/worker.js';
import { createLogger } from '../../src/server/logger.js';
import { waitFor } from '../delivery/support.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { startSmtpServer } from '../support/smtp.js';
import { errorOf, fileExecutivePay } from './support.js';

const BASE = 'https://sunshine.example.gov.cn';
let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let env: Record<string, string>;
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

const SET = `mutation($dataset: DatasetKey!, $period: String!, $dueDate: Date!) {
  setObligation(dataset: $dataset, period: $period, dueDate: $dueDate, remindDaysBefore: 5) { id } }`;
const REMIND = `mutation($o: ID!, $e: [ID!]!) { remind(obligationId: $o, enterpriseIds: $e) {
  enterpriseName trigger dueDate mailStatus } }`;

const count = async (sql: string, params: unknown[] = []) =>
  (await t.db.sql.query<{ n: number }>(sql, params)).rows[0]?.n ?? 0;
const mailsTo = (user: string, subjectPart: string) =>
  smtp.messages.filter(
    (m) => m.to.includes(`${user}@demo.sunshine.invalid`) && m.subject.includes(subjectPart),
  );

beforeAll(async () => {
  smtp = await startSmtpServer();
  env = {
    OVERSIGHT_JOBS: 'on',
    SMTP_URL: smtp.url,
    APP_BASE_URL: BASE,
    DELIVERY_POLL_SECONDS: '0.5',
    REMINDER_SCAN_CRON: '0 0 1 1 *',
  };
  t = await createTestApp({ env });
  await t.app.oversight!.ready;
  for (const u of ['muni-approver', 'muni-reviewer', 'jd-reviewer', 'ent-a', 'ent-b'])
    tokens[u] = await t.tokenFor(u);
  for (const e of await t.db.prisma.enterprise.findMany()) ids[e.uscc] = e.id;
  const pay = await t.gql<{ setObligation: { id: string } }>(
    SET,
    { dataset: 'EXECUTIVE_PAY', period: '2024', dueDate: '2025-09-30' },
    tokens['muni-approver'],
  );
  ids.pay = pay.data!.setObligation.id;
  await fileExecutivePay(t.db, 'ent-b', 2024, '2025-09-01T02:00:00Z');
}, 90_000);
afterAll(async () => {
  await t?.app.close();
  await t?.dispose();
  await smtp?.close();
});

const A = '913100001322000126';
const B = '913100001322000201';
const D = '913101141324000140';

describe('催报 by a regulator', () => {
  test('outside the jurisdiction: NOT_FOUND, nothing written', async () => {
    const before = await count('SELECT count(*)::int AS n FROM reminder');
    const other = await t.gql(REMIND, { o: ids.pay, e: [ids[A]] }, tokens['jd-reviewer']);
    expect(errorOf(other).code).toBe('NOT_FOUND');
    const mixed = await t.gql(REMIND, { o: ids.pay, e: [ids[A], ids[D]] }, tokens['muni-reviewer']);
    expect(errorOf(mixed)).toMatchObject({ code: 'NOT_FOUND', message: { zh: '企业不存在' } });
    const filer = await t.gql(REMIND, { o: ids.pay, e: [ids[A]] }, tokens['ent-a']);
    expect(errorOf(filer).code).toBe('FORBIDDEN');
    expect(await count('SELECT count(*)::int AS n FROM reminder')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM notification')).toBe(0);
  });

  test('reaches the late enterprise in the app and by mail, once; the one that filed is skipped', async () => {
    const result = await t.gql<{ remind: { enterpriseName: string; trigger: string; mailStatus: string }[] }>(
      REMIND,
      { o: ids.pay, e: [ids[A], ids[B]] },
      tokens['muni-reviewer'],
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.remind).toEqual([
      expect.objectContaining({
        enterpriseName: '上海示范城建集团有限公司',
        trigger: 'MANUAL',
        mailStatus: 'pending',
      }),
    ]);
    // A second click the same day is the same reminder.
    const again = await t.gql<{ remind: unknown[] }>(
      REMIND,
      { o: ids.pay, e: [ids[A]] },
      tokens['muni-reviewer'],
    );
    expect(again.data!.remind).toEqual([]);
    await waitFor('the reminder mail', async () => mailsTo('ent-a', '催报').length > 0);
    const [mail] = mailsTo('ent-a', '催报');
    expect(mail!.subject).toBe('【催报】企业负责人薪酬（2024）应于2025-09-30前报送');
    expect(mail!.text).toContain('上海示范城建集团有限公司');
    expect(mail!.text).toContain('上海市国资委');
    expect(mail!.text).toMatch(/已逾期\d+个工作日/);
    expect(mail!.text).toContain(`${BASE}/app/`);
    expect(mail!.html).toContain(`href="${BASE}/app/"`);
    expect(smtp.messages.filter((m) => m.to.includes('ent-b@demo.sunshine.invalid'))).toEqual([]);
    await waitFor(
      'mail status',
      async () => (await count(`SELECT count(*)::int AS n FROM reminder WHERE mail_status = 'sent'`)) === 1,
    );
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'remind'`)).toBe(1);
    const status = await t.gql<{
      obligationStatus: { enterprise: { uscc: string }; lastRemindedAt: string | null }[];
    }>(
      '{ obligationStatus(dataset: EXECUTIVE_PAY, period: "2024") { enterprise { uscc } lastRemindedAt } }',
      {},
      tokens['muni-reviewer'],
    );
    const byUscc = Object.fromEntries(
      status.data!.obligationStatus.map((r) => [r.enterprise.uscc, r.lastRemindedAt]),
    );
    expect(byUscc[A]).toEqual(expect.any(String));
    expect(byUscc[B]).toBeNull();
  }, 30_000);

  test('notifications: the filer reads them, marks them read; others see none', async () => {
    const q = `query($u: Boolean) { notifications(unreadOnly: $u) { totalCount nodes { id kind title { zh en } link readAt } } }`;
    type N = {
      notifications: {
        totalCount: number;
        nodes: { id: string; title: { zh: string }; link: string; readAt: string | null }[];
      };
    };
    const own = await t.gql<N>(q, { u: true }, tokens['ent-a']);
    expect(own.data!.notifications.totalCount).toBe(1);
    expect(own.data!.notifications.nodes[0]).toMatchObject({ link: '/app/', readAt: null });
    expect(own.data!.notifications.nodes[0]!.title.zh).toContain('2025-09-30');
    const id = own.data!.notifications.nodes[0]!.id;
    const stranger = await t.gql<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [id] },
      tokens['ent-b'],
    );
    expect(stranger.data!.markNotificationsRead).toBe(0);
    const marked = await t.gql<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [id] },
      tokens['ent-a'],
    );
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect((await t.gql<N>(q, { u: true }, tokens['ent-a'])).data!.notifications.totalCount).toBe(0);
    expect((await t.gql<N>(q, { u: false }, tokens['ent-b'])).data!.notifications.totalCount).toBe(0);
  });
});

describe('automatic reminders', () => {
  let second: OversightWorker;
  beforeAll(async () => {
    // Thu 2026-12-03: Fri 12-04, Mon 12-07 and Tue 12-08 are left — within the 5-day lead.
    const set = await t.gql<{ setObligation: { id: string } }>(
      SET,
      { dataset: 'PERFORMANCE_REVIEWS', period: '2024', dueDate: '2026-12-08' },
      tokens['muni-approver'],
    );
    ids.reviews = set.data!.setObligation.id;
    second = startOversightWorker(
      t.db,
      oversightSettingsFrom(parseEnv({ NODE_ENV: 'test', ...env }))!,
      createLogger('silent'),
    );
    await second.ready;
  }, 30_000);
  afterAll(() => second?.stop());

  test('two workers and direct scans racing send one reminder per obligation × enterprise × trigger', async () => {
    await Promise.all([
      t.app.oversight!.scanNow('2026-12-03'),
      second.scanNow('2026-12-03'),
      runReminderScan(t.db, '2026-12-03'),
      runReminderScan(t.db, '2026-12-03'),
    ]);
    await waitFor(
      'before-due mails',
      async () => mailsTo('ent-a', '到期提醒').length + mailsTo('ent-b', '到期提醒').length >= 2,
    );
    await waitFor(
      'scans done',
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'oversight-reminder-scan' AND state < 'completed'`,
        )) === 0,
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo('ent-a', '到期提醒')).toHaveLength(1);
    expect(mailsTo('ent-b', '到期提醒')).toHaveLength(1);
    expect(mailsTo('ent-a', '到期提醒')[0]!.subject).toBe(
      '【到期提醒】经营业绩考核结果（2024）应于2026-12-08前报送',
    );
    expect(mailsTo('ent-a', '到期提醒')[0]!.text).toContain('距截止还有3个工作日');
    // Enterprise a's executive pay is overdue: one automatic OVERDUE besides the manual one; b filed.
    expect(mailsTo('ent-a', '逾期催报')).toHaveLength(1);
    expect(mailsTo('ent-b', '逾期催报')).toHaveLength(0);
    expect(await count(`SELECT count(*)::int AS n FROM reminder WHERE trigger <> 'MANUAL'`)).toBe(3);
  }, 60_000);

  test('after a restart the scan sends nothing again; once past due, one OVERDUE each', async () => {
    await second.stop();
    second = startOversightWorker(
      t.db,
      oversightSettingsFrom(parseEnv({ NODE_ENV: 'test', ...env }))!,
      createLogger('silent'),
    );
    await second.ready;
    expect(await runReminderScan(t.db, '2026-12-04')).toBe(0);
    // Wed 12-09 is one working day past Tue 12-08.
    await Promise.all([second.scanNow('2026-12-09'), runReminderScan(t.db, '2026-12-09')]);
    await waitFor('overdue mails', async () => mailsTo('ent-b', '逾期催报').length >= 1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(mailsTo('ent-b', '逾期催报')).toHaveLength(1);
    expect(mailsTo('ent-b', '逾期催报')[0]!.text).toContain('已逾期1个工作日');
    expect(mailsTo('ent-a', '逾期催报')).toHaveLength(2); // executive pay, performance reviews
  }, 60_000);

  test('without SMTP settings a reminder stays in-app only', async () => {
    const { rows } = await t.db.sql.query<{ id: string }>(
      `UPDATE reminder SET mail_status = 'pending' WHERE id = (SELECT id FROM reminder ORDER BY created_at LIMIT 1) RETURNING id`,
    );
    await mailReminder(t.db.sql, undefined, { appBaseUrl: BASE }, rows[0]!.id, false);
    expect(
      await count(`SELECT count(*)::int AS n FROM reminder WHERE id = $1 AND mail_status = 'none'`, [
        rows[0]!.id,
      ]),
    ).toBe(1);
  });
});
