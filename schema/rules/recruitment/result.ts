import type { RecruitmentField } from '../../datasets/recruitment.js';
import { RECRUITMENT } from '../support/basis.js';
import { defineRule, requiredWhen } from '../support/define.js';
import { integerOf, isBlank, keyOf, textOf } from '../support/values.js';

/** 结果公示 runs at least five working days (公示期不少于5个工作日). */
const MIN_PUBLICITY_WORKING_DAYS = 5;

const isResult = (row: Parameters<typeof keyOf<RecruitmentField>>[0]) => keyOf(row, 'stage') === 'RESULT';

export const hiredNameRequired = requiredWhen<RecruitmentField>({
  code: 'hired-name-required',
  field: 'hiredName',
  dependsOn: ['stage'],
  when: isResult,
  basis: RECRUITMENT,
  message: { zh: '结果公示必须填写{label}', en: 'A result publicity must name the {label}' },
});

export const hiredNameOnNotice = defineRule<RecruitmentField>({
  code: 'hired-name-on-notice',
  severity: 'error',
  basis: RECRUITMENT,
  message: {
    zh: '招聘公告不应填写{label}（只在结果公示中填写）',
    en: 'A recruitment notice has no {label} (only a result publicity does)',
  },
  fields: ['hiredName', 'stage'],
  check: (row) =>
    keyOf(row, 'stage') === 'NOTICE' && textOf(row, 'hiredName') ? [{ code: 'hired-name-on-notice' }] : [],
});

export const publicityTooShort = defineRule<RecruitmentField>({
  code: 'publicity-too-short',
  severity: 'error',
  basis: RECRUITMENT,
  message: {
    zh: '结果公示的{label}应不少于{min}个工作日（填写为{days}）',
    en: 'The {label} of a result publicity must be at least {min} working days (it is {days})',
  },
  fields: ['publicityDays', 'stage'],
  check(row, ctx) {
    if (!isResult(row)) return [];
    if (isBlank(row, 'publicityDays', ctx))
      return [{ code: 'publicity-too-short', params: { days: '—', min: MIN_PUBLICITY_WORKING_DAYS } }];
    const days = integerOf(row, 'publicityDays');
    return days !== undefined && days < MIN_PUBLICITY_WORKING_DAYS
      ? [{ code: 'publicity-too-short', params: { days, min: MIN_PUBLICITY_WORKING_DAYS } }]
      : [];
  },
});
