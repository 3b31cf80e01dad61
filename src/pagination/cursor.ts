import { DomainError } from '../errors.js';

/**
 * The one cursor format of every list (GraphQL connections, the web page's links): base64url of
 * the last item's sort key, opaque to clients. A cursor that does not decode to a key the list
 * understands is the caller's mistake — BAD_USER_INPUT, never an internal error.
 */
export const encodeCursor = (key: string) => Buffer.from(key, 'utf8').toString('base64url');

/** The key in `cursor`, read by `parse` (undefined: not a key of this list); null without a cursor. */
export function decodeCursor<T>(
  cursor: string | null | undefined,
  parse: (key: string) => T | undefined,
): T | null {
  if (!cursor) return null;
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  // Node's base64url decoder skips characters it does not know: only a cursor we could have written counts.
  const value = encodeCursor(key) === cursor ? parse(key) : undefined;
  if (value === undefined) throw invalidCursor();
  return value;
}

export const invalidCursor = () =>
  new DomainError(
    'BAD_USER_INPUT',
    { zh: '分页游标无效，请从第一页重新查询', en: 'Invalid cursor: start again from the first page' },
    { argument: 'after' },
  );

/** Parsers for common keys. */
export const cursorKeys = {
  uuid: (key: string) => (UUID.test(key) ? key : undefined),
  positiveInteger: (key: string) => (/^[1-9]\d{0,9}$/.test(key) ? Number(key) : undefined),
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
