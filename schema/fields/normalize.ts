import type { CellValue } from '../core/cells.js';
import { Big, canonicalDecimal } from '../core/decimal.js';

/**
 * The one place where raw cells are cleaned before a field type reads them. Field types call these
 * helpers instead of re-implementing full-width handling, placeholders or number syntax.
 */

// Characters that NFKC changes in our data: ideographic space and the full-width forms block.
// Testing for them first keeps the common path (plain ASCII or CJK text) free of normalize() calls.
const NEEDS_NFKC = /[\u3000\uFF00-\uFFEF]/;
const EDGE_SPACE = /^[\s\u00A0\u3000\u200B\uFEFF]+|[\s\u00A0\u3000\u200B\uFEFF]+$/g;

/** Placeholders that mean "nothing to report" (compared after NFKC, trimming and lower-casing). */
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '–',
  '/',
  '\\',
  '暂无',
  '无',
  'n/a',
  'na',
  '#n/a',
  'null',
  'none',
  '不适用',
]);

/** Trims (including ideographic and zero-width spaces) without otherwise changing the text. */
export function trimCell(text: string): string {
  // Most cells have nothing to trim: check both ends before running the regex.
  if (text === '' || (!isSpaceCode(text.charCodeAt(0)) && !isSpaceCode(text.charCodeAt(text.length - 1)))) {
    return text;
  }
  return text.replace(EDGE_SPACE, '');
}

function isSpaceCode(c: number): boolean {
  return (
    c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a)
  );
}

/** NFKC (full-width digits, letters and punctuation to half width) plus trimming. */
export function normalizeCell(text: string): string {
  const folded = NEEDS_NFKC.test(text) ? text.normalize('NFKC') : text;
  return trimCell(folded);
}

export function isPlaceholder(normalized: string): boolean {
  if (normalized.length > 5) return false;
  const first = normalized.charCodeAt(0);
  if (first >= 48 && first <= 57) return false; // digits start no placeholder: keep numbers fast
  if (PLACEHOLDERS.has(normalized)) return true;
  // Only ASCII letters change case among the placeholders: short names (王伟) skip the copy.
  return hasUpperAscii(normalized) && PLACEHOLDERS.has(normalized.toLowerCase());
}

function hasUpperAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * The cell as normalised text, or null when it is empty or a placeholder. Non-string cells are
 * rendered the way Excel shows them; Date cells are handled by the types that accept them.
 */
export function cellText(cell: CellValue): string | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const text = normalizeCell(cell);
    return text === '' || isPlaceholder(text) ? null : text;
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? excelNumberText(cell) : null;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return isoDate(cell);
}

/** Whether a cell counts as empty (blank or placeholder). */
export function isEmptyCell(cell: CellValue): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return cellText(cell) === null;
  return false;
}

/**
 * Excel keeps 15 significant digits; a float such as 0.30000000000000004 is displayed as 0.3.
 * Reading numbers through toPrecision(15) gives the value the user saw, as an exact decimal.
 */
export function excelNumberText(value: number): string {
  // A cell Excel (or exceljs) stored as NaN/Infinity is not a number a field can accept: its text
  // goes on to the field type, which reports a type-error at the cell instead of crashing.
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
  return canonicalDecimal(new Big(value.toPrecision(15)));
}

function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return date.toISOString().slice(0, 10);
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Canonical form of a plain decimal without big.js (the hot path for amounts): no leading zeros,
 * no trailing fractional zeros, '-0' as '0'. Null for anything else (exponents, '.5', '1.').
 */
export function canonicalPlain(text: string): string | null {
  if (isCanonicalPlain(text)) return text;
  const m = PLAIN.exec(text);
  if (!m) return null;
  const digits = m[2] ?? '0';
  const int = digits.length > 1 && digits.charCodeAt(0) === 48 ? digits.replace(/^0+(?=\d)/, '') : digits;
  let frac = m[3] ?? '';
  if (frac.endsWith('0')) frac = frac.replace(/0+$/, '');
  const zero = int === '0' && frac === '';
  return `${m[1] && !zero ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
}

/**
 * True when the text already is what canonicalPlain would return (the usual amount cell, `1234.5`):
 * digits with at most one inner point, no leading zero before a digit, no trailing fractional
 * zero, not `-0`. One pass over the characters instead of a regex and a rebuilt string.
 */
function isCanonicalPlain(text: string): boolean {
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  const n = text.length;
  if (n === start) return false;
  let point = -1;
  let nonZero = false;
  for (let i = start; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (point >= 0 || i === start || i === n - 1) return false;
      point = i;
    } else if (c < 48 || c > 57) return false;
    else if (c !== 48) nonZero = true;
  }
  const intEnd = point >= 0 ? point : n;
  if (text.charCodeAt(start) === 48 && intEnd - start > 1) return false;
  if (point >= 0 && text.charCodeAt(n - 1) === 48) return false;
  return nonZero || start === 0;
}

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
// Exponents capped at two digits: `1e999999` would expand into a million-digit string.
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?e[+-]?\d{1,2}$/i;

/**
 * Reads a number typed as text: `3,000.50`, `(1,234.00)` for a negative, `−5`, `+5`, ` 1 234 `.
 * Returns a canonical decimal string or null when the text is not a number. Thousands separators
 * are only accepted in groups of three, so `1,5` (a European decimal comma) is not silently misread.
 */
export function parseDecimalText(text: string): string | null {
  const fast = canonicalPlain(text);
  if (fast !== null) return fast;
  let t = text.replace(/[\u2212\u2012\u2013]/g, '-').replace(/\s+/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.includes(',')) {
    if (!THOUSANDS.test(t)) return null;
    t = t.replace(/,/g, '');
  }
  if (!NUMBER_TEXT.test(t) && !SCIENTIFIC.test(t)) return null;
  if (t.startsWith('+')) t = t.slice(1);
  const plain = negative ? null : canonicalPlain(t);
  if (plain !== null) return plain;
  if (t.endsWith('.')) t = t.slice(0, -1);
  const value = new Big(t);
  return canonicalDecimal(negative ? value.neg() : value);
}

/** Reads a numeric cell (number or text) as a canonical decimal string, or null if not numeric. */
export function cellDecimal(cell: CellValue, text: string): string | null {
  if (typeof cell === 'number') return excelNumberText(cell);
  if (typeof cell !== 'string') return null;
  return parseDecimalText(text);
}
