import type { ParseResult, TypedValue } from '../core/field-type.js';
import type { IssueDraft, MessageParams, Severity } from '../core/issues.js';
import type { Localized } from '../core/localized.js';

/** Shared result for empty cells, so the hot path allocates nothing for blanks. */
export const EMPTY: ParseResult = Object.freeze({ ok: true, value: null }) as ParseResult;

export function ok(value: TypedValue, warnings?: IssueDraft[]): ParseResult {
  return warnings ? { ok: true, value, warnings } : { ok: true, value };
}

export function fail(code: string, params?: MessageParams, severity?: Severity): ParseResult {
  const issue: IssueDraft = { code };
  if (params) issue.params = params;
  if (severity) issue.severity = severity;
  return { ok: false, issue };
}

/** The cell cannot be read as the column's type; `expected` says what it should look like. */
export function typeError(expected: Localized): ParseResult {
  return fail('type-error', { expected });
}
