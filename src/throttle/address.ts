import type { IncomingMessage } from 'node:http';

/**
 * The address a request came from, as throttling keys it. Behind a reverse proxy (TRUST_PROXY)
 * every request arrives from the proxy, which appends the client it saw to X-Forwarded-For: the
 * last entry is that one; earlier entries are whatever the client claimed and are ignored.
 * In-process calls (tests through yoga.fetch) have no socket and share one key.
 */
export function clientAddress(req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (!req) return 'in-process';
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded) return forwarded.slice(0, 64);
  }
  return req.socket.remoteAddress ?? 'unknown';
}
