// Small, valid spreadsheets for workflow tests (the dataset fixtures live in test/fixtures).
export const ENTERPRISE_A = { name: '上海示范城建集团有限公司', uscc: '913100001322000126' };
export const ENTERPRISE_B = { name: '上海示范公交集团有限公司', uscc: '913100001322000201' };
export const ENTERPRISE_D = { name: '上海嘉定示范水务有限公司', uscc: '913101141324000140' };
/** Enterprise a's subsidiary in the demo data (it reports for it). */
export const SUBSIDIARY_OF_A = { name: '上海示范城建浦东置业有限公司', uscc: '91310115132200038P' };

const PAY_HEADER =
  '年度,企业名称,统一社会信用代码,姓名,职务,任职起始,任职终止,基本年薪,绩效年薪,应付年薪,任期激励收入,' +
  '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分,其他货币性收入,税前报酬合计,是否在股东单位或其他关联企业领取薪酬,关联方领取的税前薪酬总额,备注';

export interface PayRow {
  name: string;
  position?: string;
  base?: string;
  performance?: string;
  year?: number;
  /** The enterprise the row names, when not the file's (a subsidiary, a stranger). */
  enterprise?: { name: string; uscc: string };
}

/** An executive-pay CSV (UTF-8 with BOM) whose sums are consistent, for one enterprise. */
export function executivePayCsv(enterprise: { name: string; uscc: string }, rows: PayRow[]): string {
  const lines = rows.map((r) => {
    const base = Number(r.base ?? '60');
    const performance = Number(r.performance ?? '90');
    const payable = (base * 100 + performance * 100) / 100;
    const total = (payable * 100 + 20 * 100 + 18 * 100) / 100;
    return [
      r.year ?? 2023,
      (r.enterprise ?? enterprise).name,
      (r.enterprise ?? enterprise).uscc,
      r.name,
      r.position ?? '董事长',
      '2019-01',
      '',
      base,
      performance,
      payable,
      20,
      18,
      0,
      total,
      '否',
      '',
      '',
    ].join(',');
  });
  return `\uFEFF${PAY_HEADER}\n${lines.join('\n')}\n`;
}
