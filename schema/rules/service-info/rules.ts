import type { ServiceInfoField } from '../../datasets/service-info.js';
import { DISCLOSURE_TEMPLATE, WATER_SUPPLY } from '../support/basis.js';
import { defineRule } from '../support/define.js';
import { dateTimeOf, textOf } from '../support/values.js';
import { parseLimit, parseMeasurement, withinLimit } from './limit.js';

export const effectiveToBeforeFrom = defineRule<ServiceInfoField>({
  code: 'effective-to-before-from',
  severity: 'error',
  basis: DISCLOSURE_TEMPLATE,
  message: { zh: '结束时间{to}早于生效时间{from}', en: 'The end {to} is before the start {from}' },
  fields: ['effectiveTo', 'effectiveFrom'],
  check(row) {
    const from = dateTimeOf(row, 'effectiveFrom');
    const to = dateTimeOf(row, 'effectiveTo');
    return from && to && to < from ? [{ code: 'effective-to-before-from', params: { from, to } }] : [];
  },
});

/**
 * Water quality outside its limit is disclosed as it is, but flagged for a second look (a typo in
 * the value or a real exceedance the regulator should know about). Only numeric values and limits
 * are compared; the indicator's unit is assumed to be the limit's (both come from the same row).
 */
export const waterQualityOverLimit = defineRule<ServiceInfoField>({
  code: 'water-quality-over-limit',
  severity: 'warning',
  basis: WATER_SUPPLY,
  message: {
    zh: '{indicator}的检测值{measured}{unit}不符合限值“{limit}”，请核对',
    en: '{indicator}: the measured value {measured} {unit} is outside the limit "{limit}"; please check',
  },
  fields: ['value', 'limit', 'indicator', 'unit'],
  check(row) {
    const measuredText = textOf(row, 'value');
    const limitText = textOf(row, 'limit');
    const measured = measuredText === undefined ? undefined : parseMeasurement(measuredText);
    const limit = limitText === undefined ? undefined : parseLimit(limitText);
    if (!measured || !limit || withinLimit(measured, limit)) return [];
    const indicator = textOf(row, 'indicator') ?? { zh: '水质指标', en: 'The indicator' };
    const params = {
      indicator,
      measured: measuredText ?? '',
      unit: textOf(row, 'unit') ?? '',
      limit: limitText ?? '',
    };
    return [{ code: 'water-quality-over-limit', params }];
  },
});
