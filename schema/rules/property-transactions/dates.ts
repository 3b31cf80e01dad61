import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import { order32 } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { dateOf } from '../support/values.js';

export const listingEndBeforeStart = defineRule<PropertyTransactionField>({
  code: 'listing-end-before-start',
  severity: 'error',
  basis: order32(),
  message: {
    zh: '挂牌截止日期{end}早于挂牌起始日期{start}',
    en: 'The listing end date {end} is before the listing start date {start}',
  },
  fields: ['listingEndDate', 'listingStartDate'],
  check(row) {
    const start = dateOf(row, 'listingStartDate');
    const end = dateOf(row, 'listingEndDate');
    return start && end && end < start ? [{ code: 'listing-end-before-start', params: { start, end } }] : [];
  },
});

// 32号令: bids are collected during the disclosure period and the deal concluded after it ends.
export const dealDateBeforeListingEnd = defineRule<PropertyTransactionField>({
  code: 'deal-date-before-listing-end',
  severity: 'error',
  basis: order32(),
  message: {
    zh: '成交日期{dealDate}早于挂牌截止日期{end}：应在信息披露期满后成交',
    en: 'The deal date {dealDate} is before the listing end date {end}: a deal follows the end of the disclosure',
  },
  fields: ['dealDate', 'listingEndDate'],
  check(row) {
    const end = dateOf(row, 'listingEndDate');
    const dealDate = dateOf(row, 'dealDate');
    if (!end || !dealDate || dealDate >= end) return [];
    return [{ code: 'deal-date-before-listing-end', params: { dealDate, end } }];
  },
});
