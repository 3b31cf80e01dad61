import { setting } from '../../config.js';
import type { IssueDraft } from '../../core/issues.js';
import type { Localized } from '../../core/localized.js';
import type { PerformanceReviewField } from '../../datasets/performance-reviews.js';
import { PERFORMANCE_REVIEW } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { keyOf, textOf } from '../support/values.js';

// Punctuation people type for the same thing is not a form error: 2023年度, 2022—2024, 2022年～2024年.
const YEAR = /^(\d{4})年?度?$/;
const RANGE = /^(\d{4})年?\s*[-‐–—－~～至]+\s*(\d{4})年?度?$/;

const ANNUAL_FORM: Localized = { zh: '单一年份，如2023', en: 'a single year, e.g. 2023' };
const TERM_FORM: Localized = { zh: '起止年份，如2022-2024', en: 'first and last year, e.g. 2022-2024' };

function periodProblem(type: string, period: string, termYears: number): IssueDraft | undefined {
  const text = period.normalize('NFKC');
  if (type === 'ANNUAL') {
    return YEAR.test(text) ? undefined : { code: 'review-period-format', params: { expected: ANNUAL_FORM } };
  }
  if (type !== 'TERM') return undefined;
  const range = RANGE.exec(text);
  if (!range) return { code: 'review-period-format', params: { expected: TERM_FORM } };
  const years = Number(range[2]) - Number(range[1]) + 1;
  return years === termYears ? undefined : { code: 'review-term-length', params: { years, termYears } };
}

/** 国资委令第40号: annual reviews cover one year, term reviews a three-year term. */
export const reviewPeriodFormat = defineRule<PerformanceReviewField>({
  code: 'review-period-format',
  severity: 'error',
  basis: PERFORMANCE_REVIEW,
  message: {
    zh: '{label}“{value}”与考核类型不符：应为{expected}',
    en: '{label} "{value}" does not match the review type: expected {expected}',
  },
  fields: ['period', 'reviewType'],
  check(row, ctx) {
    const type = keyOf(row, 'reviewType');
    const period = textOf(row, 'period');
    const problem =
      type && period ? periodProblem(type, period, setting(ctx.config, 'reviewTermYears')) : undefined;
    return problem?.code === 'review-period-format' ? [problem] : [];
  },
});

export const reviewTermLength = defineRule<PerformanceReviewField>({
  code: 'review-term-length',
  severity: 'error',
  basis: PERFORMANCE_REVIEW,
  message: {
    zh: '任期考核期间“{value}”为{years}年，任期应为{termYears}年',
    en: 'The term review period "{value}" spans {years} years; a term is {termYears} years',
  },
  fields: ['period', 'reviewType'],
  check(row, ctx) {
    const period = textOf(row, 'period');
    if (keyOf(row, 'reviewType') !== 'TERM' || !period) return [];
    const problem = periodProblem('TERM', period, setting(ctx.config, 'reviewTermYears'));
    return problem?.code === 'review-term-length' ? [problem] : [];
  },
});
