import { describe, expect, test } from 'vitest';
import type { TypedRow } from '../../schema/core/dataset.js';
import { propertyTransactionRules as rules } from '../../schema/rules/index.js';
import { context, findings } from './support.js';

const formal: TypedRow = {
  projectCode: 'G32018SH1000120',
  projectName: '某公司100%股权转让',
  transactionType: 'EQUITY_TRANSFER',
  disclosureStage: 'FORMAL',
  sellerName: '上海示范城建集团有限公司',
  sellerCode: '91350100M000100Y43',
  targetName: '某标的有限公司',
  targetCode: '91510725MAC81HRBXC',
  appraisedValue: '1000',
  listingPrice: '1000',
  listingStartDate: '2018-06-29',
  listingEndDate: '2018-07-26',
  tradingMethod: 'AUCTION',
  paymentTerms: 'LUMP_SUM',
};
const result: TypedRow = {
  ...formal,
  disclosureStage: 'RESULT',
  buyerName: '某受让方有限公司',
  buyerType: 'LEGAL_PERSON',
  buyerIdNumber: '91350100M000100Y43',
  dealPrice: '1200',
  dealDate: '2018-08-01',
};
const asset: TypedRow = { ...formal, transactionType: 'ASSET_TRANSFER', targetName: null, targetCode: null };

describe('property-transactions rules', () => {
  test.each<[string, TypedRow, string[]]>([
    ['a clean formal disclosure', formal, []],
    ['a clean result announcement', result, []],
    ['an asset transfer needs no target', asset, []],
    [
      'target missing for an equity transfer',
      { ...formal, targetName: null, targetCode: '' },
      ['target-name-required@targetName', 'target-code-required@targetCode'],
    ],
    ['target missing, transaction type empty', { ...formal, transactionType: null, targetName: null }, []],
    // 90% rule
    ['listing price exactly 90% of appraisal', { ...formal, listingPrice: '900' }, []],
    [
      'listing price below 90% without approval',
      { ...formal, listingPrice: '899.99' },
      ['approval-ref-required@approvalRef'],
    ],
    [
      'listing price below 90% with approval',
      { ...formal, listingPrice: '899.99', approvalRef: '沪国资委产权〔2018〕1号' },
      [],
    ],
    ['listing price below 90%, appraisal empty', { ...formal, listingPrice: '1', appraisedValue: null }, []],
    // disclosure period: 2018-06-29..07-26 is exactly 20 working days
    [
      'equity transfer, 19 working days',
      { ...formal, listingEndDate: '2018-07-25' },
      ['disclosure-period-too-short@listingEndDate'],
    ],
    [
      'pre-disclosure is not checked',
      { ...formal, disclosureStage: 'PRE', listingEndDate: '2018-07-02' },
      [],
    ],
    [
      'capital increase, 20 working days',
      { ...formal, transactionType: 'CAPITAL_INCREASE' },
      ['disclosure-period-too-short@listingEndDate'],
    ],
    [
      'capital increase, 40 working days',
      { ...formal, transactionType: 'CAPITAL_INCREASE', listingEndDate: '2018-08-23' },
      [],
    ],
    [
      'asset over 1000万元, 19 days',
      { ...asset, listingPrice: '1000.01', appraisedValue: '1000.01', listingEndDate: '2018-07-25' },
      ['disclosure-period-too-short@listingEndDate'],
    ],
    ['asset exactly 1000万元, 10 days', { ...asset, listingEndDate: '2018-07-12' }, []],
    [
      'asset 1000万元, 9 days',
      { ...asset, listingEndDate: '2018-07-11' },
      ['disclosure-period-too-short@listingEndDate'],
    ],
    [
      'asset 100万元 or less has no minimum',
      { ...asset, listingPrice: '100', appraisedValue: '100', listingEndDate: '2018-06-29' },
      [],
    ],
    ['asset without a listing price', { ...asset, listingPrice: null, listingEndDate: '2018-06-29' }, []],
    [
      'disclosure with start date missing',
      { ...formal, listingStartDate: null, listingEndDate: '2018-06-29' },
      [],
    ],
    // dates
    [
      'listing end before start',
      { ...formal, listingStartDate: '2018-07-27' },
      ['listing-end-before-start@listingEndDate'],
    ],
    [
      'deal date before listing end',
      { ...result, dealDate: '2018-07-25' },
      ['deal-date-before-listing-end@dealDate'],
    ],
    ['deal on the listing end date', { ...result, dealDate: '2018-07-26' }, []],
    // result
    [
      'result without buyer and deal price',
      { ...result, buyerName: null, dealPrice: null },
      ['buyer-name-required@buyerName', 'deal-price-required@dealPrice'],
    ],
    [
      'auction below listing price',
      { ...result, dealPrice: '999.99' },
      ['deal-price-below-listing-price@dealPrice'],
    ],
    ['auction at listing price', { ...result, dealPrice: '1000' }, []],
    ['agreement below listing price', { ...result, tradingMethod: 'AGREEMENT', dealPrice: '900' }, []],
    ['auction below listing price, not yet a result', { ...formal, dealPrice: '900' }, []],
    // instalments
    [
      'instalment without down payment',
      { ...result, paymentTerms: 'INSTALMENT' },
      ['down-payment-required@downPaymentPercent'],
    ],
    ['instalment, 30% down', { ...result, paymentTerms: 'INSTALMENT', downPaymentPercent: '30' }, []],
    [
      'instalment, 29.99% down',
      { ...result, paymentTerms: 'INSTALMENT', downPaymentPercent: '29.99' },
      ['down-payment-too-low@downPaymentPercent'],
    ],
    ['lump sum with a low percentage', { ...result, downPaymentPercent: '10' }, []],
    // buyer ID
    [
      'legal person with a resident ID',
      { ...result, buyerIdNumber: '11010519491231002X' },
      ['buyer-id-not-uscc@buyerIdNumber'],
    ],
    [
      'natural person with a resident ID',
      { ...result, buyerType: 'NATURAL_PERSON', buyerIdNumber: '11010519491231002X' },
      [],
    ],
    [
      'natural person with a USCC',
      { ...result, buyerType: 'NATURAL_PERSON' },
      ['buyer-id-not-resident-id@buyerIdNumber'],
    ],
    // the check character is the field type's (party-id); the rule only matches the kind
    [
      'natural person, bad check character',
      { ...result, buyerType: 'NATURAL_PERSON', buyerIdNumber: '110105194912310021' },
      [],
    ],
    ['legal person, USCC with a bad check character', { ...result, buyerIdNumber: '91350100M000100Y44' }, []],
    [
      'legal person with a 15-digit ID',
      { ...result, buyerIdNumber: '110105491231002' },
      ['buyer-id-not-uscc@buyerIdNumber'],
    ],
    [
      'natural person with garbage',
      { ...result, buyerType: 'NATURAL_PERSON', buyerIdNumber: 'abc' },
      ['buyer-id-not-resident-id@buyerIdNumber'],
    ],
    ['buyer ID without buyer type', { ...result, buyerType: null, buyerIdNumber: 'x' }, []],
  ])('%s', (_name, row, expected) => {
    expect(findings(rules, row)).toEqual(expected);
  });

  test('an unreadable field is unknown, not empty: no second report', () => {
    const ctx = context({ invalidFields: new Set(['targetCode', 'approvalRef']) });
    expect(findings(rules, { ...formal, targetCode: null, listingPrice: '1' }, ctx)).toEqual([]);
  });

  test('a resident ID given for a legal person is an error that says so', () => {
    const [draft] = rules.flatMap((rule) =>
      rule.check({ ...result, buyerIdNumber: '11010519491231002X' }, context()),
    );
    expect(draft).toMatchObject({
      code: 'buyer-id-not-uscc',
      severity: 'error',
      params: { problem: { zh: '填写的是公民身份号码' } },
    });
  });

  test('disclosure findings carry the numbers for the message', () => {
    const drafts = rules.flatMap((rule) =>
      rule.check({ ...formal, listingEndDate: '2018-07-25' }, context()),
    );
    expect(drafts[0]?.params).toMatchObject({ actual: 19, min: 20, start: '2018-06-29', end: '2018-07-25' });
  });

  test('a window spanning National Day counts real working days', () => {
    // 2024-09-25..10-23 is 18 real working days although Mon–Fri would give 21.
    const row = { ...formal, listingStartDate: '2024-09-25', listingEndDate: '2024-10-23' };
    expect(findings(rules, row)).toEqual(['disclosure-period-too-short@listingEndDate']);
    expect(findings(rules, { ...row, listingEndDate: '2024-10-25' })).toEqual([]);
  });

  test('the asset-transfer tiers and threshold ratio are configuration', () => {
    const ctx = context(
      {},
      {
        approvalThresholdRatio: '0.8',
        minDisclosureDays: {
          EQUITY_TRANSFER: 20,
          CAPITAL_INCREASE: 40,
          ASSET_TRANSFER: [{ overWan: 0, days: 5 }],
        },
      },
    );
    expect(
      findings(
        rules,
        { ...asset, listingPrice: '50', appraisedValue: '60', listingEndDate: '2018-07-04' },
        ctx,
      ),
    ).toEqual(['disclosure-period-too-short@listingEndDate']);
    expect(findings(rules, { ...formal, listingPrice: '800' }, ctx)).toEqual([]);
  });
});
