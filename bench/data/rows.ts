import { usccCheckChar } from '../../schema/identifiers/uscc.js';
import { CITIES, CORES, GIVEN_NAMES, POSITIONS, REGION_CODES, REMARKS, SUFFIXES, SURNAMES } from './pools.js';

export const HEADER = [
  '序号',
  '年度',
  '企业名称',
  '统一社会信用代码',
  '姓名',
  '职务',
  '任职起始',
  '任职终止',
  '基本年薪',
  '绩效年薪',
  '应付年薪',
  '任期激励收入',
  '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分',
  '其他货币性收入',
  '税前报酬合计',
  '是否在股东单位或其他关联企业领取薪酬',
  '关联方领取的税前薪酬总额',
  '备注',
];

/** Rows above the header, as a real template has them; Excel pads every CSV line to the sheet's width. */
export const PREAMBLE = [['2024年度市管企业负责人薪酬情况表'], ['单位：万元']].map((cells) => [
  ...cells,
  ...new Array<string>(HEADER.length - cells.length).fill(''),
]);

const ORG_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Small deterministic PRNG, so every run benchmarks the same bytes. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], at: number): T {
  return items[at % items.length] as T;
}

/** A valid GB 32100 code for enterprise number `n` (distinct for distinct n). */
export function usccFor(n: number, city: number): string {
  let org = '';
  for (let rest = n + 1_000_000, i = 0; i < 9; i++, rest = Math.floor(rest / 31)) {
    org = ORG_CHARS.charAt(rest % 31) + org;
  }
  const body = `91${pick(REGION_CODES, city)}${org}`;
  return body + (usccCheckChar(body) ?? '0');
}

const cents = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** Amounts in cents that satisfy both pay-sum rules and the performance cap. */
function pay(next: () => number, senior: boolean) {
  const base = Math.round((senior ? 60 : 35) * 100 + next() * 2500);
  const performance = Math.round(base * (0.6 + next() * 1.2));
  const payable = base + performance;
  const incentive = next() < 0.4 ? Math.round(next() * 3000) : 0;
  const contributions = Math.round(800 + next() * 1200);
  const other = next() < 0.3 ? Math.round(next() * 300) : 0;
  const total = payable + incentive + contributions + other;
  return { base, performance, payable, incentive, contributions, other, total };
}

/** Data row number `i` (0-based): 8 executives per enterprise, numbers as the text Excel shows. */
export function dataRow(i: number): string[] {
  const next = random(i * 7919 + 17);
  const firm = Math.floor(i / POSITIONS.length);
  const slot = i % POSITIONS.length;
  const city = firm % CITIES.length;
  const enterprise = `${pick(CITIES, city)}${pick(CORES, Math.floor(firm / 3))}${pick(SUFFIXES, firm)}`;
  const name = pick(SURNAMES, firm * 5 + slot * 3) + pick(GIVEN_NAMES, firm + slot * 5);
  const p = pay(next, slot < 2);
  const related = next() < 0.1;
  const startYear = 2015 + Math.floor(next() * 9);
  const startMonth = 1 + Math.floor(next() * 12);
  const start =
    next() < 0.7 ? `${startYear}-${String(startMonth).padStart(2, '0')}` : `${startYear}年${startMonth}月`;
  const row = [String(i + 1), '2024', enterprise, usccFor(firm, city), name, pick(POSITIONS, slot)];
  row.push(start, next() < 0.85 ? '至今' : '2024-12', cents(p.base), cents(p.performance), cents(p.payable));
  row.push(p.incentive ? cents(p.incentive) : '', cents(p.contributions), p.other ? cents(p.other) : '');
  row.push(cents(p.total), related ? '是' : '否', related ? cents(Math.round(next() * 2000)) : '');
  row.push(pick(REMARKS, Math.floor(next() * 100)));
  return row;
}
