import type { CellValue } from '../../schema/core/cells.js';
import type { FieldType, ParseContext, ParseResult } from '../../schema/core/field-type.js';

export const ctx: ParseContext = { date1904: false, today: '2024-06-15' };

/** The typed value, or `!code` for a failure, so test tables stay one line per case. */
export function read(type: FieldType, cell: CellValue, extra: Partial<ParseContext> = {}): unknown {
  const result: ParseResult = type.parse(cell, { ...ctx, ...extra });
  return result.ok ? result.value : `!${result.issue.code}`;
}

/** Codes of the warnings attached to a successful parse. */
export function warnings(type: FieldType, cell: CellValue, extra: Partial<ParseContext> = {}): string[] {
  const result = type.parse(cell, { ...ctx, ...extra });
  return result.ok ? (result.warnings ?? []).map((w) => w.code) : [`!${result.issue.code}`];
}
