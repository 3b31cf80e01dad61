import type { IgnoredSheet } from '../../schema/core/cells.js';

/** The stored JSON, read defensively: only well-formed entries are shown. */
export function ignoredSheetsOf(stored: unknown): IgnoredSheet[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (s): s is IgnoredSheet =>
      typeof s?.name === 'string' && typeof s?.reason?.zh === 'string' && typeof s?.reason?.en === 'string',
  );
}
