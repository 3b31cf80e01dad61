import type { CellValue } from '../core/cells.js';
import type { FieldType, ParseResult } from '../core/field-type.js';
import type { Severity } from '../core/issues.js';
import type { Localized } from '../core/localized.js';
import { cellText, trimCell } from './normalize.js';
import { EMPTY, fail, ok } from './results.js';
import { type TextContent, textWarnings } from './text-checks.js';

export interface TextOptions {
  maxLength?: number;
  /** A shape the value should have; `severity: 'warning'` when a mismatch is only suspicious. */
  pattern?: { regex: RegExp; severity: Severity; description?: Localized };
  /** A name (no `?` belongs in it) or free text (scanned for personal data, masked when published). */
  content?: TextContent;
}

// What a cell shows when its formula failed (importers/ turns a cached error it cannot name into
// #ERROR!). #N/A is not here: typed by hand it means "not applicable", a placeholder.
const EXCEL_ERROR = /^#(DIV\/0!|REF!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|ERROR!)$/i;
const NOT_AN_ERROR: Localized = {
  zh: '文本，而不是 Excel 公式错误值',
  en: 'text, not an Excel formula error',
};

/**
 * Free text. The value is kept as typed (only trimmed): full-width brackets in a company name are
 * the enterprise's own spelling, so NFKC is used to recognise placeholders but not stored.
 */
export function text(options: TextOptions = {}): FieldType {
  const { maxLength, pattern, content } = options;
  const expected = pattern?.description ?? {
    zh: `符合 ${pattern?.regex.source}`,
    en: `${pattern?.regex.source}`,
  };
  return {
    kind: 'text',
    graphql: 'String',
    sql: 'text',
    ...(content ? { textContent: content } : {}),
    tableSchema: {
      type: 'string',
      constraints: {
        ...(maxLength ? { maxLength } : {}),
        ...(pattern && pattern.severity === 'error' ? { pattern: pattern.regex.source } : {}),
      },
    },
    hint: maxLength
      ? { zh: `文本，不超过${maxLength}字`, en: `text, at most ${maxLength} characters` }
      : { zh: '文本', en: 'text' },
    parse(cell: CellValue): ParseResult {
      const normalized = cellText(cell);
      if (normalized === null) return EMPTY;
      const value = typeof cell === 'string' ? trimCell(cell) : normalized;
      if (value.charCodeAt(0) === 35 && EXCEL_ERROR.test(value))
        return fail('type-error', { expected: NOT_AN_ERROR });
      // value.length counts UTF-16 units, never fewer than code points: only long texts need counting.
      if (maxLength !== undefined && value.length > maxLength) {
        const length = [...value].length;
        if (length > maxLength) return fail('max-length', { max: maxLength, actual: length });
      }
      const warnings = textWarnings(value, content);
      if (pattern && !pattern.regex.test(normalized)) {
        if (pattern.severity === 'error') return fail('pattern-mismatch', { expected });
        const mismatch = { code: 'pattern-mismatch', severity: 'warning' as const, params: { expected } };
        return ok(value, [mismatch, ...(warnings ?? [])]);
      }
      return ok(value, warnings);
    },
  };
}
