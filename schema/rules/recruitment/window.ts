import type { RecruitmentField } from '../../datasets/recruitment.js';
import { calendarDaysBetween } from '../service-info/times.js';
import { RECRUITMENT } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { dateOf } from '../support/values.js';

/** Applicants need time to see a notice and apply: a week, counted in calendar days, both ends included. */
const MIN_WINDOW_DAYS = 7;

const daysInclusive = (from: string, to: string) => calendarDaysBetween(from, to) + 1;

export const applyToBeforeFrom = defineRule<RecruitmentField>({
  code: 'apply-to-before-from',
  severity: 'error',
  basis: RECRUITMENT,
  message: {
    zh: '{label}{to}早于报名开始日期{from}',
    en: '{label} {to} is before applications open ({from})',
  },
  fields: ['applyTo', 'applyFrom'],
  check(row) {
    const from = dateOf(row, 'applyFrom');
    const to = dateOf(row, 'applyTo');
    return from && to && to < from ? [{ code: 'apply-to-before-from', params: { from, to } }] : [];
  },
});

export const applyWindowTooShort = defineRule<RecruitmentField>({
  code: 'apply-window-too-short',
  severity: 'warning',
  basis: RECRUITMENT,
  message: {
    zh: '报名时间只有{days}天（{from}至{to}），少于{min}天：请确认',
    en: 'Applications are open for only {days} days ({from} to {to}), fewer than {min}: please confirm',
  },
  fields: ['applyTo', 'applyFrom'],
  check(row) {
    const from = dateOf(row, 'applyFrom');
    const to = dateOf(row, 'applyTo');
    if (!from || !to || to < from) return [];
    const days = daysInclusive(from, to);
    return days < MIN_WINDOW_DAYS
      ? [{ code: 'apply-window-too-short', params: { days, from, to, min: MIN_WINDOW_DAYS } }]
      : [];
  },
});

export const noticeAfterWindowOpens = defineRule<RecruitmentField>({
  code: 'notice-after-window-opens',
  severity: 'error',
  basis: RECRUITMENT,
  message: {
    zh: '{label}{notice}晚于报名开始日期{from}：公告应在报名开始前（或当天）发布',
    en: '{label} {notice} is after applications open ({from}): the notice must come first',
  },
  fields: ['noticeDate', 'applyFrom', 'stage'],
  check(row) {
    const notice = dateOf(row, 'noticeDate');
    const from = dateOf(row, 'applyFrom');
    if (row.stage !== 'NOTICE' || !notice || !from || notice <= from) return [];
    return [{ code: 'notice-after-window-opens', params: { notice, from } }];
  },
});
