import { getDataset } from '../../../schema/datasets/index.js';
import { datasetVersion, filterChoices } from '../facets.js';
import { parseFilters } from '../filters.js';
import { html } from '../html.js';
import type { Page, WebRequest } from '../page.js';
import { filterForm } from '../parts/filter-form.js';
import { downloadLinks, pagination, recordTable } from '../parts/record-table.js';
import { COUNT_LIMIT, listRecords } from '../queries.js';
import { notFoundPage } from './not-found.js';

const PAGE_SIZE = 20;

/** `/datasets/<key>`: the published records of one dataset, searchable and filterable. */
export async function datasetPage(req: WebRequest, key: string): Promise<Page> {
  const def = getDataset(key);
  if (!def) return notFoundPage(req);
  const filters = parseFilters(def, req.url.searchParams);
  const facets = def.view.facets;
  // Three queries: the page, its count (a kept figure without filters) and the dataset's version,
  // which says whether the cached dropdown values still hold.
  const [result, version] = await Promise.all([
    listRecords(req.sql, def, filters, PAGE_SIZE),
    datasetVersion(req.sql, def),
  ]);
  const choices = await filterChoices(req.sql, def, facets, version);
  const count = result.more ? null : Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  const pages = { count, next: result.next };
  const { lang, t } = req;
  return {
    status: 200,
    title: def.title[lang],
    body: html`<h1>${def.title[lang]}</h1>
<p>${def.description[lang]}</p>
<p class="muted">${t.basis}: ${def.basis[lang]}</p>
${filterForm(def, filters, choices, req)}
${downloadLinks(def, filters, req)}
<p role="status" data-count="${result.more ? `${COUNT_LIMIT}+` : result.total}">${result.more ? t.resultCountOver(COUNT_LIMIT) : t.resultCount(result.total)}</p>
${result.rows.length > 0 ? recordTable(def, result.rows, req) : html`<p>${t.noResults}</p>`}
${pagination(def, filters, pages, req)}`,
  };
}
