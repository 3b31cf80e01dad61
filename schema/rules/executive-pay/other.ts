import { canonicalDecimal } from '../../core/decimal.js';
import type { ExecutivePayField } from '../../datasets/executive-pay.js';
import { DISCLOSURE_TEMPLATE, EXECUTIVE_PAY } from '../support/basis.js';
import { defineRule, requiredWhen } from '../support/define.js';
import { booleanOf, decimalOf, yearMonthOf } from '../support/values.js';

export const relatedPartyPayRequired = requiredWhen<ExecutivePayField>({
  code: 'related-party-pay-required',
  field: 'relatedPartyPay',
  dependsOn: ['paidByRelatedParty'],
  when: (row) => booleanOf(row, 'paidByRelatedParty') === true,
  basis: EXECUTIVE_PAY,
  message: {
    zh: '在股东单位或其他关联企业领取薪酬的，必须填写{label}',
    en: '{label} is required when pay is received from a shareholder or related enterprise',
  },
});

/** 否 with an amount contradicts itself; 0 is accepted as "none". */
export const relatedPartyPayUnexpected = defineRule<ExecutivePayField>({
  code: 'related-party-pay-unexpected',
  severity: 'error',
  basis: EXECUTIVE_PAY,
  message: {
    zh: '已填“未在股东单位或其他关联企业领取薪酬”，{label}却为{amount}万元：请更正其中之一',
    en: 'Pay from related parties is marked "no" but {label} is {amount} (10,000 yuan): correct one of them',
  },
  fields: ['relatedPartyPay', 'paidByRelatedParty'],
  check(row) {
    const amount = decimalOf(row, 'relatedPartyPay');
    if (booleanOf(row, 'paidByRelatedParty') !== false || !amount || amount.eq(0)) return [];
    return [{ code: 'related-party-pay-unexpected', params: { amount: canonicalDecimal(amount) } }];
  },
});

/** 任职终止 blank or 至今 (OPEN) means still in office. */
export const tenureEndBeforeStart = defineRule<ExecutivePayField>({
  code: 'tenure-end-before-start',
  severity: 'error',
  basis: DISCLOSURE_TEMPLATE,
  message: { zh: '任职终止{end}早于任职起始{start}', en: 'Tenure end {end} is before tenure start {start}' },
  fields: ['tenureEnd', 'tenureStart'],
  check(row) {
    const start = yearMonthOf(row, 'tenureStart');
    const end = yearMonthOf(row, 'tenureEnd');
    if (!start || !end || start === 'OPEN' || end === 'OPEN' || end >= start) return [];
    return [{ code: 'tenure-end-before-start', params: { start, end } }];
  },
});
