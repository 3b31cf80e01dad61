import type { CellValue } from '../core/cells.js';
import type { ParseResult } from '../core/field-type.js';
import { cellText } from './normalize.js';
import { EMPTY, fail } from './results.js';

// What Excel's CSV export writes for a long number it displays in scientific notation.
const SCIENTIFIC_TEXT = /^\d(\.\d+)?E\+?\d{1,2}$/i;

/**
 * Reads an identifier cell as text. An identifier that Excel stored as a number has lost every
 * digit after the 15th, so it is reported (id-as-number) rather than turned into a wrong code.
 * Returns the normalised text, or the result to return as is (empty or id-as-number).
 */
export function readIdentifierCell(cell: CellValue, minDigitsLost = 16): string | ParseResult {
  if (typeof cell === 'number') {
    const digits = Math.abs(Math.trunc(cell)).toString().length;
    if (!Number.isSafeInteger(cell) || digits >= minDigitsLost) return idAsNumber(cell);
  }
  const text = cellText(cell);
  if (text === null) return EMPTY;
  if (SCIENTIFIC_TEXT.test(text)) return fail('id-as-number', {});
  return text;
}

function idAsNumber(cell: number): ParseResult {
  return fail('id-as-number', { shown: cell.toPrecision(12) });
}
