import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppServices } from '../graphql/context.js';
import { serveDatasetFile } from '../public/routes.js';
import { isSubmissionDownload, serveSubmissionDownload } from '../submissions/downloads.js';
import { isWebPath, serveWebPage } from '../web/routes.js';
import type { SunshineYoga } from './yoga.js';

/** Routes of the one HTTP server: health, GraphQL, and the public pages. */
export function createRequestHandler(services: AppServices, yoga: SunshineYoga) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.on('finish', () => {
      // Method, path and status only: no query strings, headers or bodies (tokens, passwords).
      services.logger.info(
        { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      );
    });
    try {
      if (path === '/healthz') return await health(services, res);
      if (path === '/graphql') return await yoga(req, res);
      if (path.startsWith('/api/datasets/')) return await serveDatasetFile(services, req, res);
      if (isSubmissionDownload(path) && req.method === 'GET')
        return await serveSubmissionDownload(services, req, res, path);
      if (isWebPath(path) && (req.method === 'GET' || req.method === 'HEAD'))
        return await serveWebPage(services.db.sql, req, res);
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      services.logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
    }
  };
}

async function health(services: AppServices, res: ServerResponse) {
  try {
    await services.db.sql.query('SELECT 1');
    sendJson(res, 200, { status: 'ok', database: services.db.kind });
  } catch {
    sendJson(res, 503, { status: 'unavailable', database: services.db.kind });
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
