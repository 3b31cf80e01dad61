import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicReads } from '../db/read-replica.js';
import { DomainError } from '../errors.js';
import type { AppServices } from '../graphql/context.js';
import { type Metrics, routeOf } from '../ops/metrics.js';
import type { Readiness } from '../ops/readiness.js';
import { isAnnualReportPath, serveAnnualReport } from '../oversight/report/route.js';
import { serveDatasetFile } from '../public/routes.js';
import { isRecordsExport, serveRecordsExport } from '../records/routes.js';
import { isSubmissionDownload, serveSubmissionDownload } from '../submissions/downloads.js';
import { isWebPath, serveWebPage } from '../web/routes.js';
import { isAppPath, serveApp } from './app-static.js';
import { lingerIfBodyUnread } from './lingering-close.js';
import { assignRequestId, REQUEST_ID_HEADER } from './request-id.js';
import { isTemplatePath, serveTemplate } from './templates.js';
import type { SunshineYoga } from './yoga.js';

/** What operators look at: metrics, readiness, and who may scrape the metrics. */
export interface OpsEndpoints {
  metrics: Metrics;
  readiness: () => Promise<Readiness>;
  /** When set, GET /metrics requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
}

/** Routes of the one HTTP server: health, readiness, metrics, GraphQL, and the public pages. */
export function createRequestHandler(
  services: AppServices,
  yoga: SunshineYoga,
  ops: OpsEndpoints,
  webDist: string,
) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const requestId = assignRequestId(req);
    lingerIfBodyUnread(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const route = routeOf(path);
    res.on('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      ops.metrics.httpRequests.inc({ route, method: req.method ?? 'OTHER', status: String(res.statusCode) });
      ops.metrics.httpDuration.observe({ route }, seconds);
      // Method, path and status only: no query strings, headers or bodies (tokens, passwords).
      services.logger.info(
        { requestId, method: req.method, path, status: res.statusCode, ms: Math.round(seconds * 1000) },
        'request',
      );
    });
    try {
      if (path === '/healthz') return await health(services, res);
      if (path === '/readyz') return await ready(ops, res);
      if (path === '/metrics') return await metrics(ops, req, res);
      if (path === '/graphql') return await yoga(req, res);
      if (path.startsWith('/api/datasets/') || isWebPath(path)) {
        // Public reads and downloads spend the address's budget (GraphQL counts in usePublicBudget).
        const refusal = await spendPublicBudget(services, req);
        if (refusal) {
          services.logger.warn({ code: refusal.code, path }, 'request refused');
          return sendRefusal(res, refusal);
        }
      }
      if (path.startsWith('/api/datasets/')) return await serveDatasetFile(services, req, res);
      if (isRecordsExport(path)) return await serveRecordsExport(services, req, res);
      if (isTemplatePath(path) && req.method === 'GET') return await serveTemplate(res, path);
      if (isAppPath(path) && (req.method === 'GET' || req.method === 'HEAD'))
        return await serveApp(req, res, path, webDist);
      if (isSubmissionDownload(path) && req.method === 'GET')
        return await serveSubmissionDownload(services, req, res, path);
      if (isAnnualReportPath(path) && req.method === 'GET')
        return await serveAnnualReport(services, req, res, path);
      if (isWebPath(path) && (req.method === 'GET' || req.method === 'HEAD'))
        return await serveWebPage(publicReads(services.db).sql, req, res);
      sendJson(res, 404, { error: 'not found' });
    } catch (error) {
      services.logger.error({ err: error, path, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, {
          error: 'INTERNAL_SERVER_ERROR',
          message: { zh: '服务器内部错误', en: 'internal error' },
          requestId,
        });
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

async function ready(ops: OpsEndpoints, res: ServerResponse) {
  const readiness = await ops.readiness();
  sendJson(res, readiness.ready ? 200 : 503, {
    status: readiness.ready ? 'ready' : 'not ready',
    ...readiness.checks,
  });
}

async function metrics(ops: OpsEndpoints, req: IncomingMessage, res: ServerResponse) {
  if (ops.metricsToken && req.headers.authorization !== `Bearer ${ops.metricsToken}`) {
    return sendJson(res, 401, { error: 'metrics need the METRICS_TOKEN bearer token' });
  }
  const body = await ops.metrics.registry.metrics();
  res.writeHead(200, { 'content-type': ops.metrics.registry.contentType });
  res.end(body);
}

async function spendPublicBudget(services: AppServices, req: IncomingMessage) {
  try {
    await services.publicBudget.take(services.addressOf(req));
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

/** A refusal outside GraphQL: its HTTP status and headers, and `{ error: code, message: { zh, en } }`. */
function sendRefusal(res: ServerResponse, refusal: DomainError) {
  const http = refusal.details.http as { status?: number; headers?: Record<string, string> } | undefined;
  res.writeHead(http?.status ?? 400, { 'content-type': 'application/json; charset=utf-8', ...http?.headers });
  res.end(JSON.stringify({ error: refusal.code, message: refusal.localized }));
}

export function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
