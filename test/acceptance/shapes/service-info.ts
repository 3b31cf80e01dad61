// 服务信息 probes: water and bus service notices with their timing rules.
import type { Probe } from './probe.js';
import { buildTable, type Cell, type TableLayout, toCsv, toXlsx } from './sheet.js';

const COLUMNS: TableLayout['columns'] = [
  { key: null, header: '序号' },
  { key: 'industry', header: '行业' },
  { key: 'category', header: '信息类别' },
  { key: 'title', header: '标题' },
  { key: 'content', header: '内容' },
  { key: 'effectiveFrom', header: '生效时间' },
  { key: 'effectiveTo', header: '结束时间' },
  { key: 'noticeAt', header: '发布时间' },
  { key: 'emergency', header: '是否紧急' },
  { key: 'affectedArea', header: '影响区域' },
  { key: 'lineNo', header: '线路编号' },
  { key: 'indicator', header: '指标名称' },
  { key: 'value', header: '指标值' },
  { key: 'unit', header: '单位' },
  { key: 'limit', header: '限值' },
  { key: 'hotline', header: '服务电话' },
];

const dt = (text: string) => new Date(`${text.replace(' ', 'T')}:00Z`);

const outage: Record<string, Cell> = {
  industry: '供水',
  category: '停水公告',
  title: '安亭镇墨玉路管道改造计划停水通知',
  content: '因墨玉路DN300供水管道改造施工，届时以下区域将暂停供水，请用户做好储水准备。',
  effectiveFrom: dt('2024-03-12 08:00'),
  effectiveTo: dt('2024-03-12 20:00'),
  noticeAt: dt('2024-03-10 09:00'),
  emergency: '否',
  affectedArea: '嘉定区安亭镇墨玉路、曹安公路沿线',
  hotline: 962740,
};
const emergencyOutage: Record<string, Cell> = {
  ...outage,
  title: '曹安公路爆管抢修停水通知',
  effectiveFrom: dt('2024-04-02 14:00'),
  effectiveTo: dt('2024-04-02 22:00'),
  noticeAt: dt('2024-04-02 13:30'),
  emergency: '是',
};
const quality = (indicator: string, value: Cell, unit: string, limit: string): Record<string, Cell> => ({
  industry: '供水',
  category: '水质信息',
  title: '2024年3月出厂水水质公告',
  content: '本月出厂水各项指标均符合《生活饮用水卫生标准》（GB 5749-2022）。',
  effectiveFrom: dt('2024-04-01 00:00'),
  noticeAt: dt('2024-04-03 10:00'),
  indicator,
  value,
  unit,
  limit,
  hotline: '962740',
});
const price: Record<string, Cell> = {
  industry: '供水',
  category: '价格收费',
  title: '居民生活用水价格调整公告',
  content: '第一阶梯水价调整为每立方米3.45元（含污水处理费）。',
  effectiveFrom: dt('2024-01-01 00:00'),
  noticeAt: dt('2023-12-15 10:00'),
  hotline: '962740',
};
const route: Record<string, Cell> = {
  industry: '公共交通',
  category: '线路调整',
  title: '嘉定12路走向调整',
  content: '因道路施工，嘉定12路双向绕行博园路，暂停墨玉路站。',
  effectiveFrom: dt('2024-04-08 05:30'),
  noticeAt: dt('2024-04-01 16:00'),
  emergency: '否',
  lineNo: '嘉定12路',
  hotline: '021-16088160',
};
const hours: Record<string, Cell> = {
  industry: '公交',
  category: '运营时间',
  title: '嘉定6路首末班时间调整',
  content: '首班车5:30，末班车22:30。',
  effectiveFrom: dt('2024-05-01 05:30'),
  noticeAt: dt('2024-04-25 09:00'),
  lineNo: 6,
  hotline: '021-16088160',
};

const CLEAN = [
  outage,
  emergencyOutage,
  quality('浑浊度', 0.35, 'NTU', '≤1'),
  quality('pH', 7.6, '无量纲', '6.5-8.5'),
  quality('游离氯', 0.52, 'mg/L', '≥0.05'),
  quality('菌落总数', '未检出', 'CFU/mL', '≤100'),
  price,
  route,
  hours,
];

const above: Cell[][] = [['上海嘉定自来水有限公司服务信息公开表'], ['填报日期：2024年4月5日']];

function asText(r: Record<string, Cell>): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof Date) {
      const hh = v.getUTCHours();
      const mm = String(v.getUTCMinutes()).padStart(2, '0');
      out[k] = `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()} ${hh}:${mm}`;
    } else out[k] = v ?? '';
  }
  return out;
}

export async function serviceInfoProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  {
    const records = CLEAN.map((r) => ({ ...r }));
    records[6] = { ...records[6], effectiveFrom: { v: 45292, numFmt: 'yyyy/m/d h:mm' } };
    records[7] = { ...records[7], noticeAt: '2024年4月1日 16:00' };
    const t = buildTable({
      columns: COLUMNS,
      above,
      body: [...records, [], ['注：停水公告须提前24小时发布。']],
    });
    probes.push({
      name: 'si-clean.xlsx',
      dataset: 'service-info',
      bytes: await toXlsx([{ name: '服务信息', rows: t.rows, merges: ['A1:P1'] }]),
      expected: [],
      headerRow: 3,
      rowCount: 9,
    });
  }
  {
    const t = buildTable({ columns: COLUMNS, above, body: CLEAN.map(asText) });
    probes.push({
      name: 'si-clean-gbk.csv',
      dataset: 'service-info',
      bytes: toCsv(t.rows, 'gbk'),
      expected: [],
      rowCount: 9,
      encoding: 'gb18030',
    });
  }
  {
    const r: Record<string, Cell>[] = [];
    r.push({ ...outage, effectiveTo: dt('2024-03-11 20:00') }); // 0 end before start
    r.push({ ...outage, title: '墨玉路停水（临时通知）', noticeAt: dt('2024-03-11 20:00') }); // 1 12 h ahead
    r.push({ ...outage, title: '曹安公路停水', emergency: null, noticeAt: dt('2024-03-12 07:00') }); // 2 blank emergency = planned
    r.push({ ...route, title: '嘉定13路走向调整', noticeAt: dt('2024-04-07 09:00') }); // 3 1 day ahead
    r.push({ ...price, title: '非居民用水价格调整', noticeAt: dt('2024-03-01 09:00') }); // 4 42 days late
    r.push(quality('浑浊度', 1.6, 'NTU', '≤1')); // 5 over limit
    r.push(quality('pH', '9.1', '无量纲', '6.5~8.5')); // 6 over range
    r.push({ ...outage, title: '停水通知', category: '停电公告' }); // 7 enum
    r.push({ ...outage, title: null, content: '—' }); // 8 required
    r.push({ ...outage, title: '墨玉路停水通知（重复）', emergency: '不确定' }); // 9 type-error
    r.push({ ...outage, title: '墨玉路停水通知（重复）', emergency: '否' }); // 10 duplicate of 9? 9 is the same item
    r.push({ ...outage, title: '时间错误', effectiveFrom: '2024-03-12 25:00' }); // 11 type-error
    const t = buildTable({ columns: COLUMNS, above, body: r });
    probes.push({
      name: 'si-errors.xlsx',
      dataset: 'service-info',
      bytes: await toXlsx([{ name: '服务信息', rows: t.rows, merges: ['A1:P1'] }]),
      expected: [
        t.at('effective-to-before-from', 0, 'effectiveTo'),
        t.at('outage-notice-too-short', 1, 'noticeAt'),
        t.at('outage-notice-too-short', 2, 'noticeAt'),
        t.at('route-change-notice-too-short', 3, 'noticeAt'),
        t.at('change-published-late', 4, 'noticeAt'),
        t.at('water-quality-over-limit', 5, 'value'),
        t.at('water-quality-over-limit', 6, 'value'),
        t.at('enum-mismatch', 7, 'category'),
        t.at('required-missing', 8, 'title'),
        t.at('required-missing', 8, 'content'),
        t.at('type-error', 9, 'emergency'),
        t.at('unique-error', 10, 'industry'),
        t.at('type-error', 11, 'effectiveFrom'),
      ],
      rowCount: 12,
    });
  }
  return probes;
}
