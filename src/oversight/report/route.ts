import type { IncomingMessage, ServerResponse } from 'node:http';
import { actorFromToken } from '../../auth/auth.service.js';
import { DomainError } from '../../errors.js';
import type { AppServices } from '../../graphql/context.js';
import { annualReport } from './annual-report.service.js';
import { annualReportWorkbook } from './xlsx.js';

const ROUTE = /^\/api\/reports\/annual\/(\d{4})\.xlsx$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const isAnnualReportPath = (path: string) => ROUTE.test(path);

/** GET /api/reports/annual/<year>.xlsx with `Authorization: Bearer <token>`: regulators only. */
export async function serveAnnualReport(
  services: AppServices,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) {
  const year = Number(ROUTE.exec(path)?.[1]);
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const actor = token ? await actorFromToken(services.db, services.signer, token) : null;
  if (!actor) return json(res, 401, { error: 'sign in first' });
  try {
    const report = await annualReport(services.db, actor, year);
    const body = await annualReportWorkbook(report);
    const filename = `${report.regulatorName}${year}年度信息公开统计.xlsx`;
    res.writeHead(200, {
      'content-type': XLSX,
      'cache-control': 'private, no-store',
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
    });
    res.end(body);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    json(res, error.code === 'FORBIDDEN' ? 403 : 400, { error: error.code, message: error.localized });
  }
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
