import { describe, expect, test } from 'vitest';
import type { TypedRow } from '../../schema/core/dataset.js';
import { executivePayRules as rules } from '../../schema/rules/index.js';
import { context, findings } from './support.js';

const pay: TypedRow = {
  fiscalYear: 2023,
  enterpriseName: '上海示范城建集团有限公司',
  enterpriseCode: '913100001322000126',
  name: '张三',
  position: '董事长',
  tenureStart: '2019-01',
  tenureEnd: 'OPEN',
  baseSalary: '30',
  performanceSalary: '50.5',
  annualSalaryPayable: '80.5',
  termIncentive: '10',
  employerContributions: '12.34',
  otherCashIncome: '0',
  totalPreTax: '102.84',
  paidByRelatedParty: false,
};

describe('executive-pay rules', () => {
  test.each<[string, TypedRow, string[]]>([
    ['a clean row', pay, []],
    ['only the total given', { fiscalYear: 2023, totalPreTax: '100' }, []],
    // a future fiscal year is the field type's `maximum` (test/schema/fields-dates.test.ts)
    ['the current year', { ...pay, fiscalYear: 2024 }, []],
    // performance cap: exactly 2 × base passes
    [
      'performance exactly twice the base',
      { ...pay, performanceSalary: '60', annualSalaryPayable: '90', totalPreTax: '112.34' },
      [],
    ],
    [
      'performance over twice the base',
      { ...pay, performanceSalary: '60.01', annualSalaryPayable: '90.01', totalPreTax: '112.35' },
      ['performance-salary-over-cap@performanceSalary'],
    ],
    [
      'performance without base',
      {
        ...pay,
        baseSalary: null,
        performanceSalary: '500',
        annualSalaryPayable: null,
        totalPreTax: '522.34',
      },
      [],
    ],
    // payable = base + performance (±0.01)
    ['payable off by 0.01', { ...pay, annualSalaryPayable: '80.51', totalPreTax: '102.85' }, []],
    [
      'payable off by 0.02',
      { ...pay, annualSalaryPayable: '80.52', totalPreTax: '102.86' },
      ['salary-payable-mismatch@annualSalaryPayable'],
    ],
    [
      'payable with performance empty',
      { ...pay, performanceSalary: null, annualSalaryPayable: '99', totalPreTax: '121.34' },
      [],
    ],
    // total = payable + incentive + contributions + other (±0.01)
    ['total off by +0.01', { ...pay, totalPreTax: '102.85' }, []],
    ['total off by -0.01', { ...pay, totalPreTax: '102.83' }, []],
    ['total off by 0.011', { ...pay, totalPreTax: '102.851' }, ['total-pre-tax-mismatch@totalPreTax']],
    ['total off by -0.02', { ...pay, totalPreTax: '102.82' }, ['total-pre-tax-mismatch@totalPreTax']],
    [
      'blank components count as 0',
      { ...pay, termIncentive: null, otherCashIncome: null, totalPreTax: '92.84' },
      [],
    ],
    ['blank payable reads as base + performance', { ...pay, annualSalaryPayable: null }, []],
    ['total empty', { ...pay, totalPreTax: null }, []],
    // related party pay
    [
      '是 without an amount',
      { ...pay, paidByRelatedParty: true },
      ['related-party-pay-required@relatedPartyPay'],
    ],
    ['是 with an amount', { ...pay, paidByRelatedParty: true, relatedPartyPay: '20' }, []],
    [
      '否 with an amount',
      { ...pay, relatedPartyPay: '20' },
      ['related-party-pay-unexpected@relatedPartyPay'],
    ],
    ['否 with 0', { ...pay, relatedPartyPay: '0' }, []],
    ['flag empty with an amount', { ...pay, paidByRelatedParty: null, relatedPartyPay: '20' }, []],
    // tenure
    [
      'tenure ending before it starts',
      { ...pay, tenureEnd: '2018-12' },
      ['tenure-end-before-start@tenureEnd'],
    ],
    ['tenure of one month', { ...pay, tenureEnd: '2019-01' }, []],
    ['tenure to date', { ...pay, tenureEnd: 'OPEN' }, []],
    ['tenure start empty', { ...pay, tenureStart: null, tenureEnd: '2018-12' }, []],
  ])('%s', (_name, row, expected) => {
    expect(findings(rules, row)).toEqual(expected);
  });

  test('an unreadable component leaves the sum unknown', () => {
    const ctx = context({ invalidFields: new Set(['termIncentive', 'relatedPartyPay']) });
    const row = { ...pay, termIncentive: null, paidByRelatedParty: true };
    expect(findings(rules, row, ctx)).toEqual([]);
  });

  test('the cap warning is a warning with its numbers', () => {
    const drafts = rules.flatMap((rule) =>
      rule.check({ baseSalary: '10', performanceSalary: '25' }, context()),
    );
    expect(drafts).toEqual([
      {
        code: 'performance-salary-over-cap',
        severity: 'warning',
        params: { performance: '25', base: '10', multiple: '2', cap: '20' },
      },
    ]);
  });
});
