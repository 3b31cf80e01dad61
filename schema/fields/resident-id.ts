import type { FieldType, ParseResult } from '../core/field-type.js';
import {
  isLegacyResidentId,
  isResidentIdFormat,
  normalizeResidentId,
  residentIdCheckChar,
} from '../identifiers/resident-id.js';
import { readIdentifierCell } from './id-cells.js';
import { fail, ok, typeError } from './results.js';

export const RESIDENT_ID_EXPECTED = { zh: '18位公民身份号码', en: 'an 18-character resident ID number' };

/**
 * GB 11643 number. 15-digit first-generation numbers are refused with their own code: they have
 * been invalid since 2013 and carry no check character, so they cannot be verified. A wrong check
 * character is an error (unlike USCC, there is no population of legitimate failing numbers).
 */
export function readResidentId(text: string): ParseResult {
  const id = normalizeResidentId(text);
  if (isLegacyResidentId(id)) return fail('resident-id-legacy');
  if (!isResidentIdFormat(id)) return typeError(RESIDENT_ID_EXPECTED);
  const check = residentIdCheckChar(id);
  return check === id.charAt(17) ? ok(id) : fail('resident-id-checksum', { expected: check });
}

export function residentId(): FieldType {
  return {
    kind: 'resident-id',
    graphql: 'String',
    sql: 'text',
    tableSchema: { type: 'string', format: 'resident-id', constraints: { pattern: '^\\d{17}[\\dX]$' } },
    hint: { zh: '18位身份证号码（请设为文本格式）', en: '18-character resident ID (text format)' },
    textFormat: true,
    parse(cell) {
      const read = readIdentifierCell(cell);
      return typeof read === 'string' ? readResidentId(read) : read;
    },
  };
}
