// 企业负责人薪酬 probes: the shapes published pay tables take, clean and with planted errors.
import { ENT, uscc, usccWrongCheck } from './ids.js';
import type { Probe } from './probe.js';
import { buildTable, type Cell, type TableLayout, toCsv, toXlsx } from './sheet.js';

const COLUMNS: TableLayout['columns'] = [
  { key: null, header: '序号' },
  { key: 'fiscalYear', header: '年度' },
  { key: 'enterpriseName', header: '*企业名称' },
  { key: 'enterpriseCode', header: '*统一社会信用代码' },
  { key: 'name', header: '*姓 名' },
  { key: 'position', header: '*职务' },
  { key: 'tenureStart', header: '任职起始' },
  { key: 'tenureEnd', header: '任职终止' },
  { key: 'baseSalary', header: '基本年薪\n（万元）' },
  { key: 'performanceSalary', header: '绩效年薪（万元）' },
  { key: 'annualSalaryPayable', header: '应付年薪（万元）' },
  { key: 'termIncentive', header: '任期激励收入' },
  { key: 'employerContributions', header: '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分' },
  { key: 'otherCashIncome', header: '其他货币性收入' },
  { key: 'totalPreTax', header: '税前报酬合计' },
  { key: 'paidByRelatedParty', header: '是否在股东单位或其他关联企业领取薪酬' },
  { key: 'relatedPartyPay', header: '关联方领取的税前薪酬总额' },
  { key: 'remarks', header: '备注' },
];

interface Pay {
  name: string;
  position: string;
  start: Cell;
  end: Cell;
  /** Amounts in 0.01 万元 (cents of 万元), so sums are computed exactly here. */
  base: number;
  perf: number;
  term: number;
  contrib: number;
  other: number;
  related?: number;
}

const money = (cents: number) => (cents / 100).toFixed(2);

/** A record with payable and total computed independently of the code under test. */
function payRecord(p: Pay, ent = ENT.chengjian, year: Cell = 2023): Record<string, Cell> {
  const payable = p.base + p.perf;
  const total = payable + p.term + p.contrib + p.other;
  return {
    fiscalYear: year,
    enterpriseName: ent.name,
    enterpriseCode: ent.code,
    name: p.name,
    position: p.position,
    tenureStart: p.start,
    tenureEnd: p.end,
    baseSalary: Number(money(p.base)),
    performanceSalary: Number(money(p.perf)),
    annualSalaryPayable: Number(money(payable)),
    termIncentive: p.term ? Number(money(p.term)) : null,
    employerContributions: Number(money(p.contrib)),
    otherCashIncome: p.other ? Number(money(p.other)) : null,
    totalPreTax: Number(money(total)),
    paidByRelatedParty: p.related === undefined ? '否' : '是',
    relatedPartyPay: p.related === undefined ? null : Number(money(p.related)),
    remarks: null,
  };
}

const PEOPLE: Pay[] = [
  {
    name: '王建国',
    position: '党委书记、董事长',
    start: '2019年1月',
    end: '至今',
    base: 2856,
    perf: 4284,
    term: 1230,
    contrib: 892,
    other: 0,
  },
  {
    name: '李红梅',
    position: '党委副书记、总经理',
    start: '2020-03',
    end: '至今',
    base: 2856,
    perf: 4012,
    term: 1050,
    contrib: 892,
    other: 50,
  },
  {
    name: '张志强',
    position: '副总经理',
    start: '2018.07',
    end: '2023年6月',
    base: 1285,
    perf: 1927,
    term: 0,
    contrib: 446,
    other: 0,
  },
  {
    name: '陈晓东',
    position: '总会计师',
    start: '2021-01',
    end: '',
    base: 2285,
    perf: 3199,
    term: 820,
    contrib: 892,
    other: 0,
    related: 320,
  },
];

const TITLE = '2023年度市管企业负责人薪酬情况表';
const above = (unit = '单位：万元'): Cell[][] => [
  [TITLE],
  [
    '填报单位：上海城建发展集团有限公司（盖章）',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    unit,
  ],
];
const NOTES: Cell[][] = [
  [],
  ['注：1.本表金额单位为万元，保留两位小数。'],
  ['2.任职终止填“至今”表示仍在任。'],
  ['填表人：周敏', null, null, null, '审核人：吴海涛', null, null, null, '填报日期：2024年3月15日'],
];

function totals(records: Record<string, Cell>[]): Cell[] {
  const sum = (key: string) =>
    Number(records.reduce((acc, r) => acc + Math.round(Number(r[key] ?? 0) * 100), 0) / 100).toFixed(2);
  return [
    '合计',
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    sum('baseSalary'),
    sum('performanceSalary'),
    sum('annualSalaryPayable'),
    sum('termIncentive'),
    sum('employerContributions'),
    sum('otherCashIncome'),
    sum('totalPreTax'),
  ];
}

const TITLE_MERGE = 'A1:R1';

export async function executivePayProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  const clean = PEOPLE.map((p) => payRecord(p));

  // 1. Clean XLSX as WPS saves it: title merged across, unit line, 合计, notes, a date cell.
  {
    const records = clean.map((r) => ({ ...r }));
    records[1] = {
      ...records[1],
      tenureStart: { v: new Date(Date.UTC(2020, 2, 1)), numFmt: 'yyyy"年"m"月"' },
    };
    const t = buildTable({ columns: COLUMNS, above: above(), body: [...records, totals(records), ...NOTES] });
    probes.push({
      name: 'ep-clean-wps.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: '企业负责人薪酬', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [],
      headerRow: 3,
      rowCount: 4,
    });
  }

  // 2. Clean GBK CSV from Chinese Excel: everything is text; full-width digits, placeholders.
  {
    const text = clean.map((r) => {
      const out: Record<string, Cell> = {};
      for (const [k, v] of Object.entries(r)) out[k] = v === null || v === undefined ? '' : String(v);
      return out;
    });
    text[0] = { ...text[0], baseSalary: '２８．５６', termIncentive: '12.30', remarks: '无' };
    text[2] = { ...text[2], termIncentive: '-', otherCashIncome: '—', relatedPartyPay: '／' };
    text[3] = { ...text[3], fiscalYear: '2023年', enterpriseCode: ` ${ENT.chengjian.code} ` };
    const t = buildTable({ columns: COLUMNS, above: above(), body: [...text, [], totals(clean), ...NOTES] });
    probes.push({
      name: 'ep-clean-gbk.csv',
      dataset: 'executive-pay',
      bytes: toCsv(t.rows, 'gbk'),
      expected: [],
      headerRow: 3,
      rowCount: 4,
      encoding: 'gb18030',
    });
  }

  // 3. 单位：元 — amounts in yuan with thousands separators (numbers and text).
  {
    const yuan = (v: Cell) => (typeof v === 'number' ? Math.round(v * 10000) : v);
    const records = clean.map((r) => {
      const out: Record<string, Cell> = { ...r };
      for (const k of [
        'baseSalary',
        'performanceSalary',
        'annualSalaryPayable',
        'termIncentive',
        'employerContributions',
        'otherCashIncome',
        'totalPreTax',
        'relatedPartyPay',
      ])
        out[k] = yuan(r[k]);
      return out;
    });
    records[0] = { ...records[0], baseSalary: '285,600.00', totalPreTax: { v: 926200, numFmt: '#,##0.00' } };
    const columns = COLUMNS.map((c) =>
      c.key === 'baseSalary'
        ? { ...c, header: '基本年薪' }
        : c.key === 'performanceSalary'
          ? { ...c, header: '绩效年薪' }
          : c.key === 'annualSalaryPayable'
            ? { ...c, header: '应付年薪' }
            : c,
    );
    const t = buildTable({ columns, above: above('单位：元'), body: records });
    probes.push({
      name: 'ep-clean-yuan.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: 'Sheet1', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [],
      headerRow: 3,
      rowCount: 4,
    });
  }

  // 4. Enterprise merged down over its executives, formulas with cached values, hidden sheet first.
  {
    const records = clean.map((r, i) => {
      const row = 4 + i;
      return {
        ...r,
        enterpriseName: i === 0 ? r.enterpriseName : null,
        enterpriseCode: i === 0 ? r.enterpriseCode : null,
        annualSalaryPayable: { formula: `I${row}+J${row}`, result: r.annualSalaryPayable as number },
        totalPreTax: { formula: `SUM(K${row}:N${row})`, result: r.totalPreTax as number },
      };
    });
    const t = buildTable({ columns: COLUMNS, above: above(), body: records });
    probes.push({
      name: 'ep-clean-merged-formulas.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([
        { name: '填报说明', state: 'hidden', rows: [['请按要求填写'], ['年度', '姓名']] },
        { name: '2023年', rows: t.rows, merges: [TITLE_MERGE, 'C4:C7', 'D4:D7'] },
        {
          name: '2022年',
          rows: [
            ['年度', '企业名称', '姓名'],
            [2022, 'x', 'y'],
          ],
        },
      ]),
      // 2022年 matches the template and holds a row: never skipped silently (issue 9).
      expected: ['sheet-ignored@-/-'],
      headerRow: 3,
      rowCount: 4,
    });
  }

  // 5. Planted errors, one or two per row, in an XLSX.
  {
    const base = (i: number) => ({ ...clean[i % 4] }) as Record<string, Cell>;
    const rows: Record<string, Cell>[] = [];
    // r0 payable ≠ base + perf (total consistent with the given payable)
    rows.push({ ...base(0), annualSalaryPayable: 72.4, totalPreTax: 93.62 });
    // r1 total ≠ sum
    rows.push({ ...base(1), totalPreTax: 90 });
    // r2 performance > 2 × base (warning)
    rows.push(payRecord({ ...PEOPLE[2]!, perf: 3000 }));
    // r3 是 without related-party pay
    rows.push({ ...base(3), name: '赵立新', relatedPartyPay: null });
    // r4 否 with an amount
    rows.push({ ...base(0), name: '孙丽', relatedPartyPay: 5 });
    // r5 tenure end before start
    rows.push({ ...base(1), name: '周强', tenureStart: '2020-01', tenureEnd: '2018-06' });
    // r6 fiscal year in the future
    rows.push({ ...base(0), name: '吴斌', fiscalYear: 2099 });
    // r7 USCC check character wrong (warning)
    rows.push({ ...base(0), name: '郑伟', enterpriseCode: usccWrongCheck('91310000MA1FL3XK2') });
    // r8 USCC with a letter not allowed (I) → format error
    rows.push({ ...base(0), name: '冯军', enterpriseCode: '91310000MA1FL3XKI2' });
    // r9 name blank, position a placeholder
    rows.push({ ...base(1), name: null, position: '-' });
    // r10 the same executive and year as r0 … r0's name is 王建国: duplicate
    rows.push({ ...base(0) });
    // r11 unreadable and negative amounts
    rows.push({ ...base(2), name: '钱进', baseSalary: '12.3.4', otherCashIncome: -5 });
    // r12 impossible month
    rows.push({ ...base(3), name: '何平', tenureStart: '2019-13', relatedPartyPay: 3.2 });
    // r13 an all-digit USCC stored as a number (Excel has lost digits)
    rows.push({
      ...base(0),
      name: '罗刚',
      enterpriseName: ENT.shuiwu.name,
      enterpriseCode: Number(ENT.shuiwu.code),
    });
    const t = buildTable({ columns: COLUMNS, above: above(), body: rows });
    probes.push({
      name: 'ep-errors.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: '企业负责人薪酬', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [
        t.at('salary-payable-mismatch', 0, 'annualSalaryPayable'),
        t.at('total-pre-tax-mismatch', 1, 'totalPreTax'),
        t.at('performance-salary-over-cap', 2, 'performanceSalary'),
        t.at('related-party-pay-required', 3, 'relatedPartyPay'),
        t.at('related-party-pay-unexpected', 4, 'relatedPartyPay'),
        t.at('tenure-end-before-start', 5, 'tenureEnd'),
        t.at('maximum', 6, 'fiscalYear'),
        t.at('uscc-checksum', 7, 'enterpriseCode'),
        t.at('type-error', 8, 'enterpriseCode'),
        t.at('required-missing', 9, 'name'),
        t.at('required-missing', 9, 'position'),
        t.at('unique-error', 10, 'fiscalYear'),
        t.at('type-error', 11, 'baseSalary'),
        t.at('minimum', 11, 'otherCashIncome'),
        t.at('type-error', 12, 'tenureStart'),
        t.at('id-as-number', 13, 'enterpriseCode'),
      ],
      headerRow: 3,
      rowCount: 14,
    });
  }

  // 6. UTF-8 BOM CSV with English headers and keys, no title.
  {
    const columns = COLUMNS.filter((c) => c.key !== null).map((c, i) => ({
      key: c.key,
      header: i % 2 === 0 ? (c.key as string) : ` ${c.key?.replace(/([A-Z])/g, ' $1').toLowerCase()} `,
    }));
    const text = clean.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ''])));
    text[1] = { ...text[1], paidByRelatedParty: '是', relatedPartyPay: '' };
    const t = buildTable({ columns, above: [], body: text });
    probes.push({
      name: 'ep-en-headers-bom.csv',
      dataset: 'executive-pay',
      bytes: toCsv(t.rows, 'utf8-bom'),
      expected: [t.at('related-party-pay-required', 1, 'relatedPartyPay')],
      headerRow: 1,
      rowCount: 4,
      encoding: 'utf-8-bom',
    });
  }
  return probes;
}

export { uscc };

/** Shapes that real workbooks take and that are easy to get wrong. */
export async function executivePayHardProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  const clean = PEOPLE.map((p) => payRecord(p));

  // A. Two-row header: group titles merged over their columns, single headers merged down.
  {
    const keys = COLUMNS.map((c) => c.key);
    const upper: Cell[] = COLUMNS.map((c) => c.header);
    const lower: Cell[] = COLUMNS.map(() => null);
    const group = ['baseSalary', 'performanceSalary', 'annualSalaryPayable'];
    for (const k of group) {
      const i = keys.indexOf(k);
      upper[i] = i === keys.indexOf('baseSalary') ? '年度薪酬（万元）' : null;
      lower[i] = COLUMNS[i]?.header;
    }
    const merges = [TITLE_MERGE, 'I3:K3'];
    COLUMNS.forEach((c, i) => {
      if (!group.includes(c.key ?? ''))
        merges.push(`${String.fromCharCode(65 + i)}3:${String.fromCharCode(65 + i)}4`);
    });
    const records = clean.map((r, n) => [n + 1, ...COLUMNS.slice(1).map((c) => r[c.key as string])]);
    records[0]![keys.indexOf('annualSalaryPayable')] = 80; // planted: payable ≠ base + perf
    const rows: Cell[][] = [...above(), upper, lower, ...records];
    probes.push({
      name: 'ep-two-row-header.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: '企业负责人薪酬', rows, merges }]),
      expected: ['salary-payable-mismatch@5K/annualSalaryPayable', 'total-pre-tax-mismatch@5O/totalPreTax'],
      rowCount: 4,
    });
  }

  // B. 以下空白, signature lines without 人 (审核：, 制表：), template rows numbered in advance
  //    whose total column holds a formula showing 0.
  {
    const t = buildTable({
      columns: COLUMNS,
      above: above(),
      body: [
        ...clean,
        [5, null, '以下空白'],
        [
          6,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          { formula: 'SUM(K9:N9)', result: 0 },
        ],
        [
          7,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          { formula: 'SUM(K10:N10)', result: 0 },
        ],
        [],
        ['单位负责人：刘洋', null, null, null, '审核：吴海涛', null, null, null, '制表：周敏'],
      ],
    });
    probes.push({
      name: 'ep-trailing-template-rows.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: '企业负责人薪酬', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [],
      rowCount: 4,
    });
  }

  // C. 审核：/制表： lines alone
  {
    const t = buildTable({
      columns: COLUMNS,
      above: above(),
      body: [
        ...clean,
        [],
        ['审核：吴海涛', null, null, null, null, '制表：周敏', null, null, '日期：2024-03-15'],
      ],
    });
    probes.push({
      name: 'ep-signature-lines.csv',
      dataset: 'executive-pay',
      bytes: toCsv(t.rows, 'gbk'),
      expected: [],
      rowCount: 4,
    });
  }

  // D. A formula whose cached value is an error (#DIV/0!, #REF!) in a pay column.
  {
    const records = clean.map((r) => ({ ...r }));
    records[0] = {
      ...records[0],
      otherCashIncome: { formula: 'A1/0', result: { error: '#DIV/0!' } as unknown as number },
    };
    records[1] = { ...records[1], termIncentive: '#REF!' };
    const t = buildTable({ columns: COLUMNS, above: above(), body: records });
    probes.push({
      name: 'ep-formula-errors.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: '企业负责人薪酬', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [t.at('type-error', 0, 'otherCashIncome'), t.at('type-error', 1, 'termIncentive')],
      rowCount: 4,
    });
  }

  // E. Instructions on the first visible sheet, data on the second.
  {
    const t = buildTable({ columns: COLUMNS, above: above(), body: clean });
    probes.push({
      name: 'ep-instructions-first.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([
        {
          name: '填报说明',
          rows: [['填报说明'], ['1. 金额单位为万元。'], ['2. 统一社会信用代码请设为文本格式。']],
        },
        { name: '薪酬表', rows: t.rows, merges: [TITLE_MERGE] },
      ]),
      expected: [],
      rowCount: 4,
    });
  }

  // F. Header cells naming their unit as 人民币万元 under a 单位：元 line; ￥ amounts in a CSV.
  {
    const columns = COLUMNS.map((c) =>
      c.key === 'baseSalary'
        ? { ...c, header: '基本年薪（人民币万元）' }
        : { ...c, header: c.header.replace('（万元）', '') },
    );
    const text = clean.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ''])));
    const yuanKeys = [
      'performanceSalary',
      'annualSalaryPayable',
      'termIncentive',
      'employerContributions',
      'otherCashIncome',
      'totalPreTax',
      'relatedPartyPay',
    ];
    const asYuan = text.map((r) => {
      const out: Record<string, Cell> = { ...r };
      for (const k of yuanKeys) {
        const v = r[k];
        out[k] = v === '' ? '' : `￥${(Math.round(Number(v) * 10000)).toLocaleString('en-US')}.00`;
      }
      return out;
    });
    const t = buildTable({ columns, above: above('单位：元'), body: asYuan });
    probes.push({
      name: 'ep-unit-header-yuan-sign.csv',
      dataset: 'executive-pay',
      bytes: toCsv(t.rows, 'gbk'),
      // The header's 万元 contradicts the 元 line: read as 万元, with a warning to confirm.
      expected: ['unit-conflict@3I/baseSalary'],
      rowCount: 4,
    });
  }
  return probes;
}

/** Row numbers in a CSV whose header cells hold line breaks, and a title two rows tall. */
export async function executivePayLayoutProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  const clean = PEOPLE.map((p) => payRecord(p));
  {
    const text = clean.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? ''])));
    text[2] = { ...text[2], totalPreTax: '40.00', remarks: '2023年6月起\n不再担任副总经理' };
    text[3] = { ...text[3], enterpriseCode: '9.13101E+17' };
    const t = buildTable({
      columns: COLUMNS,
      above: above(),
      body: [...text, [], ['注：本表由人力资源部填报。']],
    });
    probes.push({
      name: 'ep-errors-multiline.csv',
      dataset: 'executive-pay',
      bytes: toCsv(t.rows, 'gbk'),
      expected: [t.at('total-pre-tax-mismatch', 2, 'totalPreTax'), t.at('id-as-number', 3, 'enterpriseCode')],
      headerRow: 3,
      rowCount: 4,
    });
  }
  {
    // Title merged over rows 1–2, unit line in row 3, a blank row, header in row 5.
    const rows: Cell[][] = [
      [TITLE],
      [],
      [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        '单位：万元',
      ],
      [],
    ];
    const t = buildTable({
      columns: COLUMNS,
      above: rows,
      body: clean.map((r, i) => (i === 1 ? { ...r, baseSalary: 10 } : r)),
    });
    probes.push({
      name: 'ep-tall-title.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([{ name: '企业负责人薪酬', rows: t.rows, merges: ['A1:R2'] }]),
      // The total agrees with the payable as given, so only the payable is wrong.
      expected: [
        t.at('salary-payable-mismatch', 1, 'annualSalaryPayable'),
        t.at('performance-salary-over-cap', 1, 'performanceSalary'),
      ],
      headerRow: 5,
      rowCount: 4,
    });
  }
  {
    // The blank template sheet kept (hidden) next to the filled copy.
    const t = buildTable({ columns: COLUMNS, above: above(), body: clean });
    const blank = buildTable({ columns: COLUMNS, above: [], body: [] });
    probes.push({
      name: 'ep-hidden-template.xlsx',
      dataset: 'executive-pay',
      bytes: await toXlsx([
        { name: '企业负责人薪酬', state: 'hidden', rows: blank.rows },
        { name: 'Sheet1', rows: t.rows, merges: [TITLE_MERGE] },
      ]),
      expected: [],
      rowCount: 4,
    });
  }
  return probes;
}
