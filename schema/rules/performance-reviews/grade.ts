import type { PerformanceReviewField } from '../../datasets/performance-reviews.js';
import { PERFORMANCE_REVIEW } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { textOf } from '../support/values.js';

/** Grade letters as people type them: full-width, lower case, or with 级 (A级). */
export function normalizeGrade(grade: string): string {
  return grade.normalize('NFKC').trim().toUpperCase().replace(/级$/, '');
}

/** The grade scheme is the regulator's (A–D under 国资委令第40号; older schemes A–E). */
export const reviewGradeUnknown = defineRule<PerformanceReviewField>({
  code: 'review-grade-unknown',
  severity: 'error',
  basis: PERFORMANCE_REVIEW,
  message: {
    zh: '{label}“{value}”不在本地区的考核等级中：应为{grades}之一',
    en: '{label} "{value}" is not a grade of this jurisdiction: expected one of {grades}',
  },
  fields: ['grade'],
  check(row, ctx) {
    const grade = textOf(row, 'grade');
    const grades = ctx.config.reviewGrades;
    if (!grade || grades.map(normalizeGrade).includes(normalizeGrade(grade))) return [];
    return [{ code: 'review-grade-unknown', params: { grades: grades.join('/') } }];
  },
});
