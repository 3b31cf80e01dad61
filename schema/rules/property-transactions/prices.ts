import { setting } from '../../config.js';
import type { TypedRow } from '../../core/dataset.js';
import { Big, canonicalDecimal } from '../../core/decimal.js';
import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import { order32 } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { labelOf, TRADING_METHOD } from '../support/labels.js';
import { decimalOf, keyOf } from '../support/values.js';

/**
 * In a public bidding (竞价) the listing price is the reserve: no bid below it can win, so a
 * result announcement with a lower deal price is wrong (32号令). Negotiated methods are exempt.
 */
export const dealPriceBelowListingPrice = defineRule<PropertyTransactionField>({
  code: 'deal-price-below-listing-price',
  severity: 'error',
  basis: order32(),
  message: {
    zh: '以{method}方式成交的，成交价格{dealPrice}万元不得低于挂牌价格{listingPrice}万元',
    en: 'Sold by {method}: the deal price {dealPrice} may not be below the listing price {listingPrice} (10,000 yuan)',
  },
  fields: ['dealPrice', 'listingPrice', 'tradingMethod', 'disclosureStage'],
  check(row, ctx) {
    const method = keyOf(row, 'tradingMethod');
    const deal = decimalOf(row, 'dealPrice');
    const listing = decimalOf(row, 'listingPrice');
    if (keyOf(row, 'disclosureStage') !== 'RESULT' || !method || !deal || !listing) return [];
    if (!setting(ctx.config, 'publicBiddingMethods').includes(method) || deal.gte(listing)) return [];
    const params = {
      method: labelOf(TRADING_METHOD, method),
      dealPrice: canonicalDecimal(deal),
      listingPrice: canonicalDecimal(listing),
    };
    return [{ code: 'deal-price-below-listing-price', params }];
  },
});

/** 32号令 第二十八条: paid in instalments, the first payment is at least 30% of the price. */
export const downPaymentTooLow = defineRule<PropertyTransactionField>({
  code: 'down-payment-too-low',
  severity: 'error',
  basis: order32('第二十八条', 'art. 28'),
  message: {
    zh: '分期付款的首期付款比例{percent}%低于规定的{min}%',
    en: 'The first instalment of {percent}% is below the required {min}%',
  },
  fields: ['downPaymentPercent', 'paymentTerms'],
  check(row, ctx) {
    const percent = decimalOf(row, 'downPaymentPercent');
    if (keyOf(row, 'paymentTerms') !== 'INSTALMENT' || !percent) return [];
    const min = ctx.config.minDownPaymentPercent;
    if (percent.gte(min)) return [];
    return [{ code: 'down-payment-too-low', params: { percent: canonicalDecimal(percent), min } }];
  },
});

/**
 * Premium rate (溢价率) for regulators: dealPrice / listingPrice − 1, as a canonical decimal string
 * (e.g. '0.25' for 25%). Division is exact to `decimalPlaces` (≤ 20, big.js's default precision),
 * rounded half up; undefined when either price is missing or the listing price is 0.
 */
export function premiumRate(row: TypedRow, decimalPlaces = 20): string | undefined {
  const deal = decimalOf(row, 'dealPrice');
  const listing = decimalOf(row, 'listingPrice');
  if (!deal || !listing || listing.eq(0)) return undefined;
  return canonicalDecimal(
    deal.toBig().div(listing.toBig()).minus(1).round(Math.min(decimalPlaces, 20), Big.roundHalfUp),
  );
}
