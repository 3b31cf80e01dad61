import { Big, canonicalDecimal } from '../../core/decimal.js';
import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import { order32 } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { decimalOf, isBlank } from '../support/values.js';

const code = 'approval-ref-required';

/**
 * 32号令 第十八条: a reserve price below 90% of the appraisal needs the written consent of the body
 * that approved the transfer, so its document number (批准文号) must be given. Exactly 90% passes.
 */
export const approvalRefRequired = defineRule<PropertyTransactionField>({
  code,
  severity: 'error',
  basis: order32('第十八条', 'art. 18'),
  message: {
    zh: '挂牌价格{listingPrice}万元低于评估值{appraisedValue}万元的{percent}%（{threshold}万元），须经转让行为批准单位书面同意，请填写{label}',
    en: 'The listing price {listingPrice} is below {percent}% of the appraised value {appraisedValue} ({threshold}, in 10,000 yuan): the approving body must consent in writing; give {label}',
  },
  fields: ['approvalRef', 'listingPrice', 'appraisedValue'],
  check(row, ctx) {
    const listing = decimalOf(row, 'listingPrice');
    const appraised = decimalOf(row, 'appraisedValue');
    if (!listing || !appraised || !isBlank(row, 'approvalRef', ctx)) return [];
    const ratio = ctx.config.approvalThresholdRatio;
    const threshold = appraised.times(ratio);
    if (listing.gte(threshold)) return [];
    const params = {
      listingPrice: canonicalDecimal(listing),
      appraisedValue: canonicalDecimal(appraised),
      threshold: canonicalDecimal(threshold),
      percent: canonicalDecimal(new Big(ratio).times(100)),
    };
    return [{ code, field: 'approvalRef', params }];
  },
});
