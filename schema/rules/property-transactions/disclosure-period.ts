import type { DisclosureConfig, RuleContext, TypedRow } from '../../core/dataset.js';
import type { Exact } from '../../core/exact.js';
import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import { order32 } from '../support/basis.js';
import { uncoveredYearWarnings } from '../support/calendar.js';
import { defineRule } from '../support/define.js';
import { labelOf, TRANSACTION_TYPE } from '../support/labels.js';
import { dateOf, decimalOf, keyOf } from '../support/values.js';

const code = 'disclosure-period-too-short';

/**
 * Minimum formal disclosure in working days (32号令 第十三条, 第四十一条, 第四十八条). Asset transfers
 * are tiered by listing price (strictly over the tier's threshold); undefined when no minimum applies
 * or it cannot be known (no listing price).
 */
export function minimumDisclosureDays(
  type: string,
  listingPrice: Exact | undefined,
  config: DisclosureConfig,
) {
  const days = config.minDisclosureDays;
  if (type === 'EQUITY_TRANSFER') return days.EQUITY_TRANSFER;
  if (type === 'CAPITAL_INCREASE') return days.CAPITAL_INCREASE;
  if (type !== 'ASSET_TRANSFER' || !listingPrice) return undefined;
  const tiers = [...days.ASSET_TRANSFER].sort((a, b) => b.overWan - a.overWan);
  return tiers.find((tier) => listingPrice.gt(tier.overWan))?.days;
}

function check(row: TypedRow, ctx: RuleContext) {
  const type = keyOf(row, 'transactionType');
  const start = dateOf(row, 'listingStartDate');
  const end = dateOf(row, 'listingEndDate');
  // Only the formal disclosure has a statutory minimum; an inverted range is its own issue.
  if (keyOf(row, 'disclosureStage') !== 'FORMAL' || !type || !start || !end || end < start) return [];
  const min = minimumDisclosureDays(type, decimalOf(row, 'listingPrice'), ctx.config);
  if (min === undefined) return [];
  const actual = ctx.calendar.countWorkingDays(start, end);
  const assumed = uncoveredYearWarnings(ctx, [
    { field: 'listingStartDate', date: start },
    { field: 'listingEndDate', date: end },
  ]);
  if (actual >= min) return assumed;
  const params = { type: labelOf(TRANSACTION_TYPE, type), start, end, actual, min };
  return [{ code, field: 'listingEndDate', params }, ...assumed];
}

export const disclosurePeriodTooShort = defineRule<PropertyTransactionField>({
  code,
  severity: 'error',
  basis: order32('第十三条、第四十一条、第四十八条', 'arts. 13, 41 and 48'),
  message: {
    zh: '{type}项目正式披露期{start}至{end}共{actual}个工作日，少于规定的{min}个工作日',
    en: 'The formal disclosure of this {type} from {start} to {end} lasts {actual} working days, fewer than the required {min}',
  },
  fields: ['listingEndDate', 'listingStartDate', 'disclosureStage', 'transactionType', 'listingPrice'],
  check,
});
