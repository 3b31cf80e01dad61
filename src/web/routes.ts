import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SqlClient } from '../db/database.js';
import { messages, resolveLang } from './i18n.js';
import { layout } from './layout.js';
import type { Page, WebRequest } from './page.js';
import { cataloguePage } from './pages/catalogue.js';
import { datasetPage } from './pages/dataset.js';
import { notFoundPage } from './pages/not-found.js';
import { recordPage } from './pages/record.js';

/** True for the paths the public web page answers (everything else is left to the server). */
export function isWebPath(path: string): boolean {
  return path === '/' || path.startsWith('/datasets/') || path.startsWith('/records/');
}

function route(req: WebRequest): Promise<Page> | Page {
  const path = req.url.pathname;
  if (path === '/') return cataloguePage(req);
  const dataset = /^\/datasets\/([a-z-]+)\/?$/.exec(path);
  if (dataset?.[1]) return datasetPage(req, dataset[1]);
  const record = /^\/records\/([0-9a-fA-F-]{36})\/?$/.exec(path);
  if (record?.[1]) return recordPage(req, record[1]);
  return notFoundPage(req);
}

// No scripts at all, so the policy can forbid them: a value that slipped through escaping still can't run.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Serves one public page (GET or HEAD) in the reader's language. */
export async function serveWebPage(sql: SqlClient, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const { lang, remember } = resolveLang(url.searchParams, req.headers.cookie);
  const t = messages[lang];
  const page = await route({ sql, lang, t, url });
  const body = layout({ lang, t, title: page.title, here: url, body: page.body }).value;
  res.writeHead(page.status, {
    'content-type': 'text/html; charset=utf-8',
    'content-language': lang === 'zh' ? 'zh-CN' : 'en',
    'cache-control': 'no-cache',
    vary: 'Cookie',
    ...SECURITY_HEADERS,
    ...(remember ? { 'set-cookie': `lang=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` } : {}),
  });
  res.end(body);
}
