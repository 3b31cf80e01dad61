// 受让方证件号码: a legal person is identified by its USCC (GB 32100), a natural person by the
// citizen ID number (GB 11643). The field type (party-id) already checks format and check character
// of whichever kind the value is; these rules only check that the kind matches 受让方类型.
// Messages never echo the number (it is never public).
import type { IssueDraft } from '../../core/issues.js';
import type { Localized } from '../../core/localized.js';
import type { PropertyTransactionField } from '../../datasets/property-transactions.js';
import {
  isLegacyResidentId,
  isResidentIdFormat,
  normalizeResidentId,
} from '../../identifiers/resident-id.js';
import { isUsccFormat, normalizeUscc } from '../../identifiers/uscc.js';
import { DISCLOSURE_TEMPLATE } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { keyOf, textOf } from '../support/values.js';

const GAVE_RESIDENT_ID: Localized = { zh: '填写的是公民身份号码', en: 'a citizen ID number was given' };
const GAVE_USCC: Localized = { zh: '填写的是统一社会信用代码', en: 'a unified social credit code was given' };
const FORMAT: Localized = { zh: '格式不符', en: 'wrong format' };
const fields: PropertyTransactionField[] = ['buyerIdNumber', 'buyerType'];

// A resident ID also fits the USCC alphabet, so its own shape (birth date inside) is tested first.
const looksLikeResidentId = (id: string) => {
  const normalized = normalizeResidentId(id);
  return isResidentIdFormat(normalized) || isLegacyResidentId(normalized);
};

function notUscc(id: string): IssueDraft | undefined {
  if (looksLikeResidentId(id)) return { code: 'buyer-id-not-uscc', params: { problem: GAVE_RESIDENT_ID } };
  if (!isUsccFormat(normalizeUscc(id))) return { code: 'buyer-id-not-uscc', params: { problem: FORMAT } };
  return undefined;
}

function notResidentId(id: string): IssueDraft | undefined {
  if (looksLikeResidentId(id)) return undefined;
  const problem = isUsccFormat(normalizeUscc(id)) ? GAVE_USCC : FORMAT;
  return { code: 'buyer-id-not-resident-id', params: { problem } };
}

export const buyerIdNotUscc = defineRule<PropertyTransactionField>({
  code: 'buyer-id-not-uscc',
  severity: 'error',
  basis: {
    zh: `《法人和其他组织统一社会信用代码编码规则》（GB 32100-2015）；${DISCLOSURE_TEMPLATE.zh}`,
    en: `GB 32100-2015; ${DISCLOSURE_TEMPLATE.en}`,
  },
  message: {
    zh: '受让方为法人，{label}应为18位统一社会信用代码（{problem}）',
    en: 'The buyer is a legal person: {label} must be an 18-character unified social credit code ({problem})',
  },
  fields,
  check(row) {
    const id = textOf(row, 'buyerIdNumber');
    const problem = id && keyOf(row, 'buyerType') === 'LEGAL_PERSON' ? notUscc(id) : undefined;
    return problem ? [problem] : [];
  },
});

export const buyerIdNotResidentId = defineRule<PropertyTransactionField>({
  code: 'buyer-id-not-resident-id',
  severity: 'error',
  basis: {
    zh: `《公民身份号码》（GB 11643-1999）；${DISCLOSURE_TEMPLATE.zh}`,
    en: `GB 11643-1999; ${DISCLOSURE_TEMPLATE.en}`,
  },
  message: {
    zh: '受让方为自然人，{label}应为18位公民身份号码（{problem}）',
    en: 'The buyer is a natural person: {label} must be an 18-character citizen ID number ({problem})',
  },
  fields,
  check(row) {
    const id = textOf(row, 'buyerIdNumber');
    const problem = id && keyOf(row, 'buyerType') === 'NATURAL_PERSON' ? notResidentId(id) : undefined;
    return problem ? [problem] : [];
  },
});
