// 国有产权交易 probes: exchange disclosure lists, clean and with one planted problem per rule.
import { ENT, residentId, residentIdWrongCheck, uscc, usccWrongCheck } from './ids.js';
import type { Probe } from './probe.js';
import { buildTable, type Cell, type TableLayout, toCsv, toXlsx } from './sheet.js';

const COLUMNS: TableLayout['columns'] = [
  { key: null, header: '序号' },
  { key: 'projectCode', header: '项目编号' },
  { key: 'projectName', header: '项目名称' },
  { key: 'transactionType', header: '交易类型' },
  { key: 'disclosureStage', header: '披露阶段' },
  { key: 'sellerName', header: '转让方名称' },
  { key: 'sellerCode', header: '转让方统一社会\n信用代码' },
  { key: 'targetName', header: '标的企业名称' },
  { key: 'targetCode', header: '标的企业统一社会信用代码' },
  { key: 'regionCode', header: '标的所在地区代码' },
  { key: 'transferPercent', header: '转让比例（%）' },
  { key: 'appraisedValue', header: '评估值（万元）' },
  { key: 'listingPrice', header: '挂牌价格（万元）' },
  { key: 'approvingAuthority', header: '批准单位' },
  { key: 'approvalRef', header: '批准文号' },
  { key: 'listingStartDate', header: '挂牌起始日期' },
  { key: 'listingEndDate', header: '挂牌截止日期' },
  { key: 'exchangeName', header: '交易机构' },
  { key: 'tradingMethod', header: '交易方式' },
  { key: 'buyerName', header: '受让方名称' },
  { key: 'buyerType', header: '受让方类型' },
  { key: 'buyerIdNumber', header: '受让方证件号码' },
  { key: 'dealPrice', header: '成交价格（万元）' },
  { key: 'dealDate', header: '成交日期' },
  { key: 'paymentTerms', header: '付款方式' },
  { key: 'downPaymentPercent', header: '首付比例（%）' },
  { key: 'remarks', header: '备注' },
];

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const EXCHANGE = '上海联合产权交易所';
const PERSON = residentId('31011419850315243');

const equityFormal: Record<string, Cell> = {
  projectCode: 'G32023SH1000123',
  projectName: '上海申城机械制造有限公司100%股权转让',
  transactionType: '产权转让',
  disclosureStage: '正式披露',
  sellerName: ENT.chengjian.name,
  sellerCode: ENT.chengjian.code,
  targetName: ENT.jixie.name,
  targetCode: ENT.jixie.code,
  regionCode: '310114',
  transferPercent: 100,
  appraisedValue: 5236.8,
  listingPrice: 5236.8,
  approvingAuthority: '上海市国有资产监督管理委员会',
  approvalRef: '沪国资委产权〔2023〕112号',
  // 2023-03-01 (Wed) to 2023-03-28 (Tue): 20 working days, no holidays in March 2023.
  listingStartDate: d('2023-03-01'),
  listingEndDate: d('2023-03-28'),
  exchangeName: EXCHANGE,
  tradingMethod: '网络竞价',
};

const equityResult: Record<string, Cell> = {
  ...equityFormal,
  disclosureStage: '成交公告',
  buyerName: ENT.touzi.name,
  buyerType: '法人',
  buyerIdNumber: ENT.touzi.code,
  dealPrice: 5380,
  dealDate: d('2023-04-12'),
  paymentTerms: '分期',
  downPaymentPercent: 30,
};

// DOMAIN.md's test vector: 2018-06-29 to 2018-07-26 is exactly 20 working days.
const vector: Record<string, Cell> = {
  ...equityFormal,
  projectCode: 'G32018SH1000120',
  projectName: '上海城建物业服务有限公司51%股权转让',
  targetName: ENT.wuye.name,
  targetCode: ENT.wuye.code,
  regionCode: '310104',
  transferPercent: 51,
  appraisedValue: 1860.42,
  listingPrice: 1860.42,
  approvalRef: '沪城建〔2018〕45号',
  listingStartDate: d('2018-06-29'),
  listingEndDate: d('2018-07-26'),
};

// Asset transfer of 850万元: the 10-working-day tier; 2023-05-08 to 2023-05-19 is 10 working days.
const assetFormal: Record<string, Cell> = {
  projectCode: 'GR2023SH1000456',
  projectName: '嘉定区安亭镇墨玉路185号房产转让',
  transactionType: '资产转让',
  disclosureStage: '正式披露',
  sellerName: ENT.chengjian.name,
  sellerCode: ENT.chengjian.code,
  regionCode: '310114',
  appraisedValue: 900,
  listingPrice: 850,
  approvingAuthority: '上海城建发展集团有限公司',
  listingStartDate: d('2023-05-08'),
  listingEndDate: d('2023-05-19'),
  exchangeName: EXCHANGE,
  tradingMethod: '拍卖',
};

const assetResult: Record<string, Cell> = {
  ...assetFormal,
  disclosureStage: '成交公告',
  buyerName: '刘晓峰',
  buyerType: '自然人',
  buyerIdNumber: PERSON,
  dealPrice: 912.5,
  dealDate: d('2023-05-26'),
  paymentTerms: '一次性',
};

const capitalPre: Record<string, Cell> = {
  projectCode: 'G62023SH1000078',
  projectName: '上海申城机械制造有限公司增资扩股',
  transactionType: '增资扩股',
  disclosureStage: '预披露',
  sellerName: ENT.jixie.name,
  sellerCode: ENT.jixie.code,
  targetName: ENT.jixie.name,
  targetCode: ENT.jixie.code,
  regionCode: '310114',
  transferPercent: 35,
  appraisedValue: 12000,
  listingPrice: 12000,
  approvingAuthority: '上海城建发展集团有限公司',
  approvalRef: '沪城建〔2023〕12号',
  exchangeName: EXCHANGE,
};

const CLEAN = [equityFormal, equityResult, vector, assetFormal, assetResult, capitalPre];
const above: Cell[][] = [
  ['2023年度国有产权交易信息披露汇总表'],
  [
    '填报单位：上海城建发展集团有限公司',
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
    '金额单位：万元',
  ],
];
const TITLE_MERGE = 'A1:AA1';

function asText(r: Record<string, Cell>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof Date) out[k] = `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}`;
    else if (typeof v === 'number' && v >= 1000)
      out[k] = v.toLocaleString('en-US', { minimumFractionDigits: 2 });
    else out[k] = v ?? '';
  }
  return out;
}

export async function propertyTransactionProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  {
    const records = CLEAN.map((r) => ({ ...r }));
    // Dates as serial numbers with a date format, as a General number, and as date cells.
    records[3] = {
      ...records[3],
      listingStartDate: 45054,
      listingEndDate: { v: 45065, numFmt: 'yyyy"年"m"月"d"日"' },
    };
    records[1] = {
      ...records[1],
      transferPercent: { v: 1, numFmt: '0%' },
      downPaymentPercent: { v: 0.3, numFmt: '0.00%' },
    };
    const t = buildTable({
      columns: COLUMNS,
      above,
      body: [...records, [], ['注：成交公告阶段须填写受让方信息。']],
    });
    probes.push({
      name: 'pt-clean.xlsx',
      dataset: 'property-transactions',
      bytes: await toXlsx([{ name: '国有产权交易', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [],
      headerRow: 3,
      rowCount: 6,
    });
  }
  {
    const t = buildTable({ columns: COLUMNS, above, body: CLEAN.map(asText) });
    probes.push({
      name: 'pt-clean-gbk.csv',
      dataset: 'property-transactions',
      bytes: toCsv(t.rows, 'gbk'),
      expected: [],
      headerRow: 3,
      rowCount: 6,
      encoding: 'gb18030',
    });
  }
  {
    // 1904 workbook: date cells and serial numbers in the 1904 system.
    const records = CLEAN.map((r) => ({ ...r }));
    // 45016 = 2023-03-31 and 45043 = 2023-04-27 in the 1900 system: 20 working days (清明, 调休 counted).
    records[0] = {
      ...records[0],
      listingStartDate: { v: 45016 - 1462, numFmt: 'yyyy-mm-dd' },
      listingEndDate: 45043 - 1462,
    };
    // A deal date as a 1904 serial (2023-04-12) after a date cell: read in the 1900 system it would
    // fall four years earlier, before the listing end.
    records[1] = { ...records[1], dealDate: 45028 - 1462 };
    const t = buildTable({ columns: COLUMNS, above, body: records });
    probes.push({
      name: 'pt-clean-1904.xlsx',
      dataset: 'property-transactions',
      bytes: await toXlsx([{ name: 'Sheet1', rows: t.rows, merges: [TITLE_MERGE] }], { date1904: true }),
      expected: [],
      rowCount: 6,
    });
  }
  {
    const r: Record<string, Cell>[] = [];
    r.push({ ...equityFormal, projectCode: null }); // 0 required-missing
    r.push({ ...equityFormal, projectCode: 'SH2023-00123' }); // 1 pattern warning
    r.push({ ...equityFormal, projectCode: 'G32023SH1000123-0001-0002' }); // 2 max-length
    r.push({ ...equityFormal, projectCode: 'G32023SH1000124', transactionType: '股份回购' }); // 3 enum
    r.push({ ...equityFormal, projectCode: 'G32023SH1000125', disclosureStage: '已披露' }); // 4 enum
    r.push({
      ...equityFormal,
      projectCode: 'G32023SH1000126',
      sellerCode: usccWrongCheck('91310000MA1FL3XK2'),
    }); // 5 checksum warn
    r.push({ ...equityFormal, projectCode: 'G32023SH1000127', sellerCode: '9131000MA1FL3XK2T' }); // 6 17 chars
    r.push({ ...equityFormal, projectCode: 'G32023SH1000128', targetName: null, targetCode: '' }); // 7 target name+code
    r.push({ ...equityFormal, projectCode: 'G32023SH1000129', regionCode: '3101' }); // 8 region
    r.push({ ...equityFormal, projectCode: 'G32023SH1000130', transferPercent: 120 }); // 9 maximum
    r.push({ ...equityFormal, projectCode: 'G32023SH1000131', transferPercent: '33.33333' }); // 10 scale
    r.push({ ...equityFormal, projectCode: 'G32023SH1000132', appraisedValue: '(1,234.00)' }); // 11 minimum
    r.push({ ...equityFormal, projectCode: 'G32023SH1000133', listingPrice: '—' }); // 12 required-missing
    r.push({ ...equityFormal, projectCode: 'G32023SH1000134', listingPrice: 4700, approvalRef: '暂无' }); // 13 approval
    r.push({ ...equityFormal, projectCode: 'G32023SH1000135', listingEndDate: d('2023-02-20') }); // 14 end < start
    r.push({ ...equityFormal, projectCode: 'G32023SH1000136', listingEndDate: d('2023-03-27') }); // 15 19 days
    r.push({
      ...assetFormal,
      projectCode: 'GR2023SH1000457',
      listingPrice: 1200,
      appraisedValue: 1200,
      listingEndDate: d('2023-05-26'),
    }); // 16 asset >1000, 15 days
    r.push({
      ...capitalPre,
      projectCode: 'G62023SH1000079',
      disclosureStage: '正式披露',
      listingStartDate: d('2023-03-01'),
      listingEndDate: d('2023-04-10'),
    }); // 17 capital 40 days
    r.push({ ...equityResult, projectCode: 'G32023SH1000137', buyerName: null, dealPrice: null }); // 18 buyer + deal price required
    r.push({ ...equityResult, projectCode: 'G32023SH1000138', dealPrice: 5000 }); // 19 below listing (online bidding)
    r.push({ ...equityResult, projectCode: 'G32023SH1000139', tradingMethod: '协议转让', dealPrice: 5000 }); // 20 agreement: fine
    r.push({ ...equityResult, projectCode: 'G32023SH1000140', dealDate: d('2023-03-20') }); // 21 deal before end
    r.push({ ...equityResult, projectCode: 'G32023SH1000141', downPaymentPercent: null }); // 22 down payment required
    r.push({ ...equityResult, projectCode: 'G32023SH1000142', downPaymentPercent: '20%' }); // 23 too low
    r.push({ ...equityResult, projectCode: 'G32023SH1000143', buyerType: '自然人' }); // 24 USCC for a person
    r.push({
      ...assetResult,
      projectCode: 'GR2023SH1000458',
      buyerIdNumber: residentIdWrongCheck('31011419850315243'),
    }); // 25 ID checksum
    r.push({ ...assetResult, projectCode: 'GR2023SH1000459', buyerType: '法人' }); // 26 person ID for a legal person
    r.push({ ...equityFormal }); // 27 duplicate of project + stage (first: record 28? no: equityFormal itself is not in this file)
    r.push({ ...equityFormal }); // 28 duplicate of 27
    r.push({ ...equityFormal, projectCode: 'G32023SH1000144', listingStartDate: '2023-02-30' }); // 29 impossible date
    r.push({ ...equityFormal, projectCode: 'G32023SH1000145', sellerCode: Number(ENT.shuiwu.code) }); // 30 id as number
    r.push({ ...assetResult, projectCode: 'GR2023SH1000460', buyerIdNumber: 310114198503152 }); // 31 legacy 15-digit ID as number
    const t = buildTable({ columns: COLUMNS, above, body: r });
    const row = (n: number) => t.recordRow(n);
    probes.push({
      name: 'pt-errors.xlsx',
      dataset: 'property-transactions',
      bytes: await toXlsx([{ name: '国有产权交易', rows: t.rows, merges: [TITLE_MERGE] }]),
      expected: [
        t.at('required-missing', 0, 'projectCode'),
        t.at('pattern-mismatch', 1, 'projectCode'),
        t.at('max-length', 2, 'projectCode'),
        t.at('enum-mismatch', 3, 'transactionType'),
        t.at('enum-mismatch', 4, 'disclosureStage'),
        t.at('uscc-checksum', 5, 'sellerCode'),
        t.at('type-error', 6, 'sellerCode'),
        t.at('target-name-required', 7, 'targetName'),
        t.at('target-code-required', 7, 'targetCode'),
        t.at('type-error', 8, 'regionCode'),
        t.at('maximum', 9, 'transferPercent'),
        t.at('scale', 10, 'transferPercent'),
        t.at('minimum', 11, 'appraisedValue'),
        t.at('required-missing', 12, 'listingPrice'),
        t.at('approval-ref-required', 13, 'approvalRef'),
        t.at('listing-end-before-start', 14, 'listingEndDate'),
        t.at('disclosure-period-too-short', 15, 'listingEndDate'),
        t.at('disclosure-period-too-short', 16, 'listingEndDate'),
        t.at('disclosure-period-too-short', 17, 'listingEndDate'),
        t.at('buyer-name-required', 18, 'buyerName'),
        t.at('deal-price-required', 18, 'dealPrice'),
        t.at('deal-price-below-listing-price', 19, 'dealPrice'),
        t.at('deal-date-before-listing-end', 21, 'dealDate'),
        t.at('down-payment-required', 22, 'downPaymentPercent'),
        t.at('down-payment-too-low', 23, 'downPaymentPercent'),
        t.at('buyer-id-not-resident-id', 24, 'buyerIdNumber'),
        t.at('resident-id-checksum', 25, 'buyerIdNumber'),
        t.at('buyer-id-not-uscc', 26, 'buyerIdNumber'),
        t.at('unique-error', 28, 'projectCode'),
        t.at('type-error', 29, 'listingStartDate'),
        t.at('id-as-number', 30, 'sellerCode'),
        t.at('resident-id-legacy', 31, 'buyerIdNumber'),
      ],
      rowCount: 32,
    });
    void row;
  }
  return probes;
}

export { uscc };
