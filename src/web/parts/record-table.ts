import type { DatasetDefinition, FieldDefinition } from '../../../schema/core/dataset.js';
import { downloadQuery, filterQuery, type RecordFilters } from '../filters.js';
import { fieldLabel, formatDate, formatValue } from '../format.js';
import { html } from '../html.js';
import type { WebRequest } from '../page.js';
import type { PublicRecord } from '../queries.js';
import { statusBadge } from '../status.js';

const NUMERIC = new Set(['money', 'decimal', 'percent', 'integer']);

function cell(field: FieldDefinition, row: PublicRecord, linkField: string, req: WebRequest) {
  const text = formatValue(field, row.values[field.key], req.lang, req.t);
  const content = field.key === linkField ? html`<a href="/records/${row.id}">${text}</a>` : text;
  return html`<td${NUMERIC.has(field.type.kind) ? html` class="num"` : ''}>${content}</td>`;
}

export function recordTable(def: DatasetDefinition, rows: PublicRecord[], req: WebRequest) {
  const view = def.view;
  const fields = view.columns
    .map((key) => def.fields.find((f) => f.key === key))
    .filter((f): f is FieldDefinition => f !== undefined);
  const { lang, t } = req;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${def.title[lang]}">
<table>
<thead><tr><th scope="col">${t.enterprise}</th>${fields.map((f) => html`<th scope="col">${fieldLabel(def, f, lang, t)}</th>`)}<th scope="col">${t.publishedAt}</th><th scope="col">${t.status}</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr data-record="${row.id}"><td>${row.enterpriseName}</td>${fields.map((f) =>
        cell(f, row, view.linkField, req),
      )}<td>${formatDate(row.publishedAt)}</td><td>${statusBadge(row, t)}</td></tr>`,
  )}</tbody>
</table></div>`;
}

/**
 * Keyset pagination (no OFFSET, so deep pages stay fast): a link to the next page and back to the
 * first; the browser's back button covers the pages in between.
 */
export function pagination(def: DatasetDefinition, f: RecordFilters, pages: PageInfo, req: WebRequest) {
  if (pages.count !== null && pages.count <= 1) return html``;
  const first = `/datasets/${def.key}${filterQuery(f)}`;
  const next = pages.next && `/datasets/${def.key}${filterQuery(f, { after: pages.next, page: f.page + 1 })}`;
  return html`<nav class="pages" aria-label="${req.t.pagination}">
${f.after ? html`<a href="${first}">${req.t.firstPage}</a>` : ''}
<span aria-current="page">${pages.count === null ? req.t.pageOf(f.page) : req.t.page(f.page, pages.count)}</span>
${next ? html`<a rel="next" href="${next}">${req.t.next}</a>` : ''}
</nav>`;
}

export interface PageInfo {
  /** Number of pages; null when the matches were not all counted (more than COUNT_LIMIT). */
  count: number | null;
  /** Cursor of the next page, null on the last. */
  next: string | null;
}

/** Links to the open data downloads (served by the public API), carrying the current filters. */
export function downloadLinks(def: DatasetDefinition, f: RecordFilters, req: WebRequest) {
  const query = downloadQuery(f);
  const link = (ext: string) =>
    html`<a href="/api/datasets/${def.key}.${ext}${query}" download>${ext.toUpperCase()}</a>`;
  return html`<p class="downloads"><strong>${req.t.download}:</strong> ${link('csv')} ${link('xlsx')} ${link('json')}
<br><span class="muted">${req.t.downloadHint}</span></p>`;
}
