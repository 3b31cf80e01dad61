import type { RuleContext, TypedRow } from '../../core/dataset.js';
import { Exact } from '../../core/exact.js';

/**
 * Typed-value readers for rules. Each returns undefined unless the field holds a value of the
 * expected shape, so a rule never fires on empty or unreadable cells (those are reported once,
 * by the field type).
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const YEAR_MONTH = /^\d{4}-\d{2}$/;

/** True when the cell is empty — not when it was filled with something unreadable. */
export function isBlank<K extends string>(row: TypedRow<K>, key: NoInfer<K>, ctx: RuleContext): boolean {
  if (ctx.invalidFields?.has(key)) return false;
  const value = row[key];
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Non-empty text, trimmed. */
export function textOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): string | undefined {
  const value = row[key];
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A decimal (money, percent, decimal) as an exact value. */
export function decimalOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): Exact | undefined {
  const value = row[key];
  if (typeof value === 'number' && Number.isSafeInteger(value)) return Exact.from(value);
  return typeof value === 'string' ? Exact.parse(value) : undefined;
}

export function dateOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): string | undefined {
  const value = row[key];
  return typeof value === 'string' && DATE.test(value) ? value : undefined;
}

/** A date-time, normalised to seconds ('YYYY-MM-DDTHH:mm:ss'). */
export function dateTimeOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): string | undefined {
  const value = row[key];
  if (typeof value !== 'string' || !DATE_TIME.test(value)) return undefined;
  return value.length === 16 ? `${value}:00` : value;
}

/** A year-month, or 'OPEN' for 至今. */
export function yearMonthOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): string | undefined {
  const value = row[key];
  return typeof value === 'string' && (YEAR_MONTH.test(value) || value === 'OPEN') ? value : undefined;
}

export function integerOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): number | undefined {
  const value = row[key];
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function booleanOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): boolean | undefined {
  const value = row[key];
  return typeof value === 'boolean' ? value : undefined;
}

/** An enum key (or any exact string). */
export function keyOf<K extends string>(row: TypedRow<K>, key: NoInfer<K>): string | undefined {
  const value = row[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
