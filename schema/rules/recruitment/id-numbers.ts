import type { RecruitmentField } from '../../datasets/recruitment.js';
import { isResidentIdFormat, normalizeResidentId } from '../../identifiers/resident-id.js';
import { RECRUITMENT } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { textOf } from '../support/values.js';

/** Free-text fields of a public recruitment row: none may carry a resident ID number. */
const TEXT_FIELDS: RecruitmentField[] = ['hiredName', 'remarks', 'requirements', 'title', 'position'];

// 18 characters (17 digits and a digit or X) or the legacy 15 digits, not inside a longer number.
const CANDIDATE = /(?<![0-9Xx])(\d{17}[\dXx]|\d{15})(?![0-9Xx])/g;

/** The first resident ID number written in the text, if any (format checked, not the checksum). */
function residentIdIn(text: string): string | undefined {
  for (const match of text.matchAll(CANDIDATE)) {
    const id = normalizeResidentId(match[1] ?? '');
    if (isResidentIdFormat(id)) return id;
  }
  return undefined;
}

/**
 * A hired person's name is public; their ID number never is (DOMAIN.md). A number that reads as a
 * resident ID in any text field blocks the row, located to that field, rather than being published.
 */
export const idNumberInText = defineRule<RecruitmentField>({
  code: 'id-number-in-text',
  severity: 'error',
  basis: RECRUITMENT,
  message: {
    zh: '{label}中含有身份证号码，招聘信息不得公开身份证号码：请删除',
    en: '{label} contains a resident ID number, which recruitment disclosures must never publish: remove it',
  },
  fields: TEXT_FIELDS,
  check(row) {
    for (const field of TEXT_FIELDS) {
      const text = textOf(row, field);
      if (text && residentIdIn(text)) return [{ code: 'id-number-in-text', field }];
    }
    return [];
  },
});
