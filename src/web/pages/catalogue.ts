import { formatTimestamp } from '../format.js';
import { html } from '../html.js';
import type { Page, WebRequest } from '../page.js';
import { datasetCatalogue } from '../queries.js';

type Entry = Awaited<ReturnType<typeof datasetCatalogue>>[number];

function card({ dataset: def, currentCount, recordCount, lastPublishedAt }: Entry, { lang, t }: WebRequest) {
  const headingId = `ds-${def.key}`;
  return html`<li class="card" data-dataset="${def.key}">
<h2 id="${headingId}"><a href="/datasets/${def.key}">${def.title[lang]}</a></h2>
<p>${def.description[lang]}</p>
<dl class="meta">
<dt>${t.basis}</dt><dd>${def.basis[lang]}</dd>
<dt>${t.recordCount}</dt><dd data-field="current">${currentCount}</dd>
<dt>${t.totalCount}</dt><dd data-field="total">${recordCount}</dd>
<dt>${t.lastPublished}</dt><dd>${lastPublishedAt ? formatTimestamp(lastPublishedAt) : t.never}</dd>
</dl>
<a href="/datasets/${def.key}" aria-describedby="${headingId}">${t.browse} →</a>
</li>`;
}

/** `/`: the 标准目录, one card per dataset with its basis and publication figures. */
export async function cataloguePage(req: WebRequest): Promise<Page> {
  const entries = await datasetCatalogue(req.sql);
  return {
    status: 200,
    title: req.t.catalogueTitle,
    body: html`<h1>${req.t.catalogueTitle}</h1>
<p class="muted">${req.t.catalogueIntro}</p>
<ul class="cards">${entries.map((entry) => card(entry, req))}</ul>`,
  };
}
