import type { FieldType, ParseResult } from '../core/field-type.js';
import { isUsccFormat, normalizeUscc, usccCheckChar } from '../identifiers/uscc.js';
import { readIdentifierCell } from './id-cells.js';
import { ok, typeError } from './results.js';

export const USCC_EXPECTED = { zh: '18位统一社会信用代码', en: 'an 18-character unified social credit code' };

/**
 * GB 32100 code. A wrong shape is an error; a wrong check character is only a warning, because a
 * few early codes really fail it: the value is kept and an enterprise registry entry can vouch.
 */
export function readUscc(text: string): ParseResult {
  const code = normalizeUscc(text);
  if (!isUsccFormat(code)) return typeError(USCC_EXPECTED);
  const check = usccCheckChar(code);
  if (check === code.charAt(17)) return ok(code);
  return ok(code, [{ code: 'uscc-checksum', params: { expected: check ?? '' } }]);
}

export function uscc(): FieldType {
  return {
    kind: 'uscc',
    graphql: 'String',
    sql: 'text',
    tableSchema: { type: 'string', format: 'uscc', constraints: { pattern: '^[0-9A-HJ-NP-RTUWXY]{18}$' } },
    hint: {
      zh: '18位统一社会信用代码（请设为文本格式）',
      en: '18-character unified social credit code (text format)',
    },
    textFormat: true,
    parse(cell) {
      const read = readIdentifierCell(cell);
      return typeof read === 'string' ? readUscc(read) : read;
    },
  };
}
