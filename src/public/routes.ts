import type { IncomingMessage, ServerResponse } from 'node:http';
import { getDataset } from '../../schema/datasets/index.js';
import { publicReads } from '../db/read-replica.js';
import { DomainError } from '../errors.js';
import type { AppServices } from '../graphql/context.js';
import { downloadColumns } from './columns.js';
import { dataDictionary } from './dictionary.js';
import { writeCsv } from './download/csv.js';
import { writeJson } from './download/json.js';
import { writeXlsx } from './download/xlsx.js';
import { filterFromQuery } from './download-filter.js';
import { filterConditions, SqlParams } from './filter.js';

const ROUTE = /^\/api\/datasets\/([a-z-]+)(\.csv|\.xlsx|\.json|\/dictionary\.json)$/;

const TYPES = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.json': 'application/json; charset=utf-8',
} as const;

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** GET /api/datasets/<key>.csv|.xlsx|.json and /api/datasets/<key>/dictionary.json (open data). */
export async function serveDatasetFile(services: AppServices, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://sunshine');
  const match = ROUTE.exec(url.pathname);
  const def = match?.[1] ? getDataset(match[1]) : undefined;
  if (!match || !def)
    return json(res, 404, { error: 'not found', message: { zh: '没有这个数据集', en: 'No such dataset' } });
  if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' });
  const suffix = match[2] as keyof typeof TYPES | '/dictionary.json';
  if (suffix === '/dictionary.json') return json(res, 200, dataDictionary(def));
  let filter: ReturnType<typeof filterFromQuery>;
  try {
    filter = filterFromQuery(def, url.searchParams);
    // A bad field name fails here, before any byte of the file is sent.
    filterConditions(filter, new SqlParams());
  } catch (error) {
    if (error instanceof DomainError) return json(res, 400, { error: error.code, message: error.localized });
    throw error;
  }
  res.writeHead(200, {
    'content-type': TYPES[suffix],
    'content-disposition': `attachment; filename="${def.key}${suffix}"`,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') return res.end();
  await streamFile(services, res, suffix, filter);
}

async function streamFile(
  services: AppServices,
  res: ServerResponse,
  suffix: keyof typeof TYPES,
  filter: ReturnType<typeof filterFromQuery>,
) {
  const db = publicReads(services.db);
  const columns = downloadColumns(filter.dataset);
  try {
    if (suffix === '.csv') await writeCsv(db, res, columns, filter);
    else if (suffix === '.json') await writeJson(db, res, filter.dataset, filter);
    else await writeXlsx(db, res, filter.dataset.sheetName, columns, filter);
    if (!res.writableEnded) res.end();
  } catch (error) {
    // Headers are gone: cut the response short so the client sees a failed download, not a short file.
    services.logger.error({ err: error }, 'download failed');
    res.destroy();
  }
}
