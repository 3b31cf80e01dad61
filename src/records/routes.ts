import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { GraphQLInputType } from 'graphql';
import type { DatasetDefinition } from '../../schema/core/dataset.js';
import { getDataset } from '../../schema/datasets/index.js';
import { actorFromToken } from '../auth/auth.service.js';
import { DomainError } from '../errors.js';
import type { AppServices } from '../graphql/context.js';
import { internalSchema } from '../graphql/schema.js';
import { badInput } from '../submissions/access.js';
import { eachRow, exportPlan, writeCsv, writeXlsx } from './export.js';
import { typePrefix } from './fields.js';
import { listRecords, type RecordsInput } from './records.service.js';

// The copy of graphql the schema was built with (CommonJS, as Pothos loads it): under a bundler's
// resolver a plain import can load the ESM copy, whose instanceof checks refuse the schema's types.
const { coerceInputValue, GraphQLList, GraphQLNonNull, isInputType } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

const ROUTE = /^\/api\/records\/([a-z-]+)\.(csv|xlsx)$/;
const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const isRecordsExport = (path: string) => ROUTE.test(path);

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** A JSON query parameter coerced by the same GraphQL input type the API uses: the same checks. */
function argument(params: URLSearchParams, name: string, type: GraphQLInputType): unknown {
  const raw = params.get(name);
  if (raw === null || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badInput(`参数 ${name} 不是有效的 JSON`, `Parameter ${name} is not valid JSON`, { argument: name });
  }
  return coerceInputValue(value, type, (path, _invalid, error) => {
    throw badInput(`参数 ${name} 有误：${error.message}`, `Invalid ${name}: ${error.message}`, {
      argument: name,
      path: path.join('.'),
    });
  });
}

function inputOf(def: DatasetDefinition, params: URLSearchParams): RecordsInput {
  const prefix = typePrefix(def);
  const where = internalSchema.getType(`${prefix}Where`);
  const order = internalSchema.getType(`${prefix}OrderBy`);
  if (!isInputType(where) || !isInputType(order)) throw new Error(`no input types for ${def.key}`);
  return {
    where: argument(params, 'where', where) as RecordsInput['where'],
    orderBy: argument(
      params,
      'orderBy',
      new GraphQLList(new GraphQLNonNull(order)),
    ) as RecordsInput['orderBy'],
    includeSuperseded: params.get('includeSuperseded') === 'true',
    includeUnpublished: params.get('includeUnpublished') === 'true',
  };
}

/**
 * GET /api/records/<dataset>.csv|.xlsx?where=<JSON>&orderBy=<JSON>[&includeSuperseded=true]
 * [&includeUnpublished=true] with `Authorization: Bearer <token>`: everything the same query of
 * `<dataset>Records` would page through, under the same jurisdiction rules, as one file.
 */
export async function serveRecordsExport(services: AppServices, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://sunshine');
  const [, key = '', format = 'csv'] = ROUTE.exec(url.pathname) ?? [];
  const def = getDataset(key);
  if (!def)
    return json(res, 404, { error: 'NOT_FOUND', message: { zh: '没有这个数据集', en: 'No such dataset' } });
  if (req.method !== 'GET') return json(res, 405, { error: 'method not allowed' });
  const token = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const actor = token ? await actorFromToken(services.db, services.signer, token) : null;
  if (!actor)
    return json(res, 401, { error: 'UNAUTHENTICATED', message: { zh: '请先登录', en: 'Sign in first' } });
  let input: RecordsInput;
  try {
    input = inputOf(def, url.searchParams);
    // The first page runs before the headers: a bad filter or cursor is a 400, not a cut file.
    await listRecords(services.db.sql, actor, def, { ...input, first: 1 });
  } catch (error) {
    if (error instanceof DomainError) return json(res, 400, { error: error.code, message: error.localized });
    throw error;
  }
  res.writeHead(200, {
    'content-type': TYPES[format as 'csv' | 'xlsx'],
    'content-disposition': `attachment; filename="${def.key}.${format}"; filename*=UTF-8''${encodeURIComponent(`${def.title.zh}.${format}`)}`,
    'cache-control': 'no-store',
  });
  const columns = exportPlan(actor, def, input);
  const rows = eachRow(services.db.sql, actor, def, input);
  try {
    if (format === 'csv') await writeCsv(res, columns, rows);
    else await writeXlsx(res, def.sheetName, columns, rows);
    if (!res.writableEnded) res.end();
  } catch (error) {
    // Headers are gone: cut the response so the client sees a failed download, not a short file.
    services.logger.error({ err: error }, 'records export failed');
    res.destroy();
  }
}
