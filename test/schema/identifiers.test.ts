import { describe, expect, test } from 'vitest';
import {
  isValidResidentId,
  maskResidentId,
  residentIdCheckChar,
} from '../../schema/identifiers/resident-id.js';
import { isUsccFormat, isValidUscc, usccCheckChar } from '../../schema/identifiers/uscc.js';

describe('USCC (GB 32100)', () => {
  test.each([
    ['91350100M000100Y43', true],
    ['91510725MAC81HRBXC', true],
    ['913100001322000126', true],
    ['91350100M000100Y44', false],
    ['91350100M000100Y4', false],
    ['91350100M0001O0Y43', false], // letter O is not in the character set
    ['9135A100M000100Y43', false], // region part must be digits
  ])('%s valid: %s', (code, valid) => {
    expect(isValidUscc(code)).toBe(valid);
  });

  test('check character computed from the first 17', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('91510725MAC81HRBX')).toBe('C');
  });

  test('format separate from checksum', () => {
    expect(isUsccFormat('91350100M000100Y44')).toBe(true);
    expect(isUsccFormat('91350100M000100Y4I')).toBe(false);
  });
});

describe('resident ID (GB 11643)', () => {
  test.each([
    ['11010519491231002X', true],
    ['110105194912310021', false], // wrong check character
    ['11010519491331002X', false], // month 13
    ['00010519491231002X', false], // no such province
  ])('%s valid: %s', (id, valid) => {
    expect(isValidResidentId(id)).toBe(valid);
  });

  test('check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
  });

  test('mask keeps region prefix and last four', () => {
    expect(maskResidentId('11010519491231002X')).toBe('1101**********002X');
  });
});
