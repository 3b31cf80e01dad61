import { describe, expect, test } from 'vitest';
import type { TypedRow } from '../../schema/core/dataset.js';
import { performanceReviewRules as rules } from '../../schema/rules/index.js';
import { context, findings } from './support.js';

const annual: TypedRow = {
  reviewType: 'ANNUAL',
  period: '2023',
  enterpriseName: '某集团',
  score: '95.5',
  grade: 'A',
};
const term: TypedRow = { ...annual, reviewType: 'TERM', period: '2022-2024' };

describe('performance-reviews rules', () => {
  test.each<[string, TypedRow, string[]]>([
    ['a clean annual review', annual, []],
    ['a clean term review', term, []],
    ['annual written 2023年度', { ...annual, period: '2023年度' }, []],
    ['annual given as a number', { ...annual, period: 2023 }, []],
    ['term with an em dash and full-width digits', { ...term, period: '２０２２—２０２４' }, []],
    ['annual with a range', { ...annual, period: '2022-2024' }, ['review-period-format@period']],
    ['term with a single year', { ...term, period: '2024' }, ['review-period-format@period']],
    ['annual with garbage', { ...annual, period: '二〇二三' }, ['review-period-format@period']],
    ['term of two years', { ...term, period: '2023-2024' }, ['review-term-length@period']],
    ['term of four years', { ...term, period: '2021-2024' }, ['review-term-length@period']],
    ['period without a review type', { ...annual, reviewType: null, period: 'x' }, []],
    ['grade in lower case or with 级', { ...annual, grade: 'b级' }, []],
    ['grade E under A–D', { ...annual, grade: 'E' }, ['review-grade-unknown@grade']],
    ['grade empty', { ...annual, grade: null }, []],
  ])('%s', (_name, row, expected) => {
    expect(findings(rules, row)).toEqual(expected);
  });

  test('the grade scheme is configuration (A–E)', () => {
    const ctx = context({}, { reviewGrades: ['A', 'B', 'C', 'D', 'E'] });
    expect(findings(rules, { ...annual, grade: 'E' }, ctx)).toEqual([]);
    expect(findings(rules, { ...annual, grade: 'F' }, ctx)).toEqual(['review-grade-unknown@grade']);
  });
});
