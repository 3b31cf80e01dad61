// Rules over one typed row, one pure function each (STYLE.md); each dataset definition imports its list.
import type { RowRule } from '../core/dataset.js';
import { executivePayRules } from './executive-pay/index.js';
import { performanceReviewRules } from './performance-reviews/index.js';
import { propertyTransactionRules } from './property-transactions/index.js';
import { serviceInfoRules } from './service-info/index.js';

export { executivePayRules } from './executive-pay/index.js';
export { normalizeGrade, performanceReviewRules } from './performance-reviews/index.js';
export {
  minimumDisclosureDays,
  premiumRate,
  propertyTransactionRules,
} from './property-transactions/index.js';
export { parseLimit, parseMeasurement, serviceInfoRules, withinLimit } from './service-info/index.js';
export { defineRule, type RequiredWhenOptions, requiredWhen } from './support/define.js';

/** Every rule of every dataset, for catalogue tests. */
export const allRules: RowRule[] = [
  ...propertyTransactionRules,
  ...executivePayRules,
  ...performanceReviewRules,
  ...serviceInfoRules,
];
