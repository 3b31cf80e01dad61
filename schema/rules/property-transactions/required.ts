// Conditional requirements of the 国有产权交易 template (32号令 and the exchanges' disclosure forms).
import type { TypedRow } from '../../core/dataset.js';
import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import { order32 } from '../support/basis.js';
import { requiredWhen } from '../support/define.js';
import { keyOf } from '../support/values.js';

// An asset transfer sells assets, not shares of an enterprise, so it has no target enterprise.
const hasTargetEnterprise = (row: TypedRow): boolean => {
  const type = keyOf(row, 'transactionType');
  return type !== undefined && type !== 'ASSET_TRANSFER';
};
const atResult = (row: TypedRow): boolean => keyOf(row, 'disclosureStage') === 'RESULT';

const targetMessage = {
  zh: '产权转让和增资扩股项目必须填写{label}',
  en: '{label} is required for equity transfers and capital increases',
};
const resultMessage = {
  zh: '成交公告阶段必须填写{label}',
  en: '{label} is required in a result announcement',
};

export const targetNameRequired = requiredWhen<PropertyTransactionField>({
  code: 'target-name-required',
  field: 'targetName',
  dependsOn: ['transactionType'],
  when: hasTargetEnterprise,
  basis: order32(),
  message: targetMessage,
});

export const targetCodeRequired = requiredWhen<PropertyTransactionField>({
  code: 'target-code-required',
  field: 'targetCode',
  dependsOn: ['transactionType'],
  when: hasTargetEnterprise,
  basis: order32(),
  message: targetMessage,
});

export const buyerNameRequired = requiredWhen<PropertyTransactionField>({
  code: 'buyer-name-required',
  field: 'buyerName',
  dependsOn: ['disclosureStage'],
  when: atResult,
  basis: order32('第二十九条', 'art. 29'),
  message: resultMessage,
});

export const dealPriceRequired = requiredWhen<PropertyTransactionField>({
  code: 'deal-price-required',
  field: 'dealPrice',
  dependsOn: ['disclosureStage'],
  when: atResult,
  basis: order32('第二十九条', 'art. 29'),
  message: resultMessage,
});

export const downPaymentRequired = requiredWhen<PropertyTransactionField>({
  code: 'down-payment-required',
  field: 'downPaymentPercent',
  dependsOn: ['paymentTerms'],
  when: (row) => keyOf(row, 'paymentTerms') === 'INSTALMENT',
  basis: order32('第二十八条', 'art. 28'),
  message: {
    zh: '分期付款的项目必须填写{label}',
    en: '{label} is required when the price is paid in instalments',
  },
});
