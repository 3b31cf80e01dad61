// Each problem fixture's issue list, snapshotted; the explicit lists below keep a careless
// snapshot update from hiding a regression.
import { describe, expect, test } from 'vitest';
import { allFixtures } from '../fixtures/index.js';
import { brief, checkFixture } from './support.js';

const files = allFixtures.flatMap((f) =>
  Object.keys(f.problems).map((file) => [f.def.key, `${file}.csv`, f] as const),
);

describe('problem fixtures', () => {
  test.each(files)('%s/%s', async (_key, file, fixtures) => {
    const { report } = await checkFixture(fixtures.def, file);
    expect(report.errorCount + report.warningCount).toBeGreaterThan(0);
    expect(brief(report)).toMatchSnapshot();
  });
});

/** [dataset, file, code, row, column]: findings that must be there. */
const MUST_FIND: [string, string, string, number | undefined, string | undefined][] = [
  ['property-transactions', 'bad-identifiers.csv', 'type-error', 2, 'F'],
  ['property-transactions', 'bad-identifiers.csv', 'uscc-checksum', 3, 'H'],
  ['property-transactions', 'bad-identifiers.csv', 'resident-id-checksum', 4, 'U'],
  ['property-transactions', 'bad-amounts.csv', 'minimum', 6, 'K'],
  ['property-transactions', 'rule-violations.csv', 'disclosure-period-too-short', 2, 'P'],
  ['property-transactions', 'rule-violations.csv', 'disclosure-period-too-short', 3, 'P'],
  ['property-transactions', 'rule-violations.csv', 'approval-ref-required', 4, 'N'],
  ['property-transactions', 'duplicates.csv', 'unique-error', 4, 'A'],
  ['property-transactions', 'missing-columns.csv', 'missing-label', undefined, undefined],
  ['executive-pay', 'bad-identifiers.csv', 'id-as-number', 4, 'C'],
  ['executive-pay', 'bad-dates.csv', 'maximum', 2, 'A'],
  ['executive-pay', 'rule-violations.csv', 'salary-payable-mismatch', 2, 'J'],
  ['executive-pay', 'rule-violations.csv', 'total-pre-tax-mismatch', 3, 'N'],
  ['executive-pay', 'rule-violations.csv', 'performance-salary-over-cap', 4, 'I'],
  ['executive-pay', 'rule-violations.csv', 'related-party-pay-required', 5, 'P'],
  ['executive-pay', 'duplicates.csv', 'unique-error', 4, 'A'],
  ['performance-reviews', 'rule-violations.csv', 'review-term-length', 4, 'B'],
  ['performance-reviews', 'rule-violations.csv', 'review-grade-unknown', 5, 'G'],
  ['service-info', 'rule-violations.csv', 'outage-notice-too-short', 2, 'G'],
  ['service-info', 'rule-violations.csv', 'water-quality-over-limit', 5, 'L'],
  ['service-info', 'bad-choices.csv', 'enum-mismatch', 2, 'A'],
];

/** [dataset, file, row]: rows written in an accepted variant (a USCC with spaces, 至今, 公交 …). */
const MUST_ACCEPT: [string, string, number][] = [
  ['property-transactions', 'bad-identifiers.csv', 8],
  ['property-transactions', 'bad-amounts.csv', 7],
  ['executive-pay', 'bad-amounts.csv', 4],
  ['executive-pay', 'bad-amounts.csv', 5],
  ['executive-pay', 'bad-dates.csv', 6],
  ['performance-reviews', 'bad-amounts.csv', 6],
  ['performance-reviews', 'rule-violations.csv', 6],
  ['service-info', 'bad-choices.csv', 5],
];

const defOf = (key: string) => {
  const found = allFixtures.find((f) => f.def.key === key);
  if (!found) throw new Error(key);
  return found.def;
};

describe('explicit findings', () => {
  test.each(MUST_FIND)('%s/%s reports %s at row %s column %s', async (key, file, code, row, column) => {
    const { report } = await checkFixture(defOf(key), file);
    expect(brief(report)).toContainEqual(expect.objectContaining({ code, row, column }));
  });

  test.each(MUST_ACCEPT)('%s/%s row %i is accepted as written', async (key, file, row) => {
    const { report } = await checkFixture(defOf(key), file);
    expect(report.issues.filter((i) => i.row === row)).toEqual([]);
  });

  test('each bad row of a problem file is found exactly once (no double reporting)', async () => {
    const { report } = await checkFixture(defOf('executive-pay'), 'rule-violations.csv');
    expect(report.issues.map((i) => i.row)).toEqual([2, 3, 4, 5, 6]);
  });

  test('warnings alone do not count as errors', async () => {
    const { report } = await checkFixture(defOf('service-info'), 'rule-violations.csv');
    expect(report.warningCount).toBe(4);
    expect(report.errorCount).toBe(2);
  });
});
