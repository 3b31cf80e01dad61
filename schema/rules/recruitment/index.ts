import type { RowRule } from '../../core/dataset.js';
import type { RecruitmentField } from '../../datasets/recruitment.js';
import { idNumberInText } from './id-numbers.js';
import { hiredNameOnNotice, hiredNameRequired, publicityTooShort } from './result.js';
import { applyToBeforeFrom, applyWindowTooShort, noticeAfterWindowOpens } from './window.js';

export const recruitmentRules: RowRule<RecruitmentField>[] = [
  applyToBeforeFrom,
  applyWindowTooShort,
  noticeAfterWindowOpens,
  hiredNameRequired,
  hiredNameOnNotice,
  publicityTooShort,
  idNumberInText,
];
