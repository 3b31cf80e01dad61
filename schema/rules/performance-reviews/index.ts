import type { RowRule } from '../../core/dataset.js';
import type { PerformanceReviewField } from '../../datasets/performance-reviews.js';
import { reviewGradeUnknown } from './grade.js';
import { reviewPeriodFormat, reviewTermLength } from './period.js';

export { normalizeGrade } from './grade.js';

/** 经营业绩考核结果: period form and grade scheme. score ≥ 0 is a field constraint (decimal min 0). */
export const performanceReviewRules: RowRule<PerformanceReviewField>[] = [
  reviewPeriodFormat,
  reviewTermLength,
  reviewGradeUnknown,
];
