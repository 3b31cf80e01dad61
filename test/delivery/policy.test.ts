import { describe, expect, test } from 'vitest';
import { classify, parseRetryAfter } from '../../src/delivery/send.js';
import { backoffMs } from '../../src/delivery/settings.js';
import { testSettings } from './support.js';

describe('what an answer means', () => {
  test.each([
    [200, 'delivered'],
    [204, 'delivered'],
    [301, 'dead'],
    [400, 'dead'],
    [401, 'dead'],
    [404, 'dead'],
    [408, 'retry'],
    [422, 'dead'],
    [429, 'retry'],
    [500, 'retry'],
    [503, 'retry'],
  ])('HTTP %i → %s', (status, outcome) => {
    expect(classify(status, '').outcome).toBe(outcome);
  });
});

describe('backoff', () => {
  const settings = testSettings('http://platform.test', { backoffBaseMs: 100, backoffMaxMs: 5000 });
  test.each([
    [1, 200],
    [3, 800],
    [6, 5000],
    [40, 5000],
  ])('attempt %i waits at most %i ms, with full jitter', (attempt, ceiling) => {
    expect(backoffMs(settings, attempt, () => 1)).toBe(ceiling);
    expect(backoffMs(settings, attempt, () => 0)).toBe(0);
    expect(backoffMs(settings, attempt, () => 0.5)).toBe(ceiling / 2);
  });
});

describe('Retry-After', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  test.each([
    ['120', 120_000],
    [' 5 ', 5000],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['soon', null],
    [null, null],
  ])('%s → %s ms', (value, ms) => {
    expect(parseRetryAfter(value, now)).toBe(ms);
  });
});
