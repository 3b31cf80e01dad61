import { DomainError } from '../../errors.js';

/**
 * The longest string each argument or input field may carry, in characters, by its name wherever
 * it appears; any other string is held to DEFAULT. Set a little above what a person writes, far
 * below what makes the work after it expensive (a search string is matched against every record).
 */
export const STRING_LIMITS: Record<string, number> = {
  search: 200,
  username: 100,
  password: 256,
  currentPassword: 256,
  newPassword: 256,
  name: 200,
  enterpriseName: 200,
  reason: 2000,
  note: 2000,
  withdrawalReason: 2000,
};
export const DEFAULT_STRING_LIMIT = 1000;

export const limitFor = (name: string) => STRING_LIMITS[name] ?? DEFAULT_STRING_LIMIT;

/** Code points, without spreading a 45 MB string into an array when its length already decides. */
export function exceeds(value: string, max: number): boolean {
  if (value.length <= max) return false;
  if (value.length > 2 * max) return true;
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

export const argumentTooLong = (path: string, max: number) =>
  new DomainError(
    'BAD_USER_INPUT',
    {
      zh: `参数“${path}”超过${max}个字符的上限`,
      en: `The argument “${path}” exceeds the ${max}-character limit`,
    },
    { argument: path, maxLength: max },
    'warn',
  );

/**
 * Finds the first string in a coerced argument value that is over its limit; the limit is looked
 * up by the innermost name (an input field's, else the argument's). Returns its path and limit.
 */
export function firstTooLong(
  name: string,
  value: unknown,
  path = name,
  depth = 0,
): { path: string; max: number } | undefined {
  if (typeof value === 'string')
    return exceeds(value, limitFor(name)) ? { path, max: limitFor(name) } : undefined;
  if (value === null || typeof value !== 'object' || depth > 20) return undefined;
  // An uploaded file: its name is text the caller chose, its bytes are not. Walking the bytes took
  // Object.entries of every byte (16 million pairs for a 16 MB file: seconds of CPU, 400 MB).
  if (isBinary(value)) return fileNameTooLong(value, path);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = firstTooLong(name, item, `${path}[${i}]`, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = firstTooLong(key, item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** A Blob or File (the server's own or Node's) or raw bytes. */
function isBinary(value: object): boolean {
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return true;
  const blob = value as { arrayBuffer?: unknown; stream?: unknown };
  return typeof blob.arrayBuffer === 'function' && typeof blob.stream === 'function';
}

function fileNameTooLong(value: object, path: string) {
  const name = (value as { name?: unknown }).name;
  return typeof name === 'string' ? firstTooLong('name', name, `${path}.name`) : undefined;
}
