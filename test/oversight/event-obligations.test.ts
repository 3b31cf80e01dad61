import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addCalendarDays } from '../../src/calendar/calendar.service.js';
import { actorByUsername } from '../../src/demo/actors.js';
import { annualReport } from '../../src/oversight/report/annual-report.service.js';
import { annualReportWorkbook } from '../../src/oversight/report/xlsx.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { buildEventFixture } from './event-fixture.js';

let t: TestApp;
const tokens: Record<string, string> = {};
let receipts: Record<string, { id: string; receiptCode: string }> = {};

const LIST = `query($d: DatasetKey!, $from: Date!, $to: Date!, $asOf: Date, $late: Boolean, $first: Int, $after: String) {
  eventObligationStatus(dataset: $d, from: $from, to: $to, asOf: $asOf, lateOnly: $late, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { enterprise { uscc } obligation { event workingDays } receiptCode rowNumber recordKey title
            eventDate dueDate filedOn state workingDaysLate } } }`;

interface Node {
  enterprise: { uscc: string };
  receiptCode: string;
  rowNumber: number;
  recordKey: string;
  title: string | null;
  eventDate: string | null;
  dueDate: string | null;
  filedOn: string;
  state: string;
  workingDaysLate: number;
}
type List = {
  eventObligationStatus: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Node[];
  };
};

const YEAR = { from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31' };
const list = async (user: string, vars: Record<string, unknown>) => {
  const result = await t.gql<List>(LIST, { d: 'PROPERTY_TRANSACTIONS', ...YEAR, ...vars }, tokens[user]);
  expect(result.errors).toBeUndefined();
  return result.data!.eventObligationStatus;
};
const brief = (n: Node) => [n.recordKey, n.eventDate, n.dueDate, n.filedOn, n.state, n.workingDaysLate];

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['muni-approver', 'muni-reviewer', 'jd-approver', 'jd-reviewer', 'ent-a', 'ent-b', 'ent-d'])
    tokens[u] = await t.tokenFor(u);
  receipts = await buildEventFixture(t, tokens);
}, 180_000);
afterAll(() => t?.dispose());

describe('eventObligationStatus', () => {
  test('a stored holiday moves due dates: late before it is stored, on time after', async () => {
    const before = await list('muni-reviewer', {});
    expect(before.nodes.find((n) => n.recordKey === 'G32025SH1000001|FORMAL')).toMatchObject({
      dueDate: '2025-10-14',
      state: 'LATE',
      workingDaysLate: 1,
    });
    // A regulator stores Tue 10-14 as a holiday (as if the notice had said so).
    await addCalendarDays(t.db, await actorByUsername(t.db, 'muni-approver'), {
      year: 2025,
      note: '测试：补充假日',
      days: [{ date: '2025-10-14', kind: 'HOLIDAY' }],
    });
    const after = await list('muni-reviewer', {});
    expect(after.totalCount).toBe(5);
    expect(after.nodes.map(brief)).toEqual([
      // 09-09..09-19: nine working days late; 09-20 is a Saturday like any other.
      ['G32025SH1000003|FORMAL', '2025-09-01', '2025-09-08', '2025-09-20', 'LATE', 9],
      // 10-11 (调休 Saturday), 10-13, 10-15, 10-16: the stored holiday 10-14 does not count.
      ['G32025SH1000002|RESULT', '2025-09-26', '2025-10-10', '2025-10-16', 'LATE', 4],
      ['G32025SH1000001|FORMAL', '2025-09-30', '2025-10-15', '2025-10-15', 'ON_TIME', 0],
      // The corrected deal date (11-14) counts, and the first filing's day (11-20).
      ['G32025SH1000008|RESULT', '2025-11-14', '2025-11-21', '2025-11-20', 'ON_TIME', 0],
      ['Q32025SH1000004|PRE', null, null, '2025-09-20', 'UNDATED', 0],
    ]);
    expect(after.nodes[3]!.receiptCode).toBe(receipts.original!.receiptCode);
    expect(after.nodes[0]).toMatchObject({
      receiptCode: receipts.again!.receiptCode,
      rowNumber: 2,
      title: 'G32025SH1000003股权转让',
      enterprise: { uscc: '913100001322000126' },
    });
  });

  test('a returned submission is not a filing; a later filing date (asOf) is not known yet', async () => {
    const all = await list('muni-reviewer', { to: '2026-12-31' });
    expect(all.nodes.map((n) => n.receiptCode)).not.toContain(receipts.returned!.receiptCode);
    expect(all.nodes.map((n) => n.recordKey)).toContain('G32025SH1000005|RESULT');
    const early = await list('muni-reviewer', { asOf: '2025-10-15' });
    expect(early.nodes.map((n) => n.recordKey)).toEqual([
      'G32025SH1000003|FORMAL',
      'G32025SH1000001|FORMAL',
      'Q32025SH1000004|PRE',
    ]);
    // Before the correction was filed, the original's deal date (11-03) held: due 11-10, late 11-11..11-20.
    const uncorrected = await list('muni-reviewer', { asOf: '2025-12-01' });
    expect(uncorrected.nodes.filter((n) => n.recordKey === 'G32025SH1000008|RESULT').map(brief)).toEqual([
      ['G32025SH1000008|RESULT', '2025-11-03', '2025-11-10', '2025-11-20', 'LATE', 8],
    ]);
  });

  test('lateOnly and pages', async () => {
    const late = await list('muni-reviewer', { late: true });
    expect(late.nodes.map((n) => n.state)).toEqual(['LATE', 'LATE']);
    const first = await list('muni-reviewer', { first: 3 });
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const rest = await list('muni-reviewer', { first: 3, after: first.pageInfo.endCursor });
    expect(rest.nodes.map((n) => n.recordKey)).toEqual(['G32025SH1000008|RESULT', 'Q32025SH1000004|PRE']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  test('service changes: 20 working days across National Day and the stored holiday', async () => {
    const r = await list('muni-reviewer', { d: 'SERVICE_INFO' });
    expect(r.nodes.map(brief)).toEqual([
      [
        'BUS|SERVICE_STANDARD|公交服务标准|2025-03-03T00:00:00|71|',
        '2025-03-03',
        '2025-03-31',
        '2025-12-01',
        'LATE',
        expect.any(Number),
      ],
      [
        'BUS|OPERATING_HOURS|71路首末班时间调整|2025-09-26T05:00:00|71|',
        '2025-09-26',
        '2025-10-31',
        '2025-10-31',
        'ON_TIME',
        0,
      ],
    ]);
    expect(r.nodes[0]!.workingDaysLate).toBeGreaterThan(150);
    const own = await list('ent-b', { d: 'SERVICE_INFO' });
    expect(own.totalCount).toBe(2);
  });

  test('strangers get nothing about muni enterprises, not even a count', async () => {
    const jd = await list('jd-reviewer', {});
    expect(jd.nodes.map(brief)).toEqual([
      ['G32025SH1000007|FORMAL', '2025-06-02', '2025-06-16', '2025-08-01', 'LATE', expect.any(Number)],
    ]);
    expect(jd.totalCount).toBe(1);
    expect((await list('ent-d', {})).totalCount).toBe(1);
    expect((await list('jd-reviewer', { d: 'SERVICE_INFO' })).totalCount).toBe(0);
    expect((await list('ent-b', {})).totalCount).toBe(0);
    expect((await list('ent-a', { d: 'SERVICE_INFO' })).totalCount).toBe(0);
    const own = await list('ent-a', {});
    expect(own.totalCount).toBe(5);
    expect(new Set(own.nodes.map((n) => n.enterprise.uscc))).toEqual(new Set(['913100001322000126']));
    const anonymous = await t.gql(LIST, { d: 'PROPERTY_TRANSACTIONS', ...YEAR });
    expect(anonymous.data?.eventObligationStatus ?? null).toBeNull();
  });

  test.each([
    [{ d: 'EXECUTIVE_PAY' }, 'dataset', '没有事项类报送义务', 'no event-driven obligations'],
    [{ from: '2025-12-31', to: '2025-01-01' }, 'from', '晚于', 'is after'],
    [{ after: 'bm9wZQ' }, 'after', '游标', 'cursor'],
  ])('bad input %o is a coded refusal naming %s', async (vars, argument, zh, en) => {
    const result = await t.gql(
      LIST,
      { d: 'PROPERTY_TRANSACTIONS', ...YEAR, ...vars },
      tokens['muni-reviewer'],
    );
    const e = result.errors?.[0]?.extensions as {
      code: string;
      argument: string;
      message: { zh: string; en: string };
    };
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(e.message.zh).toContain(zh);
    expect(e.message.en).toContain(en);
  });
});

const REPORT = `query($y: Int!) { annualReport(year: $y) { eventTimeliness { asOf total { onTime late undated total }
  byObligation { dataset event workingDays tally { onTime late undated } } } } }`;

describe('annual report: event-driven timeliness', () => {
  test('matches the hand-computed figures, per commission', async () => {
    const muni = await t.gql<{ annualReport: unknown }>(REPORT, { y: 2025 }, tokens['muni-reviewer']);
    expect(muni.errors).toBeUndefined();
    expect(muni.data!.annualReport).toEqual({
      eventTimeliness: {
        asOf: '2025-12-31',
        total: { onTime: 3, late: 3, undated: 1, total: 7 },
        byObligation: [
          {
            dataset: 'PROPERTY_TRANSACTIONS',
            event: 'transaction-stage',
            workingDays: 5,
            tally: { onTime: 2, late: 2, undated: 1 },
          },
          {
            dataset: 'SERVICE_INFO',
            event: 'service-change',
            workingDays: 20,
            tally: { onTime: 1, late: 1, undated: 0 },
          },
        ],
      },
    });
    const jd = await t.gql<{ annualReport: unknown }>(REPORT, { y: 2025 }, tokens['jd-reviewer']);
    expect(jd.data!.annualReport).toEqual({
      eventTimeliness: {
        asOf: '2025-12-31',
        total: { onTime: 0, late: 1, undated: 0, total: 1 },
        byObligation: [
          {
            dataset: 'PROPERTY_TRANSACTIONS',
            event: 'transaction-stage',
            workingDays: 10,
            tally: { onTime: 0, late: 1, undated: 0 },
          },
        ],
      },
    });
    const report = await annualReport(t.db, await actorByUsername(t.db, 'muni-approver'), 2025);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await annualReportWorkbook(report)) as never);
    const rows = workbook
      .getWorksheet('七、事项类报送及时性')!
      .getSheetValues()
      .slice(3)
      .map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(rows).toEqual([
      ['数据集', '事项', '时限（工作日）', '按时报送', '逾期报送', '事项日期未填'],
      ['国有产权交易', '产权交易各披露阶段（预披露、正式披露、成交公告）', 5, 2, 2, 1],
      ['服务信息', '服务信息变更', 20, 1, 1, 0],
      ['合计', '', '', 3, 3, 1],
    ]);
    const next = await t.gql<{ annualReport: { eventTimeliness: { total: unknown } } }>(
      REPORT,
      { y: 2026 },
      tokens['muni-reviewer'],
    );
    expect(next.data!.annualReport.eventTimeliness.total).toEqual({
      onTime: 1,
      late: 0,
      undated: 0,
      total: 1,
    });
  });
});
