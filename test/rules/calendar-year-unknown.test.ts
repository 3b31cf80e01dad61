// A working-day count over a year without holiday data says it assumed Monday–Friday.
import { describe, expect, test } from 'vitest';
import { calendarWithOverrides } from '../../schema/calendar/index.js';
import type { TypedRow } from '../../schema/core/dataset.js';
import { allRules } from '../../schema/datasets/index.js';
import { context, findings } from './support.js';

const ruleNamed = (code: string) => allRules.filter((rule) => rule.code === code);
const disclosure = ruleNamed('disclosure-period-too-short');
const lateChange = ruleNamed('change-published-late');

const formal: TypedRow = {
  transactionType: 'EQUITY_TRANSFER',
  disclosureStage: 'FORMAL',
  listingPrice: '1000',
  listingStartDate: '2027-01-25',
  listingEndDate: '2027-02-19',
};
const springFestival2027 = calendarWithOverrides(
  ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((date) => ({
    year: 2027,
    date,
    kind: 'HOLIDAY' as const,
    note: '测试〔2026〕1号',
  })),
);

describe('calendar-year-unknown', () => {
  test.each<[string, TypedRow, string[]]>([
    [
      'a 2027 window (Mon–Fri gives 20): said once, at the first date in 2027',
      formal,
      ['calendar-year-unknown@listingStartDate'],
    ],
    [
      'a window from 2026 into 2028: each unknown year once',
      { ...formal, listingStartDate: '2026-12-01', listingEndDate: '2028-01-05' },
      ['calendar-year-unknown@listingEndDate', 'calendar-year-unknown@listingEndDate'],
    ],
    [
      'a covered window: nothing',
      { ...formal, listingStartDate: '2018-06-29', listingEndDate: '2018-07-26' },
      [],
    ],
    ['no count (pre-disclosure): nothing', { ...formal, disclosureStage: 'PRE' }, []],
  ])('%s', (_label, row, expected) => {
    expect(findings(disclosure, row)).toEqual(expected);
  });

  test('names the year and is a warning', () => {
    const drafts = disclosure.flatMap((rule) => rule.check(formal, context()));
    expect(drafts).toEqual([
      {
        code: 'calendar-year-unknown',
        severity: 'warning',
        field: 'listingStartDate',
        params: { year: 2027 },
      },
    ]);
  });

  test('with the year added, the real count applies and no warning is given', () => {
    const ctx = context({ calendar: springFestival2027 });
    expect(findings(disclosure, formal, ctx)).toEqual(['disclosure-period-too-short@listingEndDate']);
  });

  test('change-published-late counts into an unknown year: said at effectiveFrom', () => {
    const row = { category: 'PRICE', effectiveFrom: '2026-12-20T00:00:00', noticeAt: '2026-12-21T00:00:00' };
    expect(findings(lateChange, row)).toEqual(['calendar-year-unknown@effectiveFrom']);
    expect(findings(lateChange, row, context({ calendar: springFestival2027 }))).toEqual([]);
  });
});
