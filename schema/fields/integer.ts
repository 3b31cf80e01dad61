import type { FieldType } from '../core/field-type.js';
import { checkDecimal, decimalConstraints, readDecimal } from './decimal.js';
import { ok, typeError } from './results.js';

export interface IntegerOptions {
  min?: number;
  max?: number;
}

export function integer(options: IntegerOptions = {}): FieldType {
  const limits = {
    ...(options.min !== undefined ? { min: String(options.min) } : {}),
    ...(options.max !== undefined ? { max: String(options.max) } : {}),
  };
  return {
    kind: 'integer',
    graphql: 'Int',
    sql: 'integer',
    tableSchema: { type: 'integer', constraints: decimalConstraints(limits) },
    hint: { zh: '整数', en: 'whole number' },
    parse(cell) {
      const read = readDecimal(cell);
      if (typeof read !== 'string') return read;
      const n = Number(read);
      if (read.includes('.') || !Number.isSafeInteger(n)) {
        return typeError({ zh: '整数', en: 'a whole number' });
      }
      return checkDecimal(read, limits) ?? ok(n);
    },
  };
}
