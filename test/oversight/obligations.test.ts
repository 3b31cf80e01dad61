import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { errorOf, fileExecutivePay } from './support.js';

let t: TestApp;
const tokens: Record<string, string> = {};

const SET = `mutation($dataset: DatasetKey!, $period: String!, $dueDate: Date!, $remind: Int) {
  setObligation(dataset: $dataset, period: $period, dueDate: $dueDate, remindDaysBefore: $remind) {
    id dataset kind period dueDate remindDaysBefore } }`;
const STATUS = `query($asOf: Date, $period: String) { obligationStatus(asOf: $asOf, dataset: EXECUTIVE_PAY, period: $period) {
  enterprise { uscc } obligation { period dueDate } state workingDaysOverdue workingDaysLeft filedOn } }`;

type StatusRows = {
  obligationStatus: {
    enterprise: { uscc: string };
    state: string;
    workingDaysOverdue: number;
    workingDaysLeft: number;
    filedOn: string | null;
  }[];
};

const statusOf = async (user: string, asOf: string, period = '2024') => {
  const result = await t.gql<StatusRows>(STATUS, { asOf, period }, tokens[user]);
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(result.data!.obligationStatus.map((r) => [r.enterprise.uscc, r]));
};
const A = '913100001322000126';
const B = '913100001322000201';

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['muni-approver', 'muni-reviewer', 'jd-approver', 'ent-a', 'ent-d'])
    tokens[u] = await t.tokenFor(u);
  const set = await t.gql(
    SET,
    { dataset: 'EXECUTIVE_PAY', period: '2024', dueDate: '2025-09-30', remind: 3 },
    tokens['muni-approver'],
  );
  expect(set.errors).toBeUndefined();
}, 60_000);
afterAll(() => t?.dispose());

describe('setObligation', () => {
  test('an approver sets it, audited; a reviewer may not', async () => {
    const again = await t.gql<{ setObligation: { dueDate: string; kind: string } }>(
      SET,
      { dataset: 'EXECUTIVE_PAY', period: '2024', dueDate: '2025-09-30', remind: 3 },
      tokens['muni-approver'],
    );
    expect(again.data?.setObligation).toMatchObject({ dueDate: '2025-09-30', kind: 'PERIODIC' });
    const { rows } = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'obligation-set'`,
    );
    expect(rows[0]?.n).toBe(2);
    const reviewer = await t.gql(
      SET,
      { dataset: 'EXECUTIVE_PAY', period: '2024', dueDate: '2025-09-30' },
      tokens['muni-reviewer'],
    );
    expect(errorOf(reviewer).code).toBe('FORBIDDEN');
  });

  test.each([
    ['2025-02-30', '2024', 'dueDate', '日期不存在'],
    ['2025/09/30', '2024', 'dueDate', 'YYYY-MM-DD'],
    ['2023-12-31', '2024', 'dueDate', '截止日期'],
    ['2025-09-30', '24', 'period', '报告期无效'],
  ])(
    'impossible input %s / %s is a coded refusal naming %s, nothing written',
    async (dueDate, period, argument, zh) => {
      const before = await t.db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM obligation');
      const result = await t.gql<unknown>(
        SET,
        { dataset: 'EXECUTIVE_PAY', period, dueDate },
        tokens['muni-approver'],
      );
      const e = result.errors?.[0]?.extensions as {
        code: string;
        message: { zh: string; en: string };
        argument?: string;
      };
      expect(e.code).toBe('BAD_USER_INPUT');
      expect(e.message.zh).toContain(zh);
      expect(e.message.en.length).toBeGreaterThan(5);
      expect(JSON.stringify(e)).toContain(argument);
      const after = await t.db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM obligation');
      expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
    },
  );

  test('event-driven obligations: a window in working days, checked per dataset', async () => {
    const ok = await t.gql<{ setEventObligation: { event: string; workingDays: number } }>(
      `mutation { setEventObligation(dataset: SERVICE_INFO, event: "service-change", workingDays: 20) { event workingDays } }`,
      {},
      tokens['muni-approver'],
    );
    expect(ok.data?.setEventObligation).toEqual({ event: 'service-change', workingDays: 20 });
    const wrong = await t.gql(
      `mutation { setEventObligation(dataset: EXECUTIVE_PAY, event: "service-change", workingDays: 20) { id } }`,
      {},
      tokens['muni-approver'],
    );
    expect(errorOf(wrong).code).toBe('BAD_USER_INPUT');
  });

  test('a commission sees its own obligations; an enterprise the ones it owes; another commission none', async () => {
    const q = '{ obligations(dataset: EXECUTIVE_PAY) { period dueDate } }';
    const own = await t.gql<{ obligations: unknown[] }>(q, {}, tokens['ent-a']);
    expect(own.data?.obligations).toEqual([{ period: '2024', dueDate: '2025-09-30' }]);
    const other = await t.gql<{ obligations: unknown[] }>(q, {}, tokens['jd-approver']);
    expect(other.data?.obligations).toEqual([]);
    const dEnt = await t.gql<{ obligations: unknown[] }>(q, {}, tokens['ent-d']);
    expect(dEnt.data?.obligations).toEqual([]);
  });
});

describe('obligationStatus on the working-day calendar', () => {
  test('before the due date: NOT_DUE, then DUE_SOON within the lead (调休 Sunday counted)', async () => {
    expect((await statusOf('muni-reviewer', '2025-09-01'))[A]).toMatchObject({ state: 'NOT_DUE' });
    // After Fri 09-26: Sun 09-28 is a make-up working day, then 09-29, 09-30.
    expect((await statusOf('muni-reviewer', '2025-09-26'))[A]).toMatchObject({
      state: 'DUE_SOON',
      workingDaysLeft: 3,
    });
  });

  test('overdue by working days: the National Day holiday does not count, the 调休 Saturday does', async () => {
    // 10-01..10-08 off; 10-09 Thu is the first working day after the due date.
    expect((await statusOf('muni-reviewer', '2025-10-08'))[A]).toMatchObject({
      state: 'OVERDUE',
      workingDaysOverdue: 0,
    });
    expect((await statusOf('muni-reviewer', '2025-10-09'))[A]).toMatchObject({
      state: 'OVERDUE',
      workingDaysOverdue: 1,
    });
    // Sat 10-11 is worked (调休), Sun 10-12 is not.
    expect((await statusOf('muni-reviewer', '2025-10-12'))[B]).toMatchObject({
      state: 'OVERDUE',
      workingDaysOverdue: 3,
    });
  });

  test('a day a regulator stored as a holiday counts too', async () => {
    const add = await t.gql(
      `mutation { addCalendarDays(year: 2025, note: "测试通知", days: [{ date: "2025-10-10", kind: HOLIDAY }]) { coveredYears } }`,
      {},
      tokens['muni-approver'],
    );
    expect(add.errors).toBeUndefined();
    expect((await statusOf('muni-reviewer', '2025-10-12'))[B]).toMatchObject({ workingDaysOverdue: 2 });
    await t.gql(
      `mutation { removeCalendarDays(year: 2025, dates: ["2025-10-10"], note: "撤销测试") { coveredYears } }`,
      {},
      tokens['muni-approver'],
    );
    expect((await statusOf('muni-reviewer', '2025-10-12'))[B]).toMatchObject({ workingDaysOverdue: 3 });
  });

  test('filed on time, filed late, and a filing after asOf does not count yet', async () => {
    await fileExecutivePay(t.db, 'ent-a', 2024, '2025-10-11T03:00:00Z');
    const late = (await statusOf('muni-reviewer', '2025-10-20'))[A];
    expect(late).toMatchObject({ state: 'LATE', workingDaysOverdue: 3, filedOn: '2025-10-11' });
    expect((await statusOf('muni-reviewer', '2025-10-10'))[A]).toMatchObject({
      state: 'OVERDUE',
      workingDaysOverdue: 2,
    });
    await fileExecutivePay(t.db, 'ent-b', 2024, '2025-09-30T15:30:00Z'); // 23:30 in China: on time
    expect((await statusOf('muni-reviewer', '2025-12-01'))[B]).toMatchObject({
      state: 'ON_TIME',
      workingDaysOverdue: 0,
    });
  }, 60_000);

  test('an enterprise sees only its own rows; another commission sees none of these', async () => {
    const own = await statusOf('ent-a', '2025-10-20');
    expect(Object.keys(own)).toEqual([A]);
    expect(await statusOf('jd-approver', '2025-10-20')).toEqual({});
  });

  test('service information binds public-service enterprises only (those with an industry)', async () => {
    const set = await t.gql(
      SET,
      { dataset: 'SERVICE_INFO', period: '2025', dueDate: '2025-03-31' },
      tokens['muni-approver'],
    );
    expect(set.errors).toBeUndefined();
    const result = await t.gql<StatusRows>(
      `{ obligationStatus(asOf: "2025-04-01", dataset: SERVICE_INFO) { enterprise { uscc } state workingDaysOverdue } }`,
      {},
      tokens['muni-reviewer'],
    );
    expect(result.data!.obligationStatus).toEqual([
      { enterprise: { uscc: B }, state: 'OVERDUE', workingDaysOverdue: 1 },
    ]);
  });

  test('a bad asOf is a coded refusal', async () => {
    const result = await t.gql(STATUS, { asOf: '2025-13-01' }, tokens['muni-reviewer']);
    expect(errorOf(result)).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
