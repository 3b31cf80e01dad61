import { describe, expect, test } from 'vitest';
import { catalogue, renderIssue } from '../../schema/catalogue.js';
import type { TypedRow } from '../../schema/core/dataset.js';
import { allRules, datasets } from '../../schema/datasets/index.js';
import {
  executivePayRules,
  performanceReviewRules,
  propertyTransactionRules,
  serviceInfoRules,
} from '../../schema/rules/index.js';
import { context } from './support.js';

/** One row that triggers each rule, so every message is rendered with real params. */
const triggers: Record<string, TypedRow> = {
  'target-name-required': { transactionType: 'EQUITY_TRANSFER' },
  'target-code-required': { transactionType: 'EQUITY_TRANSFER' },
  'approval-ref-required': { listingPrice: '80', appraisedValue: '100' },
  'listing-end-before-start': { listingStartDate: '2024-01-02', listingEndDate: '2024-01-01' },
  'disclosure-period-too-short': {
    transactionType: 'EQUITY_TRANSFER',
    disclosureStage: 'FORMAL',
    listingStartDate: '2030-01-01',
    listingEndDate: '2030-01-02',
  },
  'buyer-name-required': { disclosureStage: 'RESULT' },
  'buyer-id-not-uscc': { buyerType: 'LEGAL_PERSON', buyerIdNumber: '123' },
  'buyer-id-not-resident-id': { buyerType: 'NATURAL_PERSON', buyerIdNumber: '123' },
  'deal-price-required': { disclosureStage: 'RESULT' },
  'deal-price-below-listing-price': {
    disclosureStage: 'RESULT',
    tradingMethod: 'AUCTION',
    listingPrice: '2',
    dealPrice: '1',
  },
  'deal-date-before-listing-end': { listingEndDate: '2024-01-02', dealDate: '2024-01-01' },
  'down-payment-required': { paymentTerms: 'INSTALMENT' },
  'down-payment-too-low': { paymentTerms: 'INSTALMENT', downPaymentPercent: '10' },
  'tenure-end-before-start': { tenureStart: '2020-01', tenureEnd: '2019-01' },
  'performance-salary-over-cap': { baseSalary: '1', performanceSalary: '3' },
  'salary-payable-mismatch': { baseSalary: '1', performanceSalary: '1', annualSalaryPayable: '3' },
  'total-pre-tax-mismatch': { annualSalaryPayable: '1', totalPreTax: '3' },
  'related-party-pay-required': { paidByRelatedParty: true },
  'related-party-pay-unexpected': { paidByRelatedParty: false, relatedPartyPay: '1' },
  'review-period-format': { reviewType: 'ANNUAL', period: '2022-2024' },
  'review-term-length': { reviewType: 'TERM', period: '2023-2024' },
  'review-grade-unknown': { grade: 'Z' },
  'effective-to-before-from': { effectiveFrom: '2024-01-02T00:00:00', effectiveTo: '2024-01-01T00:00:00' },
  'outage-notice-too-short': {
    category: 'OUTAGE',
    effectiveFrom: '2024-01-02T00:00:00',
    noticeAt: '2024-01-01T12:00:00',
  },
  'route-change-notice-too-short': {
    category: 'ROUTE_CHANGE',
    effectiveFrom: '2024-01-02T00:00:00',
    noticeAt: '2024-01-01T00:00:00',
  },
  'change-published-late': {
    category: 'PRICE',
    effectiveFrom: '2024-01-02T00:00:00',
    noticeAt: '2024-12-01T00:00:00',
  },
  'apply-to-before-from': { applyFrom: '2024-03-02', applyTo: '2024-03-01' },
  'apply-window-too-short': { applyFrom: '2024-03-01', applyTo: '2024-03-03' },
  'notice-after-window-opens': { stage: 'NOTICE', noticeDate: '2024-03-05', applyFrom: '2024-03-01' },
  'hired-name-required': { stage: 'RESULT' },
  'hired-name-on-notice': { stage: 'NOTICE', hiredName: '赵六' },
  'publicity-too-short': { stage: 'RESULT', hiredName: '王强', publicityDays: 3 },
  'id-number-in-text': { remarks: '身份证号110101199003071234' },
  'water-quality-over-limit': { value: '2', limit: '≤1', indicator: '浑浊度', unit: 'NTU' },
};

describe('rule catalogue', () => {
  test('the rules of every dataset make up allRules, and every dataset has rules', () => {
    expect(allRules).toEqual(datasets.flatMap((d) => d.rules));
    for (const list of [
      propertyTransactionRules,
      executivePayRules,
      performanceReviewRules,
      serviceInfoRules,
    ])
      expect(list.length).toBeGreaterThan(0);
    for (const def of datasets) expect(def.rules.length, def.key).toBeGreaterThan(0);
  });

  test('codes are unique and kebab-case', () => {
    const codes = allRules.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  test.each(allRules.map((rule) => [rule.code, rule] as const))(
    '%s has zh and en text and a basis',
    (_code, rule) => {
      expect(rule.message.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.message.en).not.toMatch(/\p{Script=Han}/u);
      expect(rule.message.en.length).toBeGreaterThan(10);
      expect(rule.basis.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.basis.en.length).toBeGreaterThan(5);
      expect(['error', 'warning']).toContain(rule.severity);
    },
  );

  test.each(allRules.map((rule) => [rule.code, rule] as const))(
    '%s renders with every placeholder filled',
    (code, rule) => {
      const row = triggers[code];
      expect(row, `no trigger row for ${code}`).toBeDefined();
      const drafts = rule.check(row ?? {}, context());
      expect(drafts.length).toBeGreaterThan(0);
      expect(drafts.map((d) => d.code)).toContain(code);
      for (const draft of drafts) {
        // Besides its own code a rule may report a catalogue code (calendar-year-unknown).
        if (draft.code !== code) expect(catalogue[draft.code], draft.code).toBeDefined();
        const field = draft.field ?? rule.fields[0];
        const location = { row: 7, column: 'C', field, label: { zh: '某列', en: 'Some column' }, value: 'v' };
        const issue = renderIssue(draft, location, draft.code === code ? rule.message : undefined);
        expect(issue.message.zh).not.toMatch(/\{\w+\}/);
        expect(issue.message.en).not.toMatch(/\{\w+\}/);
        expect(issue.severity).toBe(draft.severity);
      }
    },
  );
});
