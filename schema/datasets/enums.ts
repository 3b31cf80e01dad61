import type { EnumOption } from '../fields/enum.js';

// Enum keys are shared with schema/rules/: change them only together.

export const transactionTypes: EnumOption[] = [
  {
    key: 'EQUITY_TRANSFER',
    label: { zh: '产权转让', en: 'Equity transfer' },
    aliases: ['股权转让', '企业产权转让'],
  },
  {
    key: 'CAPITAL_INCREASE',
    label: { zh: '增资扩股', en: 'Capital increase' },
    aliases: ['增资', '企业增资'],
  },
  { key: 'ASSET_TRANSFER', label: { zh: '资产转让', en: 'Asset transfer' }, aliases: ['实物资产转让'] },
];

export const disclosureStages: EnumOption[] = [
  { key: 'PRE', label: { zh: '预披露', en: 'Pre-disclosure' }, aliases: ['信息预披露'] },
  { key: 'FORMAL', label: { zh: '正式披露', en: 'Formal disclosure' }, aliases: ['正式挂牌', '挂牌公告'] },
  {
    key: 'RESULT',
    label: { zh: '成交公告', en: 'Deal announcement' },
    aliases: ['成交', '结果公告', '交易结果'],
  },
];

export const tradingMethods: EnumOption[] = [
  { key: 'AUCTION', label: { zh: '拍卖', en: 'Auction' } },
  { key: 'TENDER', label: { zh: '招投标', en: 'Tender' }, aliases: ['招标', '招标投标'] },
  {
    key: 'ONLINE_BIDDING',
    label: { zh: '网络竞价', en: 'Online bidding' },
    aliases: ['网络竞价（多次报价）'],
  },
  {
    key: 'AGREEMENT',
    label: { zh: '协议转让', en: 'Negotiated agreement' },
    aliases: ['协议', '非公开协议转让'],
  },
  { key: 'COMPETITIVE_NEGOTIATION', label: { zh: '竞争性谈判', en: 'Competitive negotiation' } },
  { key: 'COMPREHENSIVE_EVALUATION', label: { zh: '综合评议', en: 'Comprehensive evaluation' } },
];

export const buyerTypes: EnumOption[] = [
  {
    key: 'LEGAL_PERSON',
    label: { zh: '法人', en: 'Legal person' },
    aliases: ['法人或其他组织', '企业', '单位'],
  },
  { key: 'NATURAL_PERSON', label: { zh: '自然人', en: 'Natural person' }, aliases: ['个人'] },
];

export const paymentTerms: EnumOption[] = [
  { key: 'LUMP_SUM', label: { zh: '一次性', en: 'Lump sum' }, aliases: ['一次性付款', '一次付清'] },
  { key: 'INSTALMENT', label: { zh: '分期', en: 'Instalments' }, aliases: ['分期付款', 'installment'] },
];

export const reviewTypes: EnumOption[] = [
  { key: 'ANNUAL', label: { zh: '年度', en: 'Annual' }, aliases: ['年度考核'] },
  { key: 'TERM', label: { zh: '任期', en: 'Term' }, aliases: ['任期考核'] },
];

export const industries: EnumOption[] = [
  { key: 'WATER', label: { zh: '供水', en: 'Water supply' } },
  { key: 'BUS', label: { zh: '公共交通', en: 'Public transport' }, aliases: ['公交'] },
  { key: 'GAS', label: { zh: '供气', en: 'Gas supply' }, aliases: ['燃气'] },
  { key: 'HEAT', label: { zh: '供热', en: 'Heating' } },
];

export const serviceCategories: EnumOption[] = [
  { key: 'PRICE', label: { zh: '价格收费', en: 'Prices and charges' } },
  { key: 'SERVICE_STANDARD', label: { zh: '服务标准', en: 'Service standards' } },
  { key: 'GUIDE', label: { zh: '办事指南', en: 'How-to guide' } },
  { key: 'SERVICE_POINT', label: { zh: '服务网点', en: 'Service points' } },
  { key: 'COMPLAINT', label: { zh: '投诉渠道', en: 'Complaint channels' } },
  { key: 'OUTAGE', label: { zh: '停水公告', en: 'Water outage notice' } },
  { key: 'WATER_QUALITY', label: { zh: '水质信息', en: 'Water quality' } },
  { key: 'ROUTE_CHANGE', label: { zh: '线路调整', en: 'Route change' } },
  { key: 'OPERATING_HOURS', label: { zh: '运营时间', en: 'Operating hours' } },
];

export const recruitmentMethods: EnumOption[] = [
  { key: 'OPEN', label: { zh: '公开招聘', en: 'Open recruitment' } },
  { key: 'CAMPUS', label: { zh: '校园招聘', en: 'Campus recruitment' }, aliases: ['校招'] },
  { key: 'EXPERIENCED', label: { zh: '社会招聘', en: 'Experienced hires' }, aliases: ['社招'] },
];

export const recruitmentStages: EnumOption[] = [
  { key: 'NOTICE', label: { zh: '招聘公告', en: 'Recruitment notice' }, aliases: ['公告', '招聘简章'] },
  {
    key: 'RESULT',
    label: { zh: '结果公示', en: 'Result publicity' },
    aliases: ['拟聘用公示', '拟录用公示', '公示'],
  },
];
