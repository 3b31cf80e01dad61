import type { TestApp } from '../support/app.js';
import { busItemCsv, type FileOptions, fileEvents, type Stage, stagesCsv } from './event-support.js';

const PT = 'PROPERTY_TRANSACTIONS';
const SI = 'SERVICE_INFO';
const at = (day: string) => `${day}T10:00:00+08:00`;
const stage3: Stage = { code: 'G32025SH1000003', stage: '正式披露', listing: ['2025-09-01', '2025-10-20'] };
const result = (code: string, listing: [string, string], deal: string, remarks?: string): Stage => ({
  code,
  stage: '成交公告',
  listing,
  deal,
  remarks,
});

/**
 * 上海市国资委: stages disclosed within 5 working days, service changes within 20; 嘉定: stages
 * within 10. Around National Day 2025: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) worked.
 * Returns each filing's receipt code by name.
 */
export async function buildEventFixture(t: TestApp, tokens: Record<string, string>) {
  const setEvent = `mutation($d: DatasetKey!, $e: String!, $w: Int!) { setEventObligation(dataset: $d, event: $e, workingDays: $w) { id } }`;
  for (const [d, e, w, who] of [
    [PT, 'transaction-stage', 5, 'muni-approver'],
    [SI, 'service-change', 20, 'muni-approver'],
    [PT, 'transaction-stage', 10, 'jd-approver'],
  ] as const) {
    const set = await t.gql(setEvent, { d, e, w }, tokens[who]);
    if (set.errors) throw new Error(JSON.stringify(set.errors));
  }
  const receipts: Record<string, { id: string; receiptCode: string }> = {};
  const file = async (
    name: string,
    owner: 'a' | 'b' | 'd',
    dataset: typeof PT | typeof SI,
    csv: string,
    day: string,
    options?: FileOptions,
  ) => {
    receipts[name] = await fileEvents(t.db, owner, dataset, csv, at(day), options);
  };
  // 正式披露 from Tue 09-30: due 10-14 on the built-in calendar (10-09, 10-10, 10-11, 10-13, 10-14).
  const formal: Stage = { code: 'G32025SH1000001', stage: '正式披露', listing: ['2025-09-30', '2025-11-10'] };
  await file('formal', 'a', PT, stagesCsv('a', [formal]), '2025-10-15');
  // 成交公告 of a deal on Fri 09-26: 09-28 (调休), 09-29, 09-30, 10-09, 10-10 → due 10-10.
  const deal = result('G32025SH1000002', ['2025-08-01', '2025-08-29'], '2025-09-26');
  await file('result', 'a', PT, stagesCsv('a', [deal]), '2025-10-16');
  // Sent back: not filed. Filed again (with a 预披露 that gives no date) on Sat 09-20.
  await file('returned', 'a', PT, stagesCsv('a', [stage3]), '2025-09-05', { returned: true });
  const pre: Stage = { code: 'Q32025SH1000004', stage: '预披露' };
  await file('again', 'a', PT, stagesCsv('a', [{ ...stage3, remarks: '已核对' }, pre]), '2025-09-20');
  // Filed 11-20 with a wrong deal date (11-03: due 11-10), corrected on 12-15 to 11-14 (due 11-21).
  const typo = result('G32025SH1000008', ['2025-10-09', '2025-11-03'], '2025-11-03');
  await file('original', 'a', PT, stagesCsv('a', [typo]), '2025-11-20', { published: true });
  const fixed = { ...typo, deal: '2025-11-14', remarks: '更正成交日期' };
  const corrects = receipts.original!.id;
  await file('correction', 'a', PT, stagesCsv('a', [fixed]), '2025-12-15', { corrects });
  // Due in 2026 and in 2024: outside 2025's figures.
  const late2025 = result('G32025SH1000005', ['2025-11-03', '2025-12-01'], '2025-12-29');
  await file('next', 'a', PT, stagesCsv('a', [late2025]), '2025-12-30');
  const old: Stage = { code: 'G32024SH1000006', stage: '正式披露', listing: ['2024-12-02', '2025-01-10'] };
  await file('before', 'a', PT, stagesCsv('a', [old]), '2024-12-03');
  // 嘉定's enterprise: 06-02 + 10 working days = 06-16; filed 08-01.
  const district: Stage = {
    code: 'G32025SH1000007',
    stage: '正式披露',
    listing: ['2025-06-02', '2025-07-15'],
  };
  await file('district', 'd', PT, stagesCsv('d', [district]), '2025-08-01');
  // Buses: a timetable change from Fri 09-26 (due 10-30 built in); a standard from 03-03 (due 03-31).
  const timetable = busItemCsv('71路首末班时间调整', '运营时间', '2025-09-26 05:00', '2025-09-19 09:00');
  await file('timetable', 'b', SI, timetable, '2025-10-31');
  const standard = busItemCsv('公交服务标准', '服务标准', '2025-03-03 00:00', '2025-02-24 09:00');
  await file('standard', 'b', SI, standard, '2025-12-01');
  return receipts;
}
