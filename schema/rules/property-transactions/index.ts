import type { RowRule } from '../../core/dataset.js';
import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import { approvalRefRequired } from './approval.js';
import { buyerIdNotResidentId, buyerIdNotUscc } from './buyer-id.js';
import { dealDateBeforeListingEnd, listingEndBeforeStart } from './dates.js';
import { disclosurePeriodTooShort } from './disclosure-period.js';
import { dealPriceBelowListingPrice, downPaymentTooLow } from './prices.js';
import {
  buyerNameRequired,
  dealPriceRequired,
  downPaymentRequired,
  targetCodeRequired,
  targetNameRequired,
} from './required.js';

export { minimumDisclosureDays } from './disclosure-period.js';
export { premiumRate } from './prices.js';

/**
 * 国有产权交易: the rules of 32号令 that one row can show. The projectCode pattern is a warning of
 * the field type itself (text pattern, severity warning), so it is not repeated here.
 */
export const propertyTransactionRules: RowRule<PropertyTransactionField>[] = [
  targetNameRequired,
  targetCodeRequired,
  approvalRefRequired,
  listingEndBeforeStart,
  disclosurePeriodTooShort,
  buyerNameRequired,
  buyerIdNotUscc,
  buyerIdNotResidentId,
  dealPriceRequired,
  dealPriceBelowListingPrice,
  dealDateBeforeListingEnd,
  downPaymentRequired,
  downPaymentTooLow,
];
