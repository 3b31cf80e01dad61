import { describe, expect, test } from 'vitest';
import type { TypedRow } from '../../schema/core/dataset.js';
import { parseLimit, serviceInfoRules as rules } from '../../schema/rules/index.js';
import { findings } from './support.js';

const outage: TypedRow = {
  industry: 'WATER',
  category: 'OUTAGE',
  title: '计划停水通知',
  content: '因管网维修，以下区域停水。',
  effectiveFrom: '2024-06-20T08:00:00',
  effectiveTo: '2024-06-20T18:00:00',
  noticeAt: '2024-06-19T08:00:00',
  emergency: false,
};
const route: TypedRow = {
  industry: 'BUS',
  category: 'ROUTE_CHANGE',
  title: '线路调整公告',
  content: '…',
  effectiveFrom: '2024-06-20T05:00:00',
  noticeAt: '2024-06-17T23:59:00',
  lineNo: '123',
};
const price: TypedRow = {
  ...route,
  category: 'PRICE',
  effectiveFrom: '2024-09-20T00:00:00',
  noticeAt: '2024-10-23T09:00:00',
};
const quality: TypedRow = {
  industry: 'WATER',
  category: 'WATER_QUALITY',
  title: '水质',
  content: '…',
  indicator: '浑浊度',
  value: '0.3',
  unit: 'NTU',
  limit: '1',
};

describe('service-info rules', () => {
  test.each<[string, TypedRow, string[]]>([
    ['outage announced exactly 24 h ahead', outage, []],
    [
      'outage announced 23 h 59 min ahead',
      { ...outage, noticeAt: '2024-06-19T08:01:00' },
      ['outage-notice-too-short@noticeAt'],
    ],
    ['emergency outage announced late', { ...outage, noticeAt: '2024-06-20T07:00:00', emergency: true }, []],
    [
      'outage with emergency blank reads as planned',
      { ...outage, noticeAt: '2024-06-20T07:00:00', emergency: null },
      ['outage-notice-too-short@noticeAt'],
    ],
    ['outage without a notice time', { ...outage, noticeAt: null }, []],
    [
      'gas outage is not under the water rule',
      { ...outage, industry: 'GAS', noticeAt: '2024-06-20T07:00:00' },
      [],
    ],
    ['route change 3 days ahead (by date)', route, []],
    [
      'route change 2 days ahead',
      { ...route, noticeAt: '2024-06-18T00:00:00' },
      ['route-change-notice-too-short@noticeAt'],
    ],
    ['emergency route change', { ...route, noticeAt: '2024-06-20T00:00:00', emergency: true }, []],
    // 2024-09-20 + 20 working days = 10-23 (National Day off, Sundays 09-29 and Saturday 10-12 worked)
    ['price change published on the 20th working day', price, []],
    [
      'price change published on the 21st working day',
      { ...price, noticeAt: '2024-10-24T09:00:00' },
      ['change-published-late@noticeAt'],
    ],
    [
      'a service guide is a standing item',
      { ...price, category: 'GUIDE', noticeAt: '2024-12-31T09:00:00' },
      [],
    ],
    [
      'end before start',
      { ...outage, effectiveTo: '2024-06-20T07:59:59' },
      ['effective-to-before-from@effectiveTo'],
    ],
    ['end equals start', { ...outage, effectiveTo: '2024-06-20T08:00:00' }, []],
    ['water quality within the limit', quality, []],
    ['water quality at the limit', { ...quality, value: '1' }, []],
    ['water quality over the limit', { ...quality, value: '1.01' }, ['water-quality-over-limit@value']],
    [
      'pH below its range',
      { ...quality, indicator: 'pH', value: '6.4', limit: '6.5-8.5', unit: null },
      ['water-quality-over-limit@value'],
    ],
    ['chlorine above its minimum', { ...quality, value: '0.3', limit: '≥0.05' }, []],
    ['below detection', { ...quality, value: '<0.002', limit: '0.01' }, []],
    ['non-numeric limit', { ...quality, value: '1', limit: '不得检出' }, []],
    ['limit empty', { ...quality, value: '100', limit: null }, []],
  ])('%s', (_name, row, expected) => {
    expect(findings(rules, row)).toEqual(expected);
  });

  test.each<[string, string | undefined]>([
    ['0.3', 'max 0.3 inclusive'],
    ['≤0.3', 'max 0.3 inclusive'],
    ['＜0.3', 'max 0.3 exclusive'],
    ['不超过 0.3', 'max 0.3 inclusive'],
    ['≥0.05', 'min 0.05 inclusive'],
    ['>0.05', 'min 0.05 exclusive'],
    ['6.5～8.5', 'min 6.5 inclusive, max 8.5 inclusive'],
    ['不小于6.5且不大于8.5', 'min 6.5 inclusive, max 8.5 inclusive'],
    ['不得检出', undefined],
  ])('limit %s reads as %s', (text, expected) => {
    const limit = parseLimit(text);
    const describe = (side: string, bound?: { value: { toString(): string }; inclusive: boolean }) =>
      bound ? `${side} ${bound.value.toString()} ${bound.inclusive ? 'inclusive' : 'exclusive'}` : '';
    const read = limit && [describe('min', limit.min), describe('max', limit.max)].filter(Boolean).join(', ');
    expect(read).toBe(expected);
  });
});
