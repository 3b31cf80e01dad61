import type { DatasetDefinition } from '../../../schema/core/dataset.js';
import { datasetByGraphqlName } from '../../../schema/datasets/index.js';
import { fieldLabel, formatTimestamp, formatValue } from '../format.js';
import { html } from '../html.js';
import type { Page, WebRequest } from '../page.js';
import { correctionNotice, correctsNotice } from '../parts/correction-notice.js';
import { findRecord, type PublicRecord } from '../queries.js';
import { statusBadge } from '../status.js';
import { notFoundPage } from './not-found.js';

function fieldRows(def: DatasetDefinition, row: PublicRecord, { lang, t }: WebRequest) {
  // Regulator-only fields are not even named; a field the reviewer withheld (区分处理) is absent
  // from the public values and says so rather than looking empty.
  return def.fields
    .filter((field) => field.sensitivity !== 'regulator-only')
    .map((field) => {
      const value =
        field.key in row.values ? formatValue(field, row.values[field.key], lang, t) : t.notPublic;
      return html`<tr data-key="${field.key}"><th scope="row">${fieldLabel(def, field, lang, t)}</th><td>${value}</td></tr>`;
    });
}

/** `/records/<id>`: every public field of one record, labelled, with its correction mark. */
export async function recordPage(req: WebRequest, id: string): Promise<Page> {
  const found = await findRecord(req.sql, id);
  const def = found && datasetByGraphqlName(found.record.dataset);
  if (!found || !def) return notFoundPage(req);
  const { record, replacedIds } = found;
  const { lang, t } = req;
  const name = String(record.values[def.view.linkField] ?? t.record);
  return {
    status: 200,
    title: `${name} · ${def.title[lang]}`,
    body: html`<p><a href="/datasets/${def.key}">← ${t.backToDataset}: ${def.title[lang]}</a></p>
<h1>${name} ${statusBadge(record, t)}</h1>
${correctionNotice(record, t)}
${correctsNotice(replacedIds, t)}
<dl class="meta"><dt>${t.enterprise}</dt><dd>${record.enterpriseName}</dd>
<dt>${t.publishedAt}</dt><dd>${formatTimestamp(record.publishedAt)}</dd></dl>
<div class="table-wrap"><table class="fields">
<caption class="muted">${t.recordOf(def.title[lang])}</caption>
<thead><tr><th scope="col">${t.field}</th><th scope="col">${t.value}</th></tr></thead>
<tbody>${fieldRows(def, record, req)}</tbody></table></div>`,
  };
}
