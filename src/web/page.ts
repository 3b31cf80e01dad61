import type { SqlClient } from '../db/database.js';
import type { SafeHtml } from './html.js';
import type { Lang, Messages } from './i18n.js';

/** What a page handler gets: the database, the reader's language and the URL asked for. */
export interface WebRequest {
  sql: SqlClient;
  lang: Lang;
  t: Messages;
  url: URL;
}

/** What a page handler returns; the router wraps it in the layout. */
export interface Page {
  status: number;
  title: string;
  body: SafeHtml;
}
