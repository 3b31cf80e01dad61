import type { FieldType } from '../core/field-type.js';
import { isLegacyResidentId, isResidentIdFormat, normalizeResidentId } from '../identifiers/resident-id.js';
import { isUsccFormat, normalizeUscc } from '../identifiers/uscc.js';
import { readIdentifierCell } from './id-cells.js';
import { readResidentId } from './resident-id.js';
import { typeError } from './results.js';
import { readUscc } from './uscc.js';

const EXPECTED = {
  zh: '18位统一社会信用代码或18位公民身份号码',
  en: 'an 18-character unified social credit code or resident ID number',
};

/**
 * The ID of a party that may be a legal or a natural person (the buyer). A value with a resident
 * ID's shape (17 digits, a real birth date, then a digit or X) is checked as a resident ID; any
 * other USCC-shaped value as a USCC. Whether the kind matches buyerType is a rule's business
 * (identifiers/ exports isResidentIdFormat and isUsccFormat for it).
 */
export function partyId(): FieldType {
  return {
    kind: 'party-id',
    graphql: 'String',
    sql: 'text',
    tableSchema: { type: 'string', format: 'uscc-or-resident-id' },
    hint: { zh: '统一社会信用代码或身份证号码（请设为文本格式）', en: 'USCC or resident ID (text format)' },
    textFormat: true,
    parse(cell) {
      const read = readIdentifierCell(cell);
      if (typeof read !== 'string') return read;
      const asId = normalizeResidentId(read);
      if (isResidentIdFormat(asId) || isLegacyResidentId(asId)) return readResidentId(asId);
      return isUsccFormat(normalizeUscc(read)) ? readUscc(read) : typeError(EXPECTED);
    },
  };
}
