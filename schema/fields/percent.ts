import { Big, canonicalDecimal } from '../core/decimal.js';
import type { FieldType } from '../core/field-type.js';
import { checkDecimal, type DecimalOptions, decimalConstraints } from './decimal.js';
import { cellDecimal, cellText } from './normalize.js';
import { EMPTY, ok, typeError } from './results.js';

/**
 * A percentage stored in percent points ('12' means 12%). How a cell is read:
 * - text: `12%` and `12` both mean 12% — the column header says (%), so a bare number is points;
 * - a number in a cell whose Excel format contains `%` (ctx.numFmt): Excel stored 12% as 0.12,
 *   so it is multiplied by 100 exactly;
 * - any other number: percent points as typed (0.12 stays 0.12%). A fraction is never guessed
 *   from the size of the value, because 0.5% is a real transfer share.
 */
export function percent(options: DecimalOptions = {}): FieldType {
  return {
    kind: 'percent',
    graphql: 'Decimal',
    sql: 'numeric',
    tableSchema: { type: 'number', format: 'percent', constraints: decimalConstraints(options) },
    hint: { zh: '百分数，如 12.5 或 12.5%', en: 'percentage, e.g. 12.5 or 12.5%' },
    parse(cell, ctx) {
      let normalized = cellText(cell);
      if (normalized === null) return EMPTY;
      if (typeof cell === 'string' && normalized.endsWith('%')) normalized = normalized.slice(0, -1).trim();
      const read = cellDecimal(cell, normalized);
      if (read === null)
        return typeError({ zh: '百分数，如 12.5 或 12.5%', en: 'a percentage, e.g. 12.5 or 12.5%' });
      const isFraction = typeof cell === 'number' && ctx.numFmt?.includes('%') === true;
      const value = isFraction ? canonicalDecimal(new Big(read).times(100)) : read;
      return checkDecimal(value, options) ?? ok(value);
    },
  };
}
