import type { RowRule } from '../../core/dataset.js';
import type { ServiceInfoField } from '../../datasets/service-info.js';
import { changePublishedLate, outageNoticeTooShort, routeChangeNoticeTooShort } from './notice.js';
import { effectiveToBeforeFrom, waterQualityOverLimit } from './rules.js';

export { type Limit, parseLimit, parseMeasurement, withinLimit } from './limit.js';

/** 服务信息: notice periods for outages and route changes, timely publication, water quality. */
export const serviceInfoRules: RowRule<ServiceInfoField>[] = [
  effectiveToBeforeFrom,
  outageNoticeTooShort,
  routeChangeNoticeTooShort,
  changePublishedLate,
  waterQualityOverLimit,
];
