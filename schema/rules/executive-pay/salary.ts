import { setting } from '../../config.js';
import type { RuleContext, TypedRow } from '../../core/dataset.js';
import { canonicalDecimal } from '../../core/decimal.js';
import type { ExecutivePayField } from '../../datasets/executive-pay.js';
import { amountOrZero, differs, sumOf } from '../support/amounts.js';
import { DISCLOSURE_TEMPLATE, EXECUTIVE_PAY } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { decimalOf, isBlank } from '../support/values.js';

/** 中发〔2014〕12号: performance pay is set from the base salary and capped at twice it. */
export const performanceSalaryOverCap = defineRule<ExecutivePayField>({
  code: 'performance-salary-over-cap',
  severity: 'warning',
  basis: EXECUTIVE_PAY,
  message: {
    zh: '绩效年薪{performance}万元超过基本年薪{base}万元的{multiple}倍（{cap}万元），请核对',
    en: 'The performance salary {performance} exceeds {multiple} × the base salary {base} ({cap}, in 10,000 yuan); please check',
  },
  fields: ['performanceSalary', 'baseSalary'],
  check(row, ctx) {
    const base = decimalOf(row, 'baseSalary');
    const performance = decimalOf(row, 'performanceSalary');
    if (!base || !performance) return [];
    const multiple = setting(ctx.config, 'performanceSalaryCapMultiple');
    const cap = base.times(multiple);
    if (performance.lte(cap)) return [];
    const params = {
      performance: canonicalDecimal(performance),
      base: canonicalDecimal(base),
      multiple,
      cap: canonicalDecimal(cap),
    };
    return [{ code: 'performance-salary-over-cap', params }];
  },
});

const mismatchParams = (expected: string, actual: string, tolerance: string) => ({
  expected,
  actual,
  tolerance,
});

/** 应付年薪 = 基本年薪 + 绩效年薪, within the rounding tolerance of amounts kept to 0.01 万元. */
export const salaryPayableMismatch = defineRule<ExecutivePayField>({
  code: 'salary-payable-mismatch',
  severity: 'error',
  basis: DISCLOSURE_TEMPLATE,
  message: {
    zh: '{label}{actual}万元不等于基本年薪与绩效年薪之和{expected}万元（允许误差±{tolerance}）',
    en: '{label} {actual} is not the base plus performance salary {expected} (10,000 yuan, tolerance ±{tolerance})',
  },
  fields: ['annualSalaryPayable', 'baseSalary', 'performanceSalary'],
  check(row, ctx) {
    const payable = decimalOf(row, 'annualSalaryPayable');
    const expected = sumOf([decimalOf(row, 'baseSalary'), decimalOf(row, 'performanceSalary')]);
    const tolerance = setting(ctx.config, 'payTolerance');
    if (!payable || !expected || !differs(payable, expected, tolerance)) return [];
    const params = mismatchParams(canonicalDecimal(expected), canonicalDecimal(payable), tolerance);
    return [{ code: 'salary-payable-mismatch', params }];
  },
});

const COMPONENTS: ExecutivePayField[] = ['termIncentive', 'employerContributions', 'otherCashIncome'];

/** The payable salary as given, or base + performance when the payable column is blank. */
function payableOf(row: TypedRow, ctx: RuleContext) {
  if (!isBlank(row, 'annualSalaryPayable', ctx)) return decimalOf(row, 'annualSalaryPayable');
  return sumOf([amountOrZero(row, 'baseSalary', ctx), amountOrZero(row, 'performanceSalary', ctx)]);
}

/**
 * 税前报酬合计 = 应付年薪 + 任期激励 + 单位缴存部分 + 其他货币性收入 (±0.01). Blank components count
 * as 0; an unreadable one makes the sum unknown; a row giving only the total is not checked.
 */
export const totalPreTaxMismatch = defineRule<ExecutivePayField>({
  code: 'total-pre-tax-mismatch',
  severity: 'error',
  basis: DISCLOSURE_TEMPLATE,
  message: {
    zh: '{label}{actual}万元不等于应付年薪、任期激励收入、单位缴存部分与其他货币性收入之和{expected}万元（允许误差±{tolerance}）',
    en: '{label} {actual} is not the sum {expected} of salary payable, term incentive, employer contributions and other cash income (10,000 yuan, tolerance ±{tolerance})',
  },
  fields: ['totalPreTax', 'annualSalaryPayable', 'baseSalary', 'performanceSalary', ...COMPONENTS],
  check(row, ctx) {
    const total = decimalOf(row, 'totalPreTax');
    const parts: ExecutivePayField[] = [
      'annualSalaryPayable',
      'baseSalary',
      'performanceSalary',
      ...COMPONENTS,
    ];
    if (!total || parts.every((key) => isBlank(row, key, ctx))) return [];
    const expected = sumOf([payableOf(row, ctx), ...COMPONENTS.map((key) => amountOrZero(row, key, ctx))]);
    const tolerance = setting(ctx.config, 'payTolerance');
    if (!expected || !differs(total, expected, tolerance)) return [];
    return [
      {
        code: 'total-pre-tax-mismatch',
        params: mismatchParams(canonicalDecimal(expected), canonicalDecimal(total), tolerance),
      },
    ];
  },
});
