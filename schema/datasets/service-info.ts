// 公共企业服务信息公开 — 供水 建城规〔2021〕4号; 公共交通 交通运输部令2022年第11号; 国办发〔2020〕50号.
import { defineDataset } from '../core/dataset.js';
import { dateTime, enumOf, text, yesNo } from '../fields/index.js';
import { serviceInfoRules } from '../rules/index.js';
import { industries, serviceCategories } from './enums.js';
import { field, required } from './field.js';

export const serviceInfoFields = [
  field('industry', '行业', 'Industry', enumOf(industries), required),
  field('category', '信息类别', 'Category', enumOf(serviceCategories), required),
  field('title', '标题', 'Title', text({ maxLength: 200, content: 'free-text' }), required),
  field('content', '内容', 'Content', text({ maxLength: 5000, content: 'free-text' }), required),
  field('effectiveFrom', '生效时间', 'Effective from', dateTime()),
  field('effectiveTo', '结束时间', 'Effective to', dateTime()),
  field('noticeAt', '发布时间', 'Published at', dateTime()),
  field('emergency', '是否紧急', 'Emergency', yesNo()),
  field('affectedArea', '影响区域', 'Affected area', text({ maxLength: 500 })),
  field('lineNo', '线路编号', 'Line number', text({ maxLength: 50 })),
  field('indicator', '指标名称', 'Indicator', text({ maxLength: 100 })),
  // Text, not decimal: water quality reports say 未检出, <0.05 or 6.5~8.5; the limit rule
  // compares only when both read as plain numbers.
  field('value', '指标值', 'Value', text({ maxLength: 50 })),
  field('unit', '单位', 'Unit', text({ maxLength: 20 })),
  field('limit', '限值', 'Limit', text({ maxLength: 50 })),
  field('hotline', '服务电话', 'Service hotline', text({ maxLength: 50 })),
];

/** The field keys of this dataset: rules and views are checked against them. */
export type ServiceInfoField = (typeof serviceInfoFields)[number]['key'];

export const serviceInfo = defineDataset({
  key: 'service-info',
  graphqlName: 'SERVICE_INFO',
  title: { zh: '服务信息', en: 'Public service information' },
  description: {
    zh: '供水、公共交通、供气、供热企业的服务信息（收费、服务标准、停水公告、水质、线路调整等），每行为一条公开事项。',
    en: 'Service information of water, public transport, gas and heating enterprises; one row per disclosure item.',
  },
  basis: {
    zh: '《关于加强城市供水安全保障工作的通知》（建城规〔2021〕4号）；《城市公共汽车和电车客运管理规定》（交通运输部令2022年第11号）',
    en: 'MOHURD notice on urban water supply safety (2021 No. 4); Provisions on Urban Bus and Trolleybus Transport (MOT Order 2022 No. 11)',
  },
  sheetName: '服务信息',
  moneyUnit: 'wan',
  fields: serviceInfoFields,
  // One row per item: water quality rows share a title and differ by indicator, bus rows by line.
  uniqueKeys: [['industry', 'category', 'title', 'effectiveFrom', 'lineNo', 'indicator']],
  // One notice: its kind, title and start, per bus line or water-quality indicator when given.
  naturalKey: ['industry', 'category', 'title', 'effectiveFrom', 'lineNo', 'indicator'],
  rules: serviceInfoRules,
  periodField: 'effectiveFrom',
  searchFields: ['title', 'content', 'affectedArea', 'lineNo'],
  view: {
    columns: ['industry', 'category', 'title', 'noticeAt'],
    linkField: 'title',
    facets: ['industry', 'category'],
  },
  obligationEvents: [
    {
      key: 'service-change',
      label: { zh: '服务信息变更', en: 'a change of service information' },
      // A change happens when it takes effect (生效时间, its day in China). 发布时间 is when the
      // enterprise announced it on its own channels, not the change; one row is one item.
      eventDay: { field: 'effectiveFrom' },
    },
  ],
});
