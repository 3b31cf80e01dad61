import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';

// A proxy's id is kept when it is a plain token; anything else (or nothing) gets a fresh UUID.
const ACCEPTABLE = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the incoming X-Request-Id when sane, else a new UUID; written back on `req`. */
export function assignRequestId(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && ACCEPTABLE.test(incoming) ? incoming : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}
