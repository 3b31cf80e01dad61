// The working-day calendar regulators extend: who may change it, that uploads count the added days,
// and that a year nobody has added is never counted Monday–Friday silently.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../src/auth/password.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { disclosure2027Csv, NOTICE_2027, SPRING_FESTIVAL_2027 } from '../support/calendar-2027.js';
import { ENTERPRISE_A } from '../support/files.js';
import { upload } from '../support/upload.js';

const ADD = `mutation($year: Int!, $note: String!, $days: [CalendarDayInput!]!) {
  addCalendarDays(year: $year, note: $note, days: $days) { coveredYears overrides { date kind note createdBy } }
}`;
const REMOVE = `mutation($year: Int!, $dates: [String!]!, $note: String!) {
  removeCalendarDays(year: $year, dates: $dates, note: $note) { coveredYears overrides { date } }
}`;
const CALENDAR = `query($year: Int) { holidayCalendar(year: $year) { officialYears coveredYears overrides { date kind note createdBy } } }`;
const ISSUES = `query($id: ID!) { submission(id: $id) { status issues(first: 20) { nodes { severity code row column field } } } }`;

describe('the holiday calendar regulators extend', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let serial = 0;
  const add2027 = (token?: string, days = SPRING_FESTIVAL_2027) =>
    t.gql(ADD, { year: 2027, note: NOTICE_2027, days }, token);
  /** Uploads a fresh 2027 disclosure as ent-a and returns its issues. */
  const upload2027 = async () => {
    const file = { name: '产权交易.csv', content: disclosure2027Csv(ENTERPRISE_A, ++serial) };
    const uploaded = await upload(t, tokens['ent-a'], 'PROPERTY_TRANSACTIONS', file);
    const id = uploaded.data?.uploadSubmission.id;
    const found = await t.gql<{ submission: { status: string; issues: { nodes: unknown[] } } }>(
      ISSUES,
      { id },
      tokens['ent-a'],
    );
    return found.data!.submission;
  };

  beforeAll(async () => {
    t = await createTestApp();
    for (const u of ['ent-a', 'muni-reviewer', 'muni-approver', 'jd-reviewer', 'jd-approver'])
      tokens[u] = await t.tokenFor(u);
  });
  afterAll(() => t.dispose());

  test('without 2027 on file, the count assumes Monday–Friday and a warning says so at the date', async () => {
    expect(await upload2027()).toEqual({
      status: 'VALIDATED',
      issues: {
        nodes: [
          {
            severity: 'WARNING',
            code: 'calendar-year-unknown',
            row: 2,
            column: 'O',
            field: 'listingStartDate',
          },
        ],
      },
    });
  });

  test.each(['ent-a', 'muni-reviewer', 'jd-reviewer'])('%s may not change the calendar', async (user) => {
    const result = await add2027(tokens[user]);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('a district approver adds 2027’s Spring Festival: it applies platform-wide, audited', async () => {
    const added = await add2027(tokens['jd-approver']);
    expect(added.errors).toBeUndefined();
    const calendar = (added.data as { addCalendarDays: { coveredYears: number[]; overrides: unknown[] } })
      .addCalendarDays;
    expect(calendar.coveredYears).toContain(2027);
    expect(calendar.overrides).toHaveLength(7);
    expect(calendar.overrides[0]).toEqual({
      date: '2027-02-05',
      kind: 'HOLIDAY',
      note: NOTICE_2027,
      createdBy: 'jd-approver',
    });
    const audit = await t.db.prisma.auditLog.findFirst({ where: { action: 'calendar-add-days' } });
    expect(audit).toMatchObject({ actorUsername: 'jd-approver', details: { year: 2027, note: NOTICE_2027 } });
  });

  test('a municipal enterprise’s upload now counts the real working days, with no warning', async () => {
    expect(await upload2027()).toEqual({
      status: 'VALIDATION_FAILED',
      issues: {
        nodes: [
          {
            severity: 'ERROR',
            code: 'disclosure-period-too-short',
            row: 2,
            column: 'P',
            field: 'listingEndDate',
          },
        ],
      },
    });
  });

  test('every regulator reads the calendar; a filer may not', async () => {
    const read = await t.gql<{ holidayCalendar: { officialYears: number[]; overrides: unknown[] } }>(
      CALENDAR,
      { year: 2027 },
      tokens['muni-reviewer'],
    );
    expect(read.data?.holidayCalendar.officialYears).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    expect(read.data?.holidayCalendar.overrides).toHaveLength(7);
    const filer = await t.gql(CALENDAR, {}, tokens['ent-a']);
    expect(filer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test.each([
    [
      'a date far from the year',
      { year: 2027, note: NOTICE_2027, days: [{ date: '2029-02-01', kind: 'HOLIDAY' }] },
    ],
    ['no such date', { year: 2027, note: NOTICE_2027, days: [{ date: '2027-02-30', kind: 'HOLIDAY' }] }],
    ['a blank note', { year: 2027, note: '  ', days: [{ date: '2027-02-01', kind: 'HOLIDAY' }] }],
    ['no days', { year: 2027, note: NOTICE_2027, days: [] }],
  ])('refuses %s', async (_label, variables) => {
    const result = await t.gql(ADD, variables, tokens['muni-approver']);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('an approver removes the days: 2027 is unknown again, audited', async () => {
    const dates = SPRING_FESTIVAL_2027.map((d) => d.date);
    const removed = await t.gql(REMOVE, { year: 2027, dates, note: '测试撤回' }, tokens['muni-approver']);
    expect(removed.data).toEqual({
      removeCalendarDays: {
        coveredYears: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
        overrides: [],
      },
    });
    const again = await t.gql(REMOVE, { year: 2027, dates, note: '测试撤回' }, tokens['muni-approver']);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const audit = await t.db.prisma.auditLog.findFirst({ where: { action: 'calendar-remove-days' } });
    expect(audit).toMatchObject({ actorUsername: 'muni-approver', details: { year: 2027 } });
    expect((await upload2027()).issues.nodes).toEqual([
      expect.objectContaining({ code: 'calendar-year-unknown' }),
    ]);
  });

  test('a platform admin may change the calendar too', async () => {
    await t.db.prisma.user.create({
      data: {
        username: 'admin',
        displayName: '平台管理员',
        role: 'PLATFORM_ADMIN',
        passwordHash: await hashPassword('admin-password'),
      },
    });
    const added = await add2027(await t.tokenFor('admin', 'admin-password'), [
      { date: '2027-01-01', kind: 'HOLIDAY' },
    ]);
    expect(added.errors).toBeUndefined();
  });
});
