// 企业负责人薪酬信息披露 — 中发〔2014〕12号 pay reform and the published 企业负责人薪酬情况表 headings.
import { defineDataset } from '../core/dataset.js';
import { money, text, uscc, year, yearMonth, yesNo } from '../fields/index.js';
import { executivePayRules } from '../rules/index.js';
import { field, required } from './field.js';

// Annual pay of one executive in 万元: above 1000 (ten million yuan) a figure is almost certainly
// an amount in 元 typed into the 万元 template (docs/datasets.md, plausibility warnings).
const pay = () => money({ min: '0', plausible: { max: '1000' } });
// A year's base or total pay below 0.1 万元 (1,000 yuan) is an amount in 万元 under a 元 unit line.
const annualPay = () => money({ min: '0', plausible: { min: '0.1', max: '1000' } });

export const executivePayFields = [
  field('fiscalYear', '年度', 'Fiscal year', year({ notAfterCurrent: true }), required),
  field('enterpriseName', '企业名称', 'Enterprise name', text({ maxLength: 200, content: 'name' }), required),
  field('enterpriseCode', '统一社会信用代码', 'Enterprise USCC', uscc(), required),
  // Public by name: executives' pay is disclosed per person.
  field('name', '姓名', 'Name', text({ maxLength: 50, content: 'name' }), required),
  field('position', '职务', 'Position', text({ maxLength: 100 }), required),
  field('tenureStart', '任职起始', 'Tenure start', yearMonth()),
  field('tenureEnd', '任职终止', 'Tenure end', yearMonth({ allowOpen: true })),
  field('baseSalary', '基本年薪', 'Base salary', annualPay()),
  field('performanceSalary', '绩效年薪', 'Performance salary', pay()),
  field('annualSalaryPayable', '应付年薪', 'Annual salary payable', annualPay()),
  field('termIncentive', '任期激励收入', 'Term incentive', pay()),
  field(
    'employerContributions',
    '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分',
    'Employer social insurance, annuity, supplementary medical and housing fund contributions',
    pay(),
  ),
  field('otherCashIncome', '其他货币性收入', 'Other cash income', pay()),
  field('totalPreTax', '税前报酬合计', 'Total pre-tax pay', annualPay()),
  field(
    'paidByRelatedParty',
    '是否在股东单位或其他关联企业领取薪酬',
    'Paid by shareholder or related enterprises',
    yesNo(),
  ),
  field('relatedPartyPay', '关联方领取的税前薪酬总额', 'Pre-tax pay from related parties', pay()),
  field('remarks', '备注', 'Remarks', text({ maxLength: 1000, content: 'free-text' })),
];

/** The field keys of this dataset: rules and views are checked against them. */
export type ExecutivePayField = (typeof executivePayFields)[number]['key'];

export const executivePay = defineDataset({
  key: 'executive-pay',
  graphqlName: 'EXECUTIVE_PAY',
  title: { zh: '企业负责人薪酬', en: 'Executive pay' },
  description: {
    zh: '企业负责人年度薪酬情况，每行为一名负责人的一个年度，金额单位为万元。',
    en: 'Annual pay of SOE executives; one row per executive and fiscal year, amounts in 10,000 CNY.',
  },
  basis: {
    zh: '《关于深化中央管理企业负责人薪酬制度改革的意见》（中发〔2014〕12号）；企业负责人薪酬信息披露',
    en: 'Opinions on Deepening the Reform of Pay for Heads of Centrally Administered Enterprises (2014); executive pay disclosure',
  },
  sheetName: '企业负责人薪酬',
  moneyUnit: 'wan',
  fields: executivePayFields,
  uniqueKeys: [['fiscalYear', 'enterpriseCode', 'name']],
  // One executive's pay for one year at one enterprise.
  naturalKey: ['fiscalYear', 'enterpriseCode', 'name'],
  rules: executivePayRules,
  enterpriseCodeField: 'enterpriseCode',
  periodField: 'fiscalYear',
  searchFields: ['enterpriseName', 'name', 'position'],
  view: {
    columns: ['fiscalYear', 'name', 'position', 'totalPreTax'],
    linkField: 'name',
    facets: ['fiscalYear'],
  },
});
