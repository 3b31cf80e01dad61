// 企业负责人薪酬信息披露 — 中发〔2014〕12号 pay reform and the published 企业负责人薪酬情况表 headings.
import type { DatasetDefinition } from '../core/dataset.js';
import { money, text, uscc, year, yearMonth, yesNo } from '../fields/index.js';
import { executivePayRules } from '../rules/index.js';
import { field, required } from './field.js';

const pay = () => money({ min: '0' });

export const executivePay: DatasetDefinition = {
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
  fields: [
    field('fiscalYear', '年度', 'Fiscal year', year({ notAfterCurrent: true }), required),
    field('enterpriseName', '企业名称', 'Enterprise name', text({ maxLength: 200 }), required),
    field('enterpriseCode', '统一社会信用代码', 'Enterprise USCC', uscc(), required),
    // Public by name: executives' pay is disclosed per person.
    field('name', '姓名', 'Name', text({ maxLength: 50 }), required),
    field('position', '职务', 'Position', text({ maxLength: 100 }), required),
    field('tenureStart', '任职起始', 'Tenure start', yearMonth()),
    field('tenureEnd', '任职终止', 'Tenure end', yearMonth({ allowOpen: true })),
    field('baseSalary', '基本年薪', 'Base salary', pay()),
    field('performanceSalary', '绩效年薪', 'Performance salary', pay()),
    field('annualSalaryPayable', '应付年薪', 'Annual salary payable', pay()),
    field('termIncentive', '任期激励收入', 'Term incentive', pay()),
    field(
      'employerContributions',
      '社会保险、企业年金、补充医疗保险及住房公积金的单位缴存部分',
      'Employer social insurance, annuity, supplementary medical and housing fund contributions',
      pay(),
    ),
    field('otherCashIncome', '其他货币性收入', 'Other cash income', pay()),
    field('totalPreTax', '税前报酬合计', 'Total pre-tax pay', pay()),
    field(
      'paidByRelatedParty',
      '是否在股东单位或其他关联企业领取薪酬',
      'Paid by shareholder or related enterprises',
      yesNo(),
    ),
    field('relatedPartyPay', '关联方领取的税前薪酬总额', 'Pre-tax pay from related parties', pay()),
    field('remarks', '备注', 'Remarks', text({ maxLength: 1000 })),
  ],
  uniqueKeys: [['fiscalYear', 'enterpriseCode', 'name']],
  rules: executivePayRules,
  enterpriseCodeField: 'enterpriseCode',
  periodField: 'fiscalYear',
  searchFields: ['enterpriseName', 'name', 'position'],
};
