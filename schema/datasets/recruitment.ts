// 国有企业招聘信息公开 — 2019年上海市国资委政务公开工作要点: 做好国有企业……招聘信息公开.
import { defineDataset } from '../core/dataset.js';
import { date, enumOf, integer, text, uscc } from '../fields/index.js';
import { recruitmentRules } from '../rules/recruitment/index.js';
import { recruitmentMethods, recruitmentStages } from './enums.js';
import { field, required } from './field.js';

export const recruitmentFields = [
  field('employerName', '招聘单位', 'Employer', text({ maxLength: 200 }), required),
  field('enterpriseCode', '统一社会信用代码', 'Employer USCC', uscc(), required),
  field('title', '公告标题', 'Notice title', text({ maxLength: 200 }), required),
  field('position', '招聘岗位', 'Position', text({ maxLength: 200 }), required),
  field('headcount', '招聘人数', 'Headcount', integer({ min: 1 })),
  field('requirements', '岗位要求', 'Requirements', text({ maxLength: 2000, content: 'free-text' })),
  field('applyFrom', '报名开始日期', 'Applications open', date()),
  field('applyTo', '报名截止日期', 'Applications close', date()),
  field('noticeDate', '发布日期', 'Published on', date(), required),
  field('method', '招聘方式', 'Method', enumOf(recruitmentMethods)),
  // A hired person's name is public (结果公示 exists to name them); an ID number never is, and the
  // rules refuse one written into any text field.
  field('hiredName', '拟聘人员', 'Person to be hired', text({ maxLength: 200, content: 'name' })),
  field('stage', '公告类型', 'Notice type', enumOf(recruitmentStages), required),
  field('publicityDays', '公示期', 'Publicity period (working days)', integer({ min: 0 })),
  field('hotline', '联系电话', 'Contact telephone', text({ maxLength: 50 })),
  field('remarks', '备注', 'Remarks', text({ maxLength: 1000, content: 'free-text' })),
];

/** The field keys of this dataset: rules and views are checked against them. */
export type RecruitmentField = (typeof recruitmentFields)[number]['key'];

export const recruitment = defineDataset({
  key: 'recruitment',
  graphqlName: 'RECRUITMENT',
  title: { zh: '招聘信息', en: 'Recruitment' },
  description: {
    zh: '国有企业公开招聘的招聘公告及结果公示，每行为一个岗位的一条公告。',
    en: 'Recruitment notices of SOEs and their results; one row per position and notice.',
  },
  basis: {
    zh: '《2019年上海市国有资产监督管理委员会政务公开工作要点》：做好国有企业……招聘信息公开',
    en: 'Shanghai SASAC 2019 government transparency priorities: disclose SOE recruitment information',
  },
  sheetName: '招聘信息',
  moneyUnit: 'yuan',
  fields: recruitmentFields,
  // A notice and its result are two rows of one position.
  uniqueKeys: [['enterpriseCode', 'title', 'position', 'stage', 'hiredName']],
  rules: recruitmentRules,
  enterpriseCodeField: 'enterpriseCode',
  periodField: 'noticeDate',
  searchFields: ['title', 'position', 'employerName', 'requirements'],
  view: {
    columns: ['noticeDate', 'title', 'position', 'stage', 'headcount'],
    linkField: 'title',
    facets: ['stage', 'method'],
  },
});
