// Rules over one typed row, one pure function each (STYLE.md); each dataset definition imports its list.

export { executivePayRules } from './executive-pay/index.js';
export { normalizeGrade, performanceReviewRules } from './performance-reviews/index.js';
export {
  minimumDisclosureDays,
  premiumRate,
  propertyTransactionRules,
} from './property-transactions/index.js';
export { parseLimit, parseMeasurement, serviceInfoRules, withinLimit } from './service-info/index.js';
export { defineRule, type RequiredWhenOptions, requiredWhen } from './support/define.js';
