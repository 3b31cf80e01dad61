import type { CellValue } from '../core/cells.js';
import { Big } from '../core/decimal.js';
import type { FieldType, ParseResult } from '../core/field-type.js';
import type { Localized } from '../core/localized.js';
import { cellDecimal, cellText } from './normalize.js';
import { EMPTY, fail, ok, typeError } from './results.js';

export interface DecimalOptions {
  min?: string;
  max?: string;
  /** Maximum digits after the decimal point. */
  scale?: number;
  /** A unit people write after the number and that means nothing more, e.g. 分 in 96.5分 (a score). */
  unit?: string;
}

const EXPECTED: Localized = { zh: '数字，如 1234.56', en: 'a number, e.g. 1234.56' };

/** Checks min/max/scale on a canonical decimal string; null when it passes. */
export function checkDecimal(value: string, options: DecimalOptions): ParseResult | null {
  const { min, max } = options;
  // min '0' (amounts) is a sign check; other limits need an exact comparison.
  if (min === '0' ? value.startsWith('-') : min !== undefined && new Big(value).lt(min)) {
    return fail('minimum', { min: min ?? '' });
  }
  if (max !== undefined && new Big(value).gt(max)) return fail('maximum', { max });
  if (options.scale !== undefined) {
    const point = value.indexOf('.');
    if (point >= 0 && value.length - point - 1 > options.scale)
      return fail('scale', { scale: options.scale });
  }
  return null;
}

export function decimalConstraints(options: DecimalOptions): Record<string, unknown> {
  return {
    ...(options.min !== undefined ? { minimum: Number(options.min) } : {}),
    ...(options.max !== undefined ? { maximum: Number(options.max) } : {}),
  };
}

/** Reads a cell as an exact decimal (thousands separators, full width, `(1,234.00)` negatives). */
export function readDecimal(cell: CellValue, unit?: string): ParseResult | string {
  let normalized = cellText(cell);
  if (normalized === null) return EMPTY;
  if (unit && typeof cell === 'string' && normalized.endsWith(unit)) {
    normalized = normalized.slice(0, -unit.length).trimEnd();
  }
  const value = cellDecimal(cell, normalized);
  return value ?? typeError(EXPECTED);
}

export function decimal(options: DecimalOptions = {}): FieldType {
  return {
    kind: 'decimal',
    graphql: 'Decimal',
    sql: 'numeric',
    tableSchema: { type: 'number', constraints: decimalConstraints(options) },
    hint: { zh: '数字', en: 'number' },
    parse(cell) {
      const read = readDecimal(cell, options.unit);
      if (typeof read !== 'string') return read;
      return checkDecimal(read, options) ?? ok(read);
    },
  };
}
