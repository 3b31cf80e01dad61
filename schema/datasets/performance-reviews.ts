// 经营业绩考核结果公开 — 《中央企业负责人经营业绩考核办法》（国务院国资委令第40号）, 一利五率 indicators.
import { defineDataset } from '../core/dataset.js';
import { decimal, enumOf, money, percent, text, uscc } from '../fields/index.js';
import { performanceReviewRules } from '../rules/index.js';
import { reviewTypes } from './enums.js';
import { field, required } from './field.js';

export const performanceReviewsFields = [
  field('reviewType', '考核类型', 'Review type', enumOf(reviewTypes), required),
  // Its form (2023 for ANNUAL, 2022-2024 for TERM) is checked by a rule.
  field('period', '考核期间', 'Review period', text({ maxLength: 20 }), required),
  field('enterpriseName', '企业名称', 'Enterprise name', text({ maxLength: 200, content: 'name' }), required),
  field('enterpriseCode', '统一社会信用代码', 'Enterprise USCC', uscc(), required),
  field(
    'legalRepresentative',
    '法定代表人',
    'Legal representative',
    text({ maxLength: 50, content: 'name' }),
  ),
  field('score', '考核得分', 'Score', decimal({ min: '0', unit: '分' })),
  // The grade scheme is configurable per regulator; a rule checks it against config.reviewGrades.
  field('grade', '考核等级', 'Grade', text({ maxLength: 10 })),
  // Profit and returns may be negative.
  field('totalProfit', '利润总额(万元)', 'Total profit (10k CNY)', money()),
  field('roe', '净资产收益率(%)', 'Return on equity (%)', percent()),
  field('debtRatio', '资产负债率(%)', 'Debt-to-asset ratio (%)', percent({ min: '0' })),
  field('operatingCashRatio', '营业现金比率(%)', 'Operating cash ratio (%)', percent()),
  field('rdIntensity', '研发经费投入强度(%)', 'R&D intensity (%)', percent({ min: '0' })),
  // 万元/人 is a ratio of its own, not scaled by a sheet's money unit line.
  field(
    'laborProductivity',
    '全员劳动生产率(万元/人)',
    'Labour productivity (10k CNY per person)',
    decimal(),
  ),
  field(
    'capitalPreservationRate',
    '国有资本保值增值率(%)',
    'State capital preservation rate (%)',
    percent({ min: '0' }),
  ),
  field('remarks', '备注', 'Remarks', text({ maxLength: 1000, content: 'free-text' })),
];

/** The field keys of this dataset: rules and views are checked against them. */
export type PerformanceReviewField = (typeof performanceReviewsFields)[number]['key'];

export const performanceReviews = defineDataset({
  key: 'performance-reviews',
  graphqlName: 'PERFORMANCE_REVIEWS',
  title: { zh: '经营业绩考核结果', en: 'Performance review results' },
  description: {
    zh: '企业负责人年度和任期经营业绩考核结果及主要指标，每行为一户企业的一个考核期间。',
    en: 'Annual and term performance review results with key indicators; one row per enterprise and review period.',
  },
  basis: {
    zh: '《中央企业负责人经营业绩考核办法》（国务院国资委令第40号）',
    en: 'Measures for the Performance Review of Heads of Central SOEs (SASAC Order No. 40)',
  },
  sheetName: '经营业绩考核结果',
  moneyUnit: 'wan',
  fields: performanceReviewsFields,
  uniqueKeys: [['reviewType', 'period', 'enterpriseCode']],
  // One enterprise's annual or term review for one period.
  naturalKey: ['reviewType', 'period', 'enterpriseCode'],
  rules: performanceReviewRules,
  enterpriseCodeField: 'enterpriseCode',
  periodField: 'period',
  searchFields: ['enterpriseName', 'legalRepresentative', 'period', 'grade'],
  view: {
    columns: ['reviewType', 'period', 'score', 'grade'],
    linkField: 'period',
    facets: ['reviewType', 'period', 'grade'],
  },
});
