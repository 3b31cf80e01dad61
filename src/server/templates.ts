import type { ServerResponse } from 'node:http';
import { getDataset } from '../../schema/datasets/index.js';
import { templateXlsx } from '../../schema/derive/template-xlsx.js';

const ROUTE = /^\/api\/templates\/([a-z-]+)\.xlsx$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const isTemplatePath = (path: string) => path.startsWith('/api/templates/');

/** GET /api/templates/<dataset-key>.xlsx: the blank template, no sign-in (linked from notices). */
export async function serveTemplate(res: ServerResponse, path: string): Promise<void> {
  const def = getDataset(ROUTE.exec(path)?.[1] ?? '');
  if (!def) {
    res.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
    return void res.end(
      JSON.stringify({ error: 'not found', message: { zh: '没有该模板', en: 'No such template' } }),
    );
  }
  const body = await templateXlsx(def);
  res.writeHead(200, {
    'content-type': XLSX,
    'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${def.title.zh}-模板.xlsx`)}`,
    'cache-control': 'public, max-age=300',
  });
  res.end(Buffer.from(body));
}
