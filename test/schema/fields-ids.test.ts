import { describe, expect, test } from 'vitest';
import { partyId, regionCode, residentId, uscc } from '../../schema/fields/index.js';
import { read, warnings } from './helpers.js';

describe('uscc', () => {
  const type = uscc();
  test.each([
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['91510725MAC81HRBXC', '91510725MAC81HRBXC'],
    [' 91510725mac81hrbxc ', '91510725MAC81HRBXC'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
    ['91350100M000100Y44', '91350100M000100Y44'], // bad checksum: kept, with a warning
    ['91350100M000100Y4', '!type-error'],
    ['91350100M0001O0Y43', '!type-error'],
    [9.13100001322e17, '!id-as-number'],
    ['9.13100001322E+17', '!id-as-number'],
    ['-', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(type, cell)).toBe(expected);
  });

  test('bad checksum is a warning, good one is silent', () => {
    expect(warnings(type, '91350100M000100Y44')).toEqual(['uscc-checksum']);
    expect(warnings(type, '91350100M000100Y43')).toEqual([]);
  });
});

describe('residentId', () => {
  test.each([
    ['11010519491231002X', '11010519491231002X'],
    ['11010519491231002x', '11010519491231002X'],
    ['110105194912310021', '!resident-id-checksum'],
    ['110105491231002', '!resident-id-legacy'],
    ['1101051949123100', '!type-error'],
    [110105194912310020, '!id-as-number'],
  ])('%s → %s', (cell, expected) => {
    expect(read(residentId(), cell)).toBe(expected);
  });
});

describe('partyId', () => {
  test.each([
    ['11010519491231002X', '11010519491231002X'],
    ['91350100M000100Y43', '91350100M000100Y43'],
    ['913100001322000126', '913100001322000126'],
    ['110105194912310021', '!resident-id-checksum'],
    ['hello', '!type-error'],
  ])('%s → %s', (cell, expected) => {
    expect(read(partyId(), cell)).toBe(expected);
  });
});

describe('regionCode', () => {
  test.each([
    ['310114', '310114'],
    [310000, '310000'],
    ['３１０１１５', '310115'],
    ['31011', '!type-error'],
    ['990000', '!type-error'],
    ['-', null],
  ])('%s → %s', (cell, expected) => {
    expect(read(regionCode(), cell)).toBe(expected);
  });
});
