import type { FieldType } from '../core/field-type.js';
import { cellText } from './normalize.js';
import { EMPTY, ok, typeError } from './results.js';

const TRUE_WORDS = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '对']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '不是']);
const EXPECTED = { zh: '“是”或“否”', en: '"是" (yes) or "否" (no)' };

/** 是/否 as a boolean; also Y/N, yes/no, true/false, 1/0 and Excel boolean cells. */
export function yesNo(): FieldType {
  return {
    kind: 'boolean',
    graphql: 'Boolean',
    sql: 'boolean',
    tableSchema: { type: 'boolean', constraints: { enum: ['是', '否'] } },
    hint: { zh: '填“是”或“否”', en: 'fill in 是 (yes) or 否 (no)' },
    choices: [
      { key: 'true', label: { zh: '是', en: 'Yes' } },
      { key: 'false', label: { zh: '否', en: 'No' } },
    ],
    parse(cell) {
      if (typeof cell === 'boolean') return ok(cell);
      const text = cellText(cell);
      if (text === null) return EMPTY;
      const folded = text.toLowerCase();
      if (TRUE_WORDS.has(folded)) return ok(true);
      if (FALSE_WORDS.has(folded)) return ok(false);
      return typeError(EXPECTED);
    },
  };
}
