import { getDataset } from '../../../schema/datasets/index.js';
import { parseFilters } from '../filters.js';
import { html } from '../html.js';
import type { Page, WebRequest } from '../page.js';
import { type FilterChoices, filterForm } from '../parts/filter-form.js';
import { downloadLinks, pagination, recordTable } from '../parts/record-table.js';
import { distinctValues, listRecords } from '../queries.js';
import { datasetViews } from '../views.js';
import { notFoundPage } from './not-found.js';

const PAGE_SIZE = 20;

/** `/datasets/<key>`: the published records of one dataset, searchable and filterable. */
export async function datasetPage(req: WebRequest, key: string): Promise<Page> {
  const def = getDataset(key);
  if (!def) return notFoundPage(req);
  const filters = parseFilters(def, req.url.searchParams);
  const facets = datasetViews[def.key].facets;
  const [result, enterprises, ...facetValues] = await Promise.all([
    listRecords(req.sql, def, filters, PAGE_SIZE),
    distinctValues(req.sql, def),
    ...facets.map((field) => distinctValues(req.sql, def, field)),
  ]);
  const choices: FilterChoices = {
    enterprises,
    fields: new Map(facets.map((field, i) => [field, facetValues[i] ?? []])),
  };
  const pages = { count: Math.max(1, Math.ceil(result.total / PAGE_SIZE)), next: result.next };
  const { lang, t } = req;
  return {
    status: 200,
    title: def.title[lang],
    body: html`<h1>${def.title[lang]}</h1>
<p>${def.description[lang]}</p>
<p class="muted">${t.basis}: ${def.basis[lang]}</p>
${filterForm(def, filters, choices, req)}
${downloadLinks(def, filters, req)}
<p role="status" data-count="${result.total}">${t.resultCount(result.total)}</p>
${result.rows.length > 0 ? recordTable(def, result.rows, req) : html`<p>${t.noResults}</p>`}
${pagination(def, filters, pages, req)}`,
  };
}
