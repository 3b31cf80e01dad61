// 经营业绩考核结果 probes: annual and term results with the 一利五率 indicators.
import { ENT, usccWrongCheck } from './ids.js';
import type { Probe } from './probe.js';
import { buildTable, type Cell, type TableLayout, toCsv, toXlsx } from './sheet.js';

const COLUMNS: TableLayout['columns'] = [
  { key: null, header: '序号' },
  { key: 'reviewType', header: '考核类型' },
  { key: 'period', header: '考核期间' },
  { key: 'enterpriseName', header: '企业名称' },
  { key: 'enterpriseCode', header: '统一社会信用代码' },
  { key: 'legalRepresentative', header: '法定代表人' },
  { key: 'score', header: '考核得分' },
  { key: 'grade', header: '考核等级' },
  { key: 'totalProfit', header: '利润总额\n（万元）' },
  { key: 'roe', header: '净资产收益率（%）' },
  { key: 'debtRatio', header: '资产负债率（%）' },
  { key: 'operatingCashRatio', header: '营业现金比率（%）' },
  { key: 'rdIntensity', header: '研发经费投入强度（%）' },
  { key: 'laborProductivity', header: '全员劳动生产率（万元/人）' },
  { key: 'capitalPreservationRate', header: '国有资本保值增值率（%）' },
  { key: 'remarks', header: '备注' },
];

const rec = (
  type: string,
  period: Cell,
  ent: { name: string; code: string },
  rep: string,
  score: Cell,
  grade: Cell,
  profit: Cell,
  ratios: Cell[],
): Record<string, Cell> => ({
  reviewType: type,
  period,
  enterpriseName: ent.name,
  enterpriseCode: ent.code,
  legalRepresentative: rep,
  score,
  grade,
  totalProfit: profit,
  roe: ratios[0],
  debtRatio: ratios[1],
  operatingCashRatio: ratios[2],
  rdIntensity: ratios[3],
  laborProductivity: ratios[4],
  capitalPreservationRate: ratios[5],
});

const CLEAN = [
  rec('年度', 2023, ENT.chengjian, '王建国', 96.5, 'A', 12345.67, [8.21, 56.3, 12.4, 2.35, 68.2, 106.8]),
  rec('年度', 2023, ENT.jiaotong, '孙立平', 88, 'B', -2351.2, [-1.52, 62.15, 5.6, 0.8, 21.4, 98.7]),
  rec('任期', '2021-2023', ENT.shuiwu, '徐国华', 91.25, 'A', 3520.5, [4.6, 48.9, 18.2, 1.2, 35.6, 104.1]),
  rec('年度考核', '2023年度', ENT.wuye, '马俊', 79.5, 'C级', 210.35, [3.1, 71.2, 4.4, 0, 18.9, 101.2]),
];

const above: Cell[][] = [
  ['2023年度市管企业经营业绩考核结果'],
  [null, null, null, null, null, null, null, '单位：万元'],
];

export async function performanceReviewProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  {
    const records = CLEAN.map((r) => ({ ...r }));
    records[1] = {
      ...records[1],
      totalProfit: { v: -2351.2, numFmt: '#,##0.00;(#,##0.00)' },
      debtRatio: { v: 0.6215, numFmt: '0.00%' },
    };
    records[2] = { ...records[2], period: '2021—2023年' };
    const t = buildTable({
      columns: COLUMNS,
      above,
      body: [...records, ['合计'], [], ['注：考核等级分为A、B、C、D四级。']],
    });
    probes.push({
      name: 'pr-clean.xlsx',
      dataset: 'performance-reviews',
      bytes: await toXlsx([{ name: '经营业绩考核结果', rows: t.rows, merges: ['A1:P1'] }]),
      expected: [],
      headerRow: 3,
      rowCount: 4,
    });
  }
  {
    const text = CLEAN.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ''])));
    text[0] = { ...text[0], totalProfit: '12,345.67', roe: '8.21%', grade: 'Ａ' };
    text[1] = { ...text[1], totalProfit: '(2,351.20)', rdIntensity: '０．８' };
    const t = buildTable({ columns: COLUMNS, above, body: text });
    probes.push({
      name: 'pr-clean-gbk.csv',
      dataset: 'performance-reviews',
      bytes: toCsv(t.rows, 'gbk'),
      expected: [],
      rowCount: 4,
      encoding: 'gb18030',
    });
  }
  {
    const r: Record<string, Cell>[] = [];
    r.push({ ...CLEAN[0], period: '2021-2023' }); // 0 annual with a range
    r.push({ ...CLEAN[2], period: '2020-2023' }); // 1 term of 4 years
    r.push({ ...CLEAN[2], enterpriseName: ENT.touzi.name, enterpriseCode: ENT.touzi.code, period: 2023 }); // 2 term with one year
    r.push({ ...CLEAN[1], grade: 'E' }); // 3 unknown grade
    r.push({ ...CLEAN[1], enterpriseCode: ENT.numeric.code, score: -3 }); // 4 negative score
    r.push({ ...CLEAN[3], debtRatio: '-5' }); // 5 negative debt ratio
    r.push({ ...CLEAN[0] }); // 6 duplicate of 0? no: 0 has period 2021-2023; this is 2023 → first; see 7
    r.push({ ...CLEAN[0], legalRepresentative: '王建国（代）' }); // 7 duplicate of 6
    r.push({ ...CLEAN[3], reviewType: '季度', enterpriseCode: usccWrongCheck('91310104MA1H2KQ36') }); // 8 enum + checksum
    r.push({ ...CLEAN[3], enterpriseName: null, period: '', enterpriseCode: ENT.jixie.code }); // 9 required
    r.push({ ...CLEAN[3], enterpriseCode: ENT.chengjian.code, roe: 'N/A', totalProfit: '约1200' }); // 10 type-error profit
    const t = buildTable({ columns: COLUMNS, above, body: r });
    probes.push({
      name: 'pr-errors.xlsx',
      dataset: 'performance-reviews',
      bytes: await toXlsx([{ name: '经营业绩考核结果', rows: t.rows, merges: ['A1:P1'] }]),
      expected: [
        t.at('review-period-format', 0, 'period'),
        t.at('review-term-length', 1, 'period'),
        t.at('review-period-format', 2, 'period'),
        t.at('review-grade-unknown', 3, 'grade'),
        t.at('minimum', 4, 'score'),
        t.at('minimum', 5, 'debtRatio'),
        t.at('unique-error', 7, 'reviewType'),
        t.at('enum-mismatch', 8, 'reviewType'),
        t.at('uscc-checksum', 8, 'enterpriseCode'),
        t.at('required-missing', 9, 'enterpriseName'),
        t.at('required-missing', 9, 'period'),
        t.at('type-error', 10, 'totalProfit'),
      ],
      rowCount: 11,
    });
  }
  {
    // Keys as headers in a UTF-8 CSV with a BOM, semicolon-free, plus a repeated header (printing).
    const columns = COLUMNS.filter((c) => c.key).map((c) => ({ key: c.key, header: c.key as string }));
    const text = CLEAN.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ''])));
    const t = buildTable({
      columns,
      above: [],
      body: [text[0]!, text[1]!, columns.map((c) => c.header), text[2]!, text[3]!],
    });
    probes.push({
      name: 'pr-keys-bom.csv',
      dataset: 'performance-reviews',
      bytes: toCsv(t.rows, 'utf8-bom'),
      expected: [],
      rowCount: 4,
      encoding: 'utf-8-bom',
    });
  }
  return probes;
}
