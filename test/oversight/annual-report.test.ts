import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { actorByUsername } from '../../src/demo/actors.js';
import { publishSubmission } from '../../src/publishing/publish.service.js';
import { reviewSubmission } from '../../src/submissions/review.service.js';
import { submitSubmission } from '../../src/submissions/submit.service.js';
import { uploadSubmission } from '../../src/submissions/upload.service.js';
import { propertyTransactionsCsv } from '../delivery/publish.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { submissionInState } from '../support/scenario.js';
import { errorOf, fileExecutivePay } from './support.js';

let t: TestApp;
let base: string;
const tokens: Record<string, string> = {};

/** Every timestamp of the fixture, moved from today to 2025-06-01 (China), keeping their order. */
const SHIFT = `('2025-06-01T00:00:00+08:00'::timestamptz - date_trunc('day', now()))`;

async function buildFixture() {
  const db = t.db;
  const filer = await actorByUsername(db, 'ent-a');
  const reviewer = await actorByUsername(db, 'muni-reviewer');
  const approver = await actorByUsername(db, 'muni-approver');
  const s1 = await submissionInState(db, 'a', 'PUBLISHED');
  await submissionInState(db, 'a', 'WITHDRAWN');
  await submissionInState(db, 'a', 'SUPERSEDED'); // the original and its published correction
  await submissionInState(db, 'a', 'RETURNED'); // reason 请核对
  const s5 = await submissionInState(db, 'a', 'PENDING_REVIEW');
  await reviewSubmission(db, reviewer, {
    id: s5,
    decision: 'RETURN',
    reason: '请补充说明',
    notes: [
      { reason: '职务填写不规范', field: 'position' },
      { reason: '第2行有误', row: 2 },
    ],
  });
  const bytes = new TextEncoder().encode(propertyTransactionsCsv(2, 7));
  const pt = (
    await uploadSubmission(
      db,
      filer,
      { dataset: 'PROPERTY_TRANSACTIONS', filename: 'pt.csv', bytes },
      { maxBytes: 1e7 },
    )
  ).submissionId;
  await submitSubmission(db, filer, { id: pt });
  await reviewSubmission(db, reviewer, { id: pt, decision: 'APPROVE' });
  await publishSubmission(db, approver, pt);
  await submissionInState(db, 'd', 'PUBLISHED'); // another commission's: never counted here
  await submissionInState(db, 'd', 'RETURNED');
  for (const [table, columns] of [
    ['submission', ['uploaded_at', 'submitted_at', 'reviewed_at', 'published_at', 'withdrawn_at']],
    ['published_record', ['published_at', 'superseded_at', 'withdrawn_at']],
    ['review_note', ['created_at']],
    ['delivery_event', ['created_at']],
  ] as const)
    await db.sql.query(`UPDATE ${table} SET ${columns.map((c) => `${c} = ${c} + ${SHIFT}`).join(', ')}`);
  // 2025-01-01 01:00 in China (still 2024 in UTC) belongs to 2025.
  await db.sql.query(
    `UPDATE published_record SET published_at = '2024-12-31T17:00:00Z' WHERE submission_id = $1`,
    [s1],
  );
  await db.sql.query(
    `UPDATE delivery_event SET status = 'failed' WHERE id = (SELECT min(id::text)::uuid FROM delivery_event)`,
  );
  await fileExecutivePay(db, 'ent-b', 2023, '2025-10-10T02:00:00Z'); // late
  const set = `mutation($d: DatasetKey!, $p: String!, $due: Date!) { setObligation(dataset: $d, period: $p, dueDate: $due) { id } }`;
  for (const [d, p, due, who] of [
    ['EXECUTIVE_PAY', '2023', '2025-09-30', 'muni-approver'],
    ['PERFORMANCE_REVIEWS', '2024', '2025-09-30', 'muni-approver'],
    ['EXECUTIVE_PAY', '2025', '2026-09-30', 'muni-approver'], // due next year: not in 2025's figures
    ['EXECUTIVE_PAY', '2023', '2025-09-30', 'jd-approver'],
  ])
    expect((await t.gql(set, { d, p, due }, tokens[who!])).errors).toBeUndefined();
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['muni-approver', 'muni-reviewer', 'jd-approver', 'jd-reviewer', 'ent-a'])
    tokens[u] = await t.tokenFor(u);
  await buildFixture();
  await new Promise<void>((resolve) => t.app.server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}, 180_000);
afterAll(async () => {
  await new Promise((resolve) => t?.app.server.close(resolve));
  await t?.dispose();
});

const REPORT = `query($y: Int!) { annualReport(year: $y) { year regulatorName
  published { dataset records submissions }
  timeliness { asOf submissions { onTime late missing notDue total } enterprises { onTime late missing notDue total }
               byObligation { dataset period dueDate tally { onTime late missing notDue } } }
  returns { total byDataset { dataset count } reasons { category dataset label { zh } count } }
  corrections withdrawals deliveries { total delivered failed pending } } }`;

describe('annualReport', () => {
  test('matches the hand-computed fixture for 上海市国资委, 2025', async () => {
    const result = await t.gql<{ annualReport: unknown }>(REPORT, { y: 2025 }, tokens['muni-reviewer']);
    expect(result.errors).toBeUndefined();
    expect(result.data!.annualReport).toEqual({
      year: 2025,
      regulatorName: '上海市国资委',
      published: [
        { dataset: 'PROPERTY_TRANSACTIONS', records: 2, submissions: 1 },
        { dataset: 'EXECUTIVE_PAY', records: 4, submissions: 4 },
      ],
      timeliness: {
        asOf: '2025-12-31',
        submissions: { onTime: 1, late: 1, missing: 2, notDue: 0, total: 4 },
        enterprises: { onTime: 0, late: 0, missing: 2, notDue: 0, total: 2 },
        byObligation: [
          {
            dataset: 'EXECUTIVE_PAY',
            period: '2023',
            dueDate: '2025-09-30',
            tally: { onTime: 1, late: 1, missing: 0, notDue: 0 },
          },
          {
            dataset: 'PERFORMANCE_REVIEWS',
            period: '2024',
            dueDate: '2025-09-30',
            tally: { onTime: 0, late: 0, missing: 2, notDue: 0 },
          },
        ],
      },
      returns: {
        total: 2,
        byDataset: [{ dataset: 'EXECUTIVE_PAY', count: 2 }],
        reasons: [
          { category: 'general', dataset: null, label: { zh: '总体意见' }, count: 2 },
          { category: 'position', dataset: 'EXECUTIVE_PAY', label: { zh: '职务' }, count: 1 },
          { category: 'row', dataset: null, label: { zh: '指定行' }, count: 1 },
        ],
      },
      corrections: 1,
      withdrawals: 1,
      deliveries: { total: 2, delivered: 0, failed: 1, pending: 1 },
    });
  });

  test('another commission sees only its own; the year before is empty; enterprises may not ask', async () => {
    const jd = await t.gql<{ annualReport: { published: unknown[]; returns: { total: number } } }>(
      REPORT,
      { y: 2025 },
      tokens['jd-reviewer'],
    );
    expect(jd.data!.annualReport.published).toEqual([
      { dataset: 'EXECUTIVE_PAY', records: 1, submissions: 1 },
    ]);
    expect(jd.data!.annualReport.returns.total).toBe(1);
    const before = await t.gql<{ annualReport: { published: unknown[]; corrections: number } }>(
      REPORT,
      { y: 2024 },
      tokens['muni-reviewer'],
    );
    expect(before.data!.annualReport).toMatchObject({ published: [], corrections: 0 });
    expect(errorOf(await t.gql(REPORT, { y: 2025 }, tokens['ent-a'])).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(REPORT, { y: 99 }, tokens['muni-reviewer'])).code).toBe('BAD_USER_INPUT');
  });

  test('the XLSX lays the same figures out as report tables with zh headers', async () => {
    const response = await fetch(`${base}/api/reports/annual/2025.xlsx`, {
      headers: { authorization: `Bearer ${tokens['muni-reviewer']}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const values = (sheet: string) =>
      workbook
        .getWorksheet(sheet)!
        .getSheetValues()
        .slice(1)
        .map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '一、主动公开情况',
      '二、报送及时性',
      '三、企业报送情况',
      '四、退回情况',
      '五、更正与撤回',
      '六、向公共资源交易平台推送',
      '七、事项类报送及时性',
    ]);
    const published = values('一、主动公开情况');
    expect(published[0]![0]).toBe('上海市国资委2025年度国有企业信息公开工作统计：主动公开情况');
    expect(published.slice(2)).toEqual([
      ['数据集', '公开记录数', '公开批次'],
      ['国有产权交易', 2, 1],
      ['企业负责人薪酬', 4, 4],
    ]);
    expect(values('二、报送及时性').slice(2)).toEqual([
      ['数据集', '报告期', '截止日期', '按时报送', '逾期报送', '未报送', '未到期'],
      ['企业负责人薪酬', '2023', '2025-09-30', 1, 1, 0, 0],
      ['经营业绩考核结果', '2024', '2025-09-30', 0, 0, 2, 0],
      ['合计', '', '', 1, 1, 2, 0],
    ]);
    expect(values('四、退回情况').slice(3)).toEqual([
      ['总体意见', '', 2],
      ['职务', '企业负责人薪酬', 1],
      ['指定行', '', 1],
      ['退回次数合计', '', 2],
    ]);
    expect(values('六、向公共资源交易平台推送').slice(2)).toEqual([
      ['推送总数', '已送达', '失败', '待送达'],
      [2, 0, 1, 1],
    ]);
    // No event-driven obligation set here: only the total row (event-obligations.test.ts has figures).
    expect(values('七、事项类报送及时性').slice(2)).toEqual([
      ['数据集', '事项', '时限（工作日）', '按时报送', '逾期报送', '事项日期未填'],
      ['合计', '', '', 0, 0, 0],
    ]);
    const stranger = await fetch(`${base}/api/reports/annual/2025.xlsx`, {
      headers: { authorization: `Bearer ${tokens['ent-a']}` },
    });
    expect(stranger.status).toBe(403);
    expect((await fetch(`${base}/api/reports/annual/2025.xlsx`)).status).toBe(401);
  });
});
