import type { FieldType } from '../core/field-type.js';
import { readIdentifierCell } from './id-cells.js';
import { ok, typeError } from './results.js';

// GB/T 2260 province-level prefixes (incl. 71 台湾, 81 香港, 82 澳门).
const SHAPE = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])\d{4}$/;
const EXPECTED = {
  zh: '6位行政区划代码，如 310114',
  en: 'a 6-digit administrative division code, e.g. 310114',
};

/** Shape only (PP0000 province, PPCC00 city, PPCCDD county); the code list itself changes yearly. */
export function regionCode(): FieldType {
  return {
    kind: 'region-code',
    graphql: 'String',
    sql: 'text',
    tableSchema: { type: 'string', format: 'gb-t-2260', constraints: { pattern: SHAPE.source } },
    hint: EXPECTED,
    textFormat: true,
    parse(cell) {
      const read = readIdentifierCell(cell);
      if (typeof read !== 'string') return read;
      return SHAPE.test(read) ? ok(read) : typeError(EXPECTED);
    },
  };
}
