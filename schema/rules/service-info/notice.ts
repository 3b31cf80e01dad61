import { setting } from '../../config.js';
import type { RuleContext, TypedRow } from '../../core/dataset.js';
import type { ServiceInfoField } from '../../datasets/service-info.js';
import { BUS, PUBLIC_ENTERPRISE_DISCLOSURE, WATER_SUPPLY } from '../support/basis.js';
import { uncoveredYearWarnings } from '../support/calendar.js';
import { defineRule } from '../support/define.js';
import { booleanOf, dateTimeOf, isBlank, keyOf } from '../support/values.js';
import { calendarDaysBetween, hoursBetween } from './times.js';

/**
 * A planned notice: the category matches, the industry is the one the rule is about (or blank), and
 * the row is not marked emergency. A blank 是否紧急 reads as planned; an unreadable one as unknown.
 */
function plannedNotice(row: TypedRow, ctx: RuleContext, category: string, industry: string): boolean {
  const rowIndustry = keyOf(row, 'industry');
  if (keyOf(row, 'category') !== category || (rowIndustry !== undefined && rowIndustry !== industry))
    return false;
  return booleanOf(row, 'emergency') === false || isBlank(row, 'emergency', ctx);
}

const times = (row: TypedRow) => ({
  noticeAt: dateTimeOf(row, 'noticeAt'),
  from: dateTimeOf(row, 'effectiveFrom'),
});

// Findings about notices already given cannot be corrected by the enterprise, only explained, so
// they are warnings to acknowledge, not errors that would block the disclosure itself.

/** 《城市供水条例》第二十二条: a planned outage is notified at least 24 hours before it starts. */
export const outageNoticeTooShort = defineRule<ServiceInfoField>({
  code: 'outage-notice-too-short',
  severity: 'warning',
  basis: WATER_SUPPLY,
  message: {
    zh: '计划停水应至少提前{hours}小时公告：发布时间{noticeAt}，停水开始{from}',
    en: 'A planned water outage must be announced at least {hours} hours ahead: announced {noticeAt}, starts {from}',
  },
  fields: ['noticeAt', 'effectiveFrom', 'category', 'emergency', 'industry'],
  check(row, ctx) {
    const { noticeAt, from } = times(row);
    if (!noticeAt || !from || !plannedNotice(row, ctx, 'OUTAGE', 'WATER')) return [];
    const hours = ctx.config.outageNoticeHours;
    if (hoursBetween(noticeAt, from) >= hours) return [];
    return [{ code: 'outage-notice-too-short', params: { hours, noticeAt, from } }];
  },
});

/** Route changes are announced a number of days (3 by default) before they take effect, by date. */
export const routeChangeNoticeTooShort = defineRule<ServiceInfoField>({
  code: 'route-change-notice-too-short',
  severity: 'warning',
  basis: BUS,
  message: {
    zh: '线路调整应至少提前{days}日向社会公告：发布时间{noticeAt}，实施时间{from}',
    en: 'A route change must be announced at least {days} days ahead: announced {noticeAt}, effective {from}',
  },
  fields: ['noticeAt', 'effectiveFrom', 'category', 'emergency', 'industry'],
  check(row, ctx) {
    const { noticeAt, from } = times(row);
    if (!noticeAt || !from || !plannedNotice(row, ctx, 'ROUTE_CHANGE', 'BUS')) return [];
    const days = ctx.config.routeChangeNoticeDays;
    if (calendarDaysBetween(noticeAt, from) >= days) return [];
    return [{ code: 'route-change-notice-too-short', params: { days, noticeAt, from } }];
  },
});

/**
 * 国办发〔2020〕50号: information is published within 20 working days of being formed or changed.
 * Compared: the notice date against effectiveFrom's date plus that many working days, for the
 * categories that describe dated changes (config.lateChangeCategories).
 */
export const changePublishedLate = defineRule<ServiceInfoField>({
  code: 'change-published-late',
  severity: 'warning',
  basis: PUBLIC_ENTERPRISE_DISCLOSURE,
  message: {
    zh: '变更应自生效之日起{days}个工作日内公开：生效时间{from}，发布时间{noticeAt}，最迟应于{deadline}发布',
    en: 'A change must be published within {days} working days of taking effect: effective {from}, published {noticeAt}, due by {deadline}',
  },
  fields: ['noticeAt', 'effectiveFrom', 'category'],
  check(row, ctx) {
    const { noticeAt, from } = times(row);
    const category = keyOf(row, 'category');
    if (!noticeAt || !from || !category || !setting(ctx.config, 'lateChangeCategories').includes(category))
      return [];
    const days = ctx.config.otherChangeWorkingDays;
    const deadline = ctx.calendar.addWorkingDays(from.slice(0, 10), days);
    const assumed = uncoveredYearWarnings(ctx, [
      { field: 'effectiveFrom', date: from.slice(0, 10) },
      { field: 'effectiveFrom', date: deadline },
    ]);
    if (noticeAt.slice(0, 10) <= deadline) return assumed;
    return [{ code: 'change-published-late', params: { days, from, noticeAt, deadline } }, ...assumed];
  },
});
