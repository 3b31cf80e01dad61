import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// antd writes its styles at run time (CSS-in-JS), hence 'unsafe-inline' for styles only.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

export const isAppPath = (path: string) => path === '/app' || path.startsWith('/app/');

/**
 * The workspace single-page app: hashed assets under /app/assets/ are cached for good; any other
 * path under /app/ that names no file is the app's own route and gets index.html (never cached, so
 * a new build is picked up at once).
 */
export async function serveApp(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  webDist: string,
): Promise<void> {
  if (path === '/app') {
    res.writeHead(308, { location: '/app/' });
    return void res.end();
  }
  const relative = safeDecode(path.slice('/app/'.length));
  // Never outside the build folder: no `..`, no absolute path.
  if (relative === null || isAbsolute(relative) || relative.split(sep).includes('..')) return notFound(res);
  const file = join(webDist, relative);
  if (relative !== '.' && (await isFile(file))) {
    const immutable = relative.startsWith(`assets${sep}`);
    return sendFile(req, res, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  }
  if (extname(relative)) return notFound(res);
  const index = join(webDist, 'index.html');
  if (!(await isFile(index))) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    return void res.end(
      '工作台尚未构建，请运行 npm run build:web (the workspace app is not built: run npm run build:web)\n',
    );
  }
  return sendFile(req, res, index, 'no-cache');
}

function safeDecode(encoded: string): string | null {
  try {
    return normalize(decodeURIComponent(encoded));
  } catch {
    return null;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, cache: string) {
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cache,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file).pipe(res);
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}
