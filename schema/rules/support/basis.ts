import type { Localized } from '../../core/localized.js';

/** The regulations rules come from, written once. Article numbers are cited where a rule rests on one. */
const ORDER_32 = '《企业国有资产交易监督管理办法》（国务院国资委 财政部令第32号）';
const ORDER_32_EN =
  'Measures for the Supervision and Administration of State-owned Asset Transactions (SASAC/MOF Order No. 32)';

export function order32(article?: string, articleEn?: string): Localized {
  return {
    zh: article ? `${ORDER_32}${article}` : ORDER_32,
    en: articleEn ? `${ORDER_32_EN}, ${articleEn}` : ORDER_32_EN,
  };
}

export const EXECUTIVE_PAY: Localized = {
  zh: '《关于深化中央管理企业负责人薪酬制度改革的意见》（中发〔2014〕12号）及企业负责人薪酬信息披露口径',
  en: 'Opinions on Deepening the Reform of Pay for Heads of Centrally Administered Enterprises (2014) and the pay disclosure template',
};

export const PERFORMANCE_REVIEW: Localized = {
  zh: '《中央企业负责人经营业绩考核办法》（国务院国资委令第40号）',
  en: 'Measures for the Performance Review of Heads of Central SOEs (SASAC Order No. 40)',
};

export const WATER_SUPPLY: Localized = {
  zh: '《城市供水条例》第二十二条；建城规〔2021〕4号',
  en: 'Urban Water Supply Regulations, art. 22; MOHURD 2021 No. 4',
};

export const BUS: Localized = {
  zh: '《城市公共汽车和电车客运管理规定》（交通运输部令2022年第11号）',
  en: 'Provisions on Urban Bus and Trolleybus Passenger Transport (MOT Order 2022 No. 11)',
};

export const PUBLIC_ENTERPRISE_DISCLOSURE: Localized = {
  zh: '《公共企事业单位信息公开规定制定办法》（国办发〔2020〕50号）',
  en: 'Measures for Formulating Information Disclosure Provisions for Public Enterprises and Institutions (2020 No. 50)',
};

export const DISCLOSURE_TEMPLATE: Localized = {
  zh: '阳光国资数据披露模板填报口径',
  en: 'Sunshine disclosure template instructions',
};

export const RECRUITMENT: Localized = {
  zh: '《2019年上海市国有资产监督管理委员会政务公开工作要点》（做好国有企业招聘信息公开）及招聘信息公开模板填报口径',
  en: 'Shanghai SASAC 2019 transparency priorities (SOE recruitment disclosure) and the recruitment template instructions',
};
