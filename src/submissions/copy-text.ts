/**
 * PostgreSQL COPY text format: tab-separated, `\N` for null, backslash escapes. Used to bulk load
 * typed rows and issues (COPY is ~60× faster than Prisma's createMany here, with flat memory).
 */
export function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  // Fast path: most cells need no escaping.
  if (!/[\\\t\n\r]/.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function copyLine(values: unknown[]): string {
  return `${values.map(copyField).join('\t')}\n`;
}
